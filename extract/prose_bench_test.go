package extract_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
)

// BenchmarkVersusProse runs the whole pipeline and prose v3's NewDocument
// (tokens, sentences, tags and entities) over the same texts, the PolNeAR
// dev articles beside the repository, so that one run gives the ratio of
// their speeds in words per second. Run it on one core:
//
//	go test ./extract -run '^$' -bench VersusProse -cpu 1 -count 6 | benchstat -
func BenchmarkVersusProse(b *testing.B) {
	as, size := articlesIn(b, filepath.Join(polnearDir, "text", "*.txt"))
	if len(as) == 0 {
		b.Skipf("PolNeAR dev texts not found under %s", polnearDir)
	}
	var texts []string
	var words int
	for _, a := range as {
		texts = append(texts, a.Text)
		words += len(strings.Fields(a.Text))
	}
	pipe, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	if _, err := prose.NewDocument("Warm up the models."); err != nil {
		b.Fatal(err)
	}
	run := func(b *testing.B, one func(string) error) {
		b.SetBytes(size)
		for b.Loop() {
			for _, t := range texts {
				if err := one(t); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	}
	b.Run("sayso", func(b *testing.B) {
		run(b, func(t string) error {
			_, err := pipe.Extract(context.Background(), &corpus.Article{ID: "bench", Text: t})
			return err
		})
	})
	b.Run("prose", func(b *testing.B) {
		run(b, func(t string) error {
			_, err := prose.NewDocument(t)
			return err
		})
	})
}
