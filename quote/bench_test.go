package quote

import (
	"os"
	"strings"
	"testing"

	"github.com/sayso/sayso/corpus"
)

func BenchmarkFind(b *testing.B) {
	seed, err := os.ReadFile("../testdata/seeds/004_d1e5349e2d036e46.txt")
	if err != nil {
		b.Fatal(err)
	}
	plain := func(text string) *corpus.Document {
		doc := &corpus.Document{Text: text}
		for _, p := range corpus.SplitParagraphs(text) {
			doc.Paragraphs = append(doc.Paragraphs, corpus.Paragraph{Span: p})
		}
		return doc
	}
	cases := []struct {
		name string
		doc  *corpus.Document
	}{
		{"seed", parse(b, string(seed))},
		{"seed-x32", parse(b, strings.Repeat(string(seed)+"\n\n", 32))},
		// Adversarial: one long paragraph of unpaired and nested marks.
		{"marks-1MB", plain(strings.Repeat("“a ‘b, he said “c” ’d \" '", 1<<20/40))},
		{"apostrophes-1MB", plain(strings.Repeat("don’t students’ ’90s ‘", 1<<20/32))},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.doc.Text)))
			for b.Loop() {
				Find(c.doc)
			}
		})
	}
}
