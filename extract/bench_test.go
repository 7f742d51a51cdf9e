package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
)

func seedArticles(b *testing.B) ([]*corpus.Article, int64) {
	return articlesIn(b, "../testdata/seeds/*.txt")
}

// articlesIn reads the files that pattern matches as articles, and returns
// them with their total size in bytes.
func articlesIn(b *testing.B, pattern string) ([]*corpus.Article, int64) {
	paths, err := filepath.Glob(pattern)
	require.NoError(b, err)
	var as []*corpus.Article
	var n int64
	for _, p := range paths {
		text, err := os.ReadFile(p)
		require.NoError(b, err)
		as = append(as, &corpus.Article{ID: p, Text: string(text)})
		n += int64(len(text))
	}
	return as, n
}

// BenchmarkExtract runs the whole pipeline, one article at a time, over the
// five seeds (50 KB).
func BenchmarkExtract(b *testing.B) {
	benchSeeds(b, func(ctx context.Context, p *extract.Pipeline, as []*corpus.Article) error {
		for _, a := range as {
			if _, err := p.Extract(ctx, a); err != nil {
				return err
			}
		}
		return nil
	})
}

// BenchmarkAll runs the streaming pipeline over the seeds on all workers.
func BenchmarkAll(b *testing.B) {
	benchSeeds(b, func(ctx context.Context, p *extract.Pipeline, as []*corpus.Article) error {
		_, err := p.ExtractAll(ctx, as)
		return err
	})
}

// benchSeeds times run over the seed articles, in bytes per second.
func benchSeeds(b *testing.B, run func(context.Context, *extract.Pipeline, []*corpus.Article) error) {
	as, n := seedArticles(b)
	p, err := extract.New()
	require.NoError(b, err)
	ctx := context.Background()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		if err := run(ctx, p, as); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAllNews runs the streaming pipeline over the 84 PolNeAR dev
// texts beside the repository, many articles of similar size, so that
// -cpu 1,2 shows how it scales with cores (the five seeds are too few and
// too unequal for that):
//
//	go test ./extract -run '^$' -bench AllNews -cpu 1,2 -count 6 | benchstat -col /cpu -
func BenchmarkAllNews(b *testing.B) {
	as, n := articlesIn(b, filepath.Join(polnearDir, "text", "*.txt"))
	if len(as) == 0 {
		b.Skipf("PolNeAR dev texts not found under %s", polnearDir)
	}
	p, err := extract.New()
	require.NoError(b, err)
	b.SetBytes(n)
	for b.Loop() {
		if _, err := p.ExtractAll(context.Background(), as); err != nil {
			b.Fatal(err)
		}
	}
}
