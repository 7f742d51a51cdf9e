package extract_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/extract"
	"github.com/sayso/sayso/internal/eval"
)

// polnearDir is PolNeAR's dev split, beside the repository (the corpus may
// not be copied into it). The test is skipped when it is absent.
var polnearDir = filepath.Join("..", "..", "shared", "corpora", "polnear", "dev")

// Floors on PolNeAR dev (micro-averaged, every act), each with the switch
// that turns it into a test failure; while a switch is false the figure is
// only printed, marked "BELOW FLOOR" where missed. The direct floors and
// all content are issue 10's targets (all content 0.823 today); content
// and source is today's figure rounded down (0.755). The metric
// definitions are in the documentation of internal/eval (PolCounts,
// PolReport).
const (
	minDirectContentF1 = 0.96
	minDirectSourceF1  = 0.95
	minAllContentF1    = 0.82
	minContentSourceF1 = 0.75

	enforceDirectContentF1 = true
	enforceDirectSourceF1  = true
	enforceAllContentF1    = true
	enforceContentSourceF1 = true
)

// polnearMaxDocs bounds the articles scored, to keep the test fast; 0
// scores the whole split.
const polnearMaxDocs = 0

func TestPolNeARDev(t *testing.T) {
	needCorpus(t, polnearDir, "PolNeAR")
	docs, err := eval.ReadPolNeAR(polnearDir)
	require.NoError(t, err)
	require.NotEmpty(t, docs)
	if polnearMaxDocs > 0 && len(docs) > polnearMaxDocs {
		docs = docs[:polnearMaxDocs]
	}
	r, err := eval.RunPolNeAR(context.Background(), docs, system(t, extract.WithActs(claim.AllActs()...)))
	require.NoError(t, err)
	t.Logf("PolNeAR dev, %d articles\n%s", r.Docs, r)
	checkFloors(t, []floor{
		{"direct content F1", r.Direct.Content.F1(), minDirectContentF1, enforceDirectContentF1},
		{"direct source F1", r.Direct.Source.F1(), minDirectSourceF1, enforceDirectSourceF1},
		{"all content F1", r.All.Content.F1(), minAllContentF1, enforceAllContentF1},
		{"content+source F1", r.All.ContentSource.F1(), minContentSourceF1, enforceContentSourceF1},
	})
}
