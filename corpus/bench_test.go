package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse parses each seed article; MB/s is over the article's bytes.
func BenchmarkParse(b *testing.B) {
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(paths) == 0 {
		b.Skip("no seeds")
	}
	var all []byte
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, t...)
		all = append(all, "\n\n"...)
	}
	if _, err := models(); err != nil {
		b.Fatal(err)
	}
	run := func(name string, text string) {
		b.Run(name, func(b *testing.B) {
			a := &Article{ID: name, Text: text}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(context.Background(), a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, p := range paths {
		t, _ := os.ReadFile(p)
		run(filepath.Base(p)[:3], string(t))
	}
	run("all", string(all))
}

// BenchmarkFindRegions measures cleaning alone.
func BenchmarkFindRegions(b *testing.B) {
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	var all []byte
	for _, p := range paths {
		t, _ := os.ReadFile(p)
		all = append(all, t...)
	}
	text := string(all)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		FindRegions(text)
	}
}
