package extract_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/internal/eval"
)

// goldNewsDir holds the entity gold of twelve news articles whose texts
// are in the shared corpora, beside the repository. The test is skipped
// when it is absent.
var goldNewsDir = filepath.Join("..", "..", "shared", "gold-news")

// Floors on gold-news (micro-averaged), each the figure measured today
// (entity recall 0.930 with type, 0 merges, 5 splits; 0.829, 1 and 15 when
// the test came in), the
// recall rounded down to 0.01, with the switch that turns a miss into a
// test failure. The metric is the seeds' entity metric (internal/eval,
// # Seed scoring); gold-news has no gold claims.
const (
	minGoldNewsEntityRecall = 0.93
	maxGoldNewsMerges       = 0
	maxGoldNewsSplits       = 5

	enforceGoldNewsEntityRecall = true
	enforceGoldNewsMerges       = true
	enforceGoldNewsSplits       = true
)

// The targets on gold-news, printed and marked "BELOW TARGET"
// where missed, not enforced.
const (
	targetGoldNewsEntityRecall = 0.93
	targetGoldNewsMerges       = 0
	targetGoldNewsSplits       = 5
)

func TestGoldNews(t *testing.T) {
	needCorpus(t, goldNewsDir, "gold-news")
	seeds, err := eval.LoadGoldNews(goldNewsDir)
	require.NoError(t, err)
	require.NotEmpty(t, seeds)
	total, each, err := eval.RunGoldNews(context.Background(), seeds, system(t))
	require.NoError(t, err)
	if testing.Verbose() {
		for i, r := range each {
			var b strings.Builder
			r.WriteEntityTable(&b)
			r.WriteMisses(&b, eval.MissedEntity, eval.FalseEntity, eval.MergedEntity, eval.SplitEntity)
			t.Logf("%s (%s)\n%s", seeds[i].Name, seeds[i].Gold.Source, b.String())
		}
	}
	var b strings.Builder
	total.WriteEntityTable(&b)
	t.Logf("gold-news, %d articles\n%s", total.Docs, b.String())
	checkFloors(t, []floor{
		{"entity recall", total.Entities.Recall(), minGoldNewsEntityRecall, enforceGoldNewsEntityRecall},
	})
	checkCeilings(t, []ceiling{
		{"entity merges", total.Merges, maxGoldNewsMerges, enforceGoldNewsMerges},
		{"entity splits", total.Splits, maxGoldNewsSplits, enforceGoldNewsSplits},
	})
	checkTargets(t, []floor{
		{"entity recall", total.Entities.Recall(), targetGoldNewsEntityRecall, false},
	}, []ceiling{
		{"entity merges", total.Merges, targetGoldNewsMerges, false},
		{"entity splits", total.Splits, targetGoldNewsSplits, false},
	})
}
