package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sayso/sayso/internal/cputime"
)

// BenchmarkParse parses each seed article; MB/s is over the article's bytes,
// and cpu-ns/op the CPU time of one parse, the figure that stays fair on a
// machine shared with other jobs.
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
			cpu := cputime.Used()
			for b.Loop() {
				if _, err := Parse(context.Background(), a); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
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
	cpu := cputime.Used()
	for b.Loop() {
		FindRegions(text)
	}
	reportCPU(b, cpu)
}

// reportCPU reports the CPU time per operation since cpu: a fair figure
// on a shared machine, where wall time includes waiting for other jobs.
func reportCPU(b *testing.B, cpu time.Duration) {
	if d := cputime.Used() - cpu; d > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkParsePolNEAR parses the PolNeAR dev articles, the texts the
// whole pipeline's speed is measured on: more text than the seeds, so that
// the tagger's tables do not all stay in the core's caches.
func BenchmarkParsePolNEAR(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpora", "polnear", "dev", "text", "*.txt"))
	if len(paths) == 0 {
		b.Skip("PolNeAR dev texts not found")
	}
	var as []*Article
	size := 0
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		as = append(as, &Article{ID: filepath.Base(p), Text: string(t)})
		size += len(t)
	}
	if _, err := models(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		for _, a := range as {
			if _, err := Parse(context.Background(), a); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, cpu)
}
