package extract_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
	"github.com/sayso/sayso/internal/eval"
)

// TestTraceOnEveryClaimAndEntity checks that WithTrace gives every claim
// and every entity of the seeds a non-empty trace in the JSON, and that
// without it no trace is written.
func TestTraceOnEveryClaimAndEntity(t *testing.T) {
	seeds, err := eval.LoadSeeds("../testdata/gold", "../testdata/seeds")
	require.NoError(t, err)
	traced, err := extract.New(extract.WithTrace(true))
	require.NoError(t, err)
	plain, err := extract.New()
	require.NoError(t, err)
	type item struct {
		Trace json.RawMessage `json:"trace"`
	}
	var out struct {
		Entities []item `json:"entities"`
		Claims   []item `json:"claims"`
	}
	for _, s := range seeds {
		for _, p := range []*extract.Pipeline{traced, plain} {
			res, err := p.Extract(context.Background(), &corpus.Article{ID: s.Name, Text: s.Text})
			require.NoError(t, err)
			b, err := json.Marshal(res)
			require.NoError(t, err)
			out.Entities, out.Claims = nil, nil
			require.NoError(t, json.Unmarshal(b, &out))
			require.NotEmpty(t, out.Claims, s.Name)
			for _, list := range [][]item{out.Entities, out.Claims} {
				for i, it := range list {
					if p == traced {
						assert.True(t, len(it.Trace) > 2, "%s: item %d has no trace", s.Name, i)
					} else {
						assert.Empty(t, it.Trace, "%s: a trace without WithTrace", s.Name)
					}
				}
			}
		}
	}
}
