package claim_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// TestTraceOfMixedSpeech checks that a mixed claim's trace names the
// quotation it took in, which the quotation detector had found first,
// and that without WithTrace there is no trace.
func TestTraceOfMixedSpeech(t *testing.T) {
	ctx := context.Background()
	doc, err := corpus.Parse(ctx, &corpus.Article{ID: "mixed",
		Text: "“We will build it,” Ann Okafor said, adding that she is sure that “the new dam will help everyone who depends on the river,” Okafor said."})
	require.NoError(t, err)
	rec, err := entity.New()
	require.NoError(t, err)
	ents, err := rec.Recognize(ctx, doc)
	require.NoError(t, err)
	for _, on := range []bool{true, false} {
		x, err := claim.New(claim.WithTrace(on))
		require.NoError(t, err)
		cs, err := x.Extract(ctx, doc, ents)
		require.NoError(t, err)
		require.Len(t, cs, 2)
		c := cs[1]
		assert.Equal(t, claim.Mixed, c.Kind)
		if !on {
			assert.Nil(t, c.Trace)
			continue
		}
		require.NotNil(t, c.Trace)
		assert.Equal(t, "cue", c.Trace.Detector)
		assert.Equal(t, "name", c.Trace.Sieve)
		assert.Contains(t, c.Trace.Confidence, "learned")
		require.Len(t, c.Trace.Beat, 1)
		assert.Equal(t, "quote", c.Trace.Beat[0].Detector)
		assert.Equal(t, "the new dam will help everyone who depends on the river", c.Trace.Beat[0].Text)
	}
}
