package claim_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// seedDocs parses the seed articles once.
var seedDocs = sync.OnceValues(func() ([]*corpus.Document, error) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil {
		return nil, err
	}
	var docs []*corpus.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		d, err := corpus.Parse(context.Background(), &corpus.Article{ID: filepath.Base(f), Text: string(b)})
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
})

// TestOffsetsLocateTheirText checks on real articles, curly quotes,
// apostrophes and dashes included, that every span reported locates its
// text, and that concurrent calls agree.
func TestOffsetsLocateTheirText(t *testing.T) {
	docs, err := seedDocs()
	require.NoError(t, err)
	require.NotEmpty(t, docs)
	rec, err := entity.New()
	require.NoError(t, err)
	x, err := claim.New(claim.WithUnattributed(true))
	require.NoError(t, err)
	for _, d := range docs {
		ents, err := rec.Recognize(context.Background(), d)
		require.NoError(t, err)
		first, err := x.Extract(context.Background(), d, ents)
		require.NoError(t, err)
		require.NotEmpty(t, first, d.Article.ID)
		checkClaims(t, d.Text, first)
		var wg sync.WaitGroup
		results := make([][]claim.Claim, 4)
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i], _ = x.Extract(context.Background(), d, ents)
			}()
		}
		wg.Wait()
		for _, r := range results {
			require.Equal(t, first, r)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	docs, err := seedDocs()
	require.NoError(b, err)
	rec, err := entity.New()
	require.NoError(b, err)
	x, err := claim.New()
	require.NoError(b, err)
	for _, d := range docs {
		ents, err := rec.Recognize(context.Background(), d)
		require.NoError(b, err)
		b.Run(d.Article.ID, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(d.Text)))
			for b.Loop() {
				if _, err := x.Extract(context.Background(), d, ents); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
