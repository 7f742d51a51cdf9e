package main

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCombineFnSplits combines the seeds' one-article collections split
// in two at every point, each half sent through the coder as a runner
// sends accumulators between workers, and checks that the merged
// collection is the one built in process.
func TestCombineFnSplits(t *testing.T) {
	ctx := context.Background()
	p, err := extract.New()
	require.NoError(t, err)
	var parts []*collection.Collection
	for r, err := range p.All(ctx, corpus.Files(ctx, seeds)) {
		require.NoError(t, err)
		c := collection.New()
		require.NoError(t, c.Add(r))
		parts = append(parts, c)
	}
	require.Len(t, parts, 5)
	want, err := json.Marshal(inProcess(t, seeds))
	require.NoError(t, err)

	var fn combineFn
	for split := range len(parts) + 1 {
		halves := [2]*collection.Collection{fn.CreateAccumulator(), fn.CreateAccumulator()}
		for i, c := range parts {
			h := 0
			if i >= split {
				h = 1
			}
			halves[h], err = fn.AddInput(halves[h], roundTrip(t, c))
			require.NoError(t, err)
		}
		got, err := fn.MergeAccumulators(roundTrip(t, halves[1]), roundTrip(t, halves[0]))
		require.NoError(t, err)
		b, err := json.Marshal(got.Snapshot())
		require.NoError(t, err)
		assert.JSONEq(t, string(want), string(b), "split at %d", split)
	}
}

// roundTrip encodes and decodes c with the pipeline's coder.
func roundTrip(t *testing.T, c *collection.Collection) *collection.Collection {
	t.Helper()
	b, err := encodeCollection(c)
	require.NoError(t, err)
	got, err := decodeCollection(b)
	require.NoError(t, err)
	return got
}

// TestArticleCoder checks that an article survives its coder byte for
// byte, with its date and zone.
func TestArticleCoder(t *testing.T) {
	zone := time.FixedZone("", -5*3600)
	tests := []struct {
		name string
		a    corpus.Article
	}{
		{"plain", corpus.Article{ID: "a1", Text: "Ana Ruiz said it was close."}},
		{"dated", corpus.Article{ID: "a2", Title: "Talks", Source: "Wire", Date: time.Date(2016, 9, 9, 10, 30, 0, 0, zone), Text: "“We are close,” Dale Finch said."}},
		{"invalid UTF-8", corpus.Article{ID: "a3", Text: "Ana Ruiz said \xff\xfe it."}},
		{"empty", corpus.Article{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := encodeArticle(&tt.a)
			require.NoError(t, err)
			got, err := decodeArticle(b)
			require.NoError(t, err)
			assert.Equal(t, tt.a.ID, got.ID)
			assert.Equal(t, tt.a.Title, got.Title)
			assert.Equal(t, tt.a.Source, got.Source)
			assert.Equal(t, tt.a.Text, got.Text)
			assert.True(t, tt.a.Date.Equal(got.Date), "date %v, got %v", tt.a.Date, got.Date)
			assert.Equal(t, tt.a.Date.Format(time.RFC3339), got.Date.Format(time.RFC3339), "zone")
		})
	}
}
