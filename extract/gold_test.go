package extract_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
	"github.com/sayso/sayso/internal/eval"
)

// Floors for the five seeds together (micro-averaged), each with the
// switch that turns it into a test failure; while a switch is false the
// figure is only printed, marked "BELOW FLOOR" where missed. Issue 2 asked
// for 0.75, 0.75, 0.75 and 0.80; these are the stricter targets of the
// claims and entity issues (4 and 3). The metric definitions are in the
// documentation of internal/eval.
const (
	minClaimPrecision  = 0.95
	minClaimRecall     = 0.95
	minSpeakerAccuracy = 0.95
	minEntityRecall    = 0.97
	minMentionRecall   = 0.95
	maxMerges          = 0
	maxSplits          = 2

	enforceClaimPrecision  = true
	enforceClaimRecall     = true
	enforceSpeakerAccuracy = true
	enforceEntityRecall    = true
)

// seedRun is the pipeline's output on one seed.
type seedRun struct {
	seed eval.Seed
	res  *extract.Result
	err  error
}

// seedRuns runs the pipeline once per test binary over every seed; the
// results are shared, read-only, by the tests below.
var seedRuns = sync.OnceValues(func() ([]seedRun, error) {
	seeds, err := eval.LoadSeeds("../testdata/gold", "../testdata/seeds")
	if err != nil {
		return nil, err
	}
	p, err := extract.New(extract.WithActs(claim.AllActs()...))
	if err != nil {
		return nil, err
	}
	runs := make([]seedRun, len(seeds))
	for i, s := range seeds {
		res, err := p.Extract(context.Background(), &corpus.Article{ID: s.Name, Text: s.Text})
		runs[i] = seedRun{seed: s, res: res, err: err}
	}
	return runs, nil
})

func TestGoldSeeds(t *testing.T) {
	runs, err := seedRuns()
	require.NoError(t, err)
	require.Len(t, runs, 5, "five seeds with gold answers")
	var total eval.Report
	for _, run := range runs {
		t.Run(run.seed.Name, func(t *testing.T) {
			require.NoError(t, run.err)
			require.NotNil(t, run.res)
			r := eval.Score(run.seed.Name, run.seed.Text, run.seed.Gold, run.res.Entities, run.res.Claims)
			var b strings.Builder
			r.WriteTable(&b)
			if testing.Verbose() {
				// Missed mentions are many; go run ./examples/evaluate -v
				// lists them too.
				r.WriteMisses(&b, eval.MissedClaim, eval.FalseClaim, eval.WrongSpeaker, eval.WrongKind,
					eval.MissedEntity, eval.FalseEntity, eval.MergedEntity, eval.SplitEntity)
			}
			t.Logf("%s\n%s", run.seed.Name, b.String())
			total = total.Add(r)
		})
	}
	t.Logf("TOTAL over %d seeds\n%s", total.Docs, total)
	checkFloors(t, []floor{
		{"claim precision", total.Claims.Precision(), minClaimPrecision, enforceClaimPrecision},
		{"claim recall", total.Claims.Recall(), minClaimRecall, enforceClaimRecall},
		{"speaker accuracy", total.SpeakerAccuracy(), minSpeakerAccuracy, enforceSpeakerAccuracy},
		{"entity recall", total.Entities.Recall(), minEntityRecall, enforceEntityRecall},
		{"mention recall", total.Mentions.Recall(), minMentionRecall, true},
	})
	assert.LessOrEqual(t, total.Merges, maxMerges, "entity merge errors")
	assert.LessOrEqual(t, total.Splits, maxSplits, "entity split errors")
}

// offsetTexts are inputs beyond the seeds for the offset property: curly
// quotes, emoji, a block quotation over two paragraphs, invalid UTF-8.
var offsetTexts = []string{
	"“We are close,” said Jim Baker, the Secretary of State. “Very close.” 🇺🇸\n\nHe added: “It works.”",
	"Ivan Petrov told reporters:\n\n“The deal is done.\n\nThe rest is detail,” the Foreign Minister said.",
	"Ms. Zoë Ångström said that the café’s “new menu” was “délicieux”. \xff\xfe Bob said \"ok",
	"",
	"\"\"\"",
}

func TestSeedOffsets(t *testing.T) {
	runs, err := seedRuns()
	require.NoError(t, err)
	for _, run := range runs {
		t.Run(run.seed.Name, func(t *testing.T) {
			require.NoError(t, run.err)
			require.NotNil(t, run.res)
			assert.Empty(t, eval.OffsetErrors(run.seed.Text, run.res.Entities, run.res.Claims))
		})
	}
	p, err := extract.New(extract.WithActs(claim.AllActs()...))
	require.NoError(t, err)
	for i, text := range offsetTexts {
		res, err := p.Extract(context.Background(), &corpus.Article{ID: "offsets", Text: text})
		if err != nil {
			continue // refusing bad input is fine; reporting wrong offsets is not
		}
		assert.Empty(t, eval.OffsetErrors(text, res.Entities, res.Claims), "text %d", i)
	}
}

// TestCalibration checks the promise the README makes of Claim.Confidence:
// of the claims given 0.9 or more, at least nine in ten have the right
// speaker. Claims that match no gold claim count as wrong.
func TestCalibration(t *testing.T) {
	runs, err := seedRuns()
	require.NoError(t, err)
	var total eval.Report
	for _, run := range runs {
		require.NoError(t, run.err)
		total = total.Add(eval.Score(run.seed.Name, run.seed.Text, run.seed.Gold, run.res.Entities, run.res.Claims))
	}
	var b strings.Builder
	total.Calibration.WriteTable(&b)
	t.Logf("calibration over the seeds\n%s", b.String())
	require.NotEmpty(t, total.Calibration)
	top := total.Calibration[0]
	require.Positive(t, top.Claims, "some claims are given 0.9 or more")
	assert.GreaterOrEqual(t, top.Share(), 0.9, "share of right speakers at confidence >= 0.9")
}

// floor is one figure and the least it may be; enforced turns a miss into
// a test failure, otherwise the miss is only printed.
type floor struct {
	name       string
	got, least float64
	enforced   bool
}

// checkFloors prints every figure against its floor, marking misses, and
// fails the test for the enforced ones.
func checkFloors(t *testing.T, floors []floor) {
	t.Helper()
	for _, f := range floors {
		mark := "ok"
		if f.got < f.least {
			mark = "BELOW FLOOR"
		}
		t.Logf("%-22s %.3f  floor %.3f  %s (enforced: %v)", f.name, f.got, f.least, mark, f.enforced)
		if f.enforced {
			assert.GreaterOrEqual(t, f.got, f.least, f.name)
		}
	}
}
