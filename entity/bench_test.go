package entity

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/cputime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedDocs parses the seed articles once, so that benchmarks time
// Recognize alone.
func seedDocs(tb testing.TB) ([]*corpus.Document, int, int) {
	tb.Helper()
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(tb, err)
	require.NotEmpty(tb, paths)
	var docs []*corpus.Document
	var size, tokens int
	for _, p := range paths {
		a, err := corpus.ReadFile(p)
		require.NoError(tb, err)
		doc, err := corpus.Parse(context.Background(), a)
		require.NoError(tb, err)
		docs = append(docs, doc)
		size += len(doc.Text)
		tokens += len(doc.Tokens)
	}
	return docs, size, tokens
}

// BenchmarkRecognize times Recognize alone, on documents parsed once: the
// seed articles, and a short synthetic text repeated.
func BenchmarkRecognize(b *testing.B) {
	docs, size, tokens := seedDocs(b)
	b.Run("seeds", func(b *testing.B) { benchRecognize(b, docs, size, tokens) })
	// The rules and gazetteers alone, to tell their cost from the model's.
	b.Run("seeds-without-model", func(b *testing.B) { benchRecognize(b, docs, size, tokens, WithoutModel()) })
	// What WithTrace costs when on; off, it must cost nothing against "seeds".
	b.Run("seeds-traced", func(b *testing.B) { benchRecognize(b, docs, size, tokens, WithTrace(true)) })
	base := "Dutch Foreign Minister Joris Bakker arrived in Rome on Sunday for talks with Italian officials. " +
		"The National Energy Agency (NEA) said prices would rise, and Bakker said the Energy Ministry " +
		"spokeswoman Laura Chen had confirmed it. Anna Berg met Thomas Berg in Oslo.\n\n"
	for _, n := range []int{1, 10} {
		text := strings.Repeat(base, n)
		doc := parseDoc(b, text)
		b.Run(strconv.Itoa(len(text)), func(b *testing.B) {
			benchRecognize(b, []*corpus.Document{doc}, len(text), len(doc.Tokens))
		})
	}
}

func benchRecognize(b *testing.B, docs []*corpus.Document, size, tokens int, opts ...Option) {
	r, err := New(opts...)
	require.NoError(b, err)
	ctx := context.Background()
	b.ReportAllocs()
	b.SetBytes(int64(size))
	cpu := cputime.Used()
	for b.Loop() {
		for _, doc := range docs {
			if _, err := r.Recognize(ctx, doc); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	// Tokens per second of CPU time: a fair figure on a shared machine,
	// where wall time includes waiting for other jobs.
	if d := cputime.Used() - cpu; d > 0 {
		b.ReportMetric(float64(tokens)*float64(b.N)/d.Seconds(), "tokens/cpu-s")
	}
}

func TestEntityJSONHasNoNullLists(t *testing.T) {
	doc, err := corpus.Parse(context.Background(), &corpus.Article{ID: "x", Text: "Anna Berg visited Lyon on Monday."})
	require.NoError(t, err)
	r, err := New()
	require.NoError(t, err)
	ents, err := r.Recognize(context.Background(), doc)
	require.NoError(t, err)
	require.NotEmpty(t, ents)
	for _, e := range ents {
		out, err := json.Marshal(e)
		require.NoError(t, err)
		assert.NotContains(t, string(out), "null", e.Name)
	}
}
