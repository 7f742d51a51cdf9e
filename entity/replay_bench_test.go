package entity

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity/model"
	"github.com/sayso/sayso/internal/cputime"
	"github.com/stretchr/testify/require"
)

// replayTagger answers tag with the labels a real tagger gave in a first
// pass over the same documents, in the same order, so that a benchmark
// times the recognizer's own work (rules, gazetteers, merging) on the
// model's real output without timing the model.
type replayTagger struct {
	real   tagger
	labels [][][]string
	next   int
	record bool
}

func (t *replayTagger) tag(sents []model.Sentence) [][]string {
	if t.record {
		out := t.real.tag(sents)
		kept := make([][]string, len(out))
		for i := range out {
			kept[i] = append([]string(nil), out[i]...)
		}
		t.labels = append(t.labels, kept)
		return out
	}
	out := t.labels[t.next%len(t.labels)]
	t.next++
	return out
}

func (t *replayTagger) common(word string) bool { return t.real.common(word) }

// BenchmarkRecognizeReplayed times Recognize without its sequence model
// on the PolNeAR dev texts beside the repository: the model's labels are
// recorded once and replayed. cpu-ms/op is the CPU time of one pass over
// all the texts.
func BenchmarkRecognizeReplayed(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "shared", "corpora", "polnear", "dev", "text", "*.txt"))
	require.NoError(b, err)
	if len(paths) == 0 {
		b.Skip("PolNeAR dev texts not found")
	}
	ctx := context.Background()
	var docs []*corpus.Document
	for _, p := range paths {
		text, err := os.ReadFile(p)
		require.NoError(b, err)
		doc, err := corpus.Parse(ctx, &corpus.Article{ID: p, Text: string(text)})
		require.NoError(b, err)
		docs = append(docs, doc)
	}
	r, err := New()
	require.NoError(b, err)
	if r.cfg.tagger == nil {
		b.Skip("no model")
	}
	rt := &replayTagger{real: r.cfg.tagger, record: true}
	r.cfg.tagger = rt
	for _, doc := range docs {
		_, err := r.Recognize(ctx, doc)
		require.NoError(b, err)
	}
	rt.record = false
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		rt.next = 0
		for _, doc := range docs {
			if _, err := r.Recognize(ctx, doc); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric((cputime.Used()-cpu).Seconds()*1000/float64(b.N), "cpu-ms/op")
}
