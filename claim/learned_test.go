package claim

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseCueList(t *testing.T) {
	got := parseCueList("# comment\nendorse 9 10 endorse endorsed\nbad line\nzero 1 0 zero\nseek 3 4 seek sought\n")
	require.Len(t, got, 2)
	assert.Equal(t, "endorse", got[0].lemma)
	assert.Equal(t, []string{"endorse", "endorsed"}, got[0].forms)
	assert.InDelta(t, 10.0/12.0, got[0].precision, 1e-9)
	assert.Equal(t, []string{"seek", "sought"}, got[1].forms)
}

func TestLearnedLexiconLeavesBuiltinVerbs(t *testing.T) {
	for f, info := range learnedLexicon() {
		_, builtin := defaultCue(f)
		assert.False(t, builtin, "learned form %q shadows the lexicon", f)
		assert.True(t, info.learned)
		assert.Greater(t, info.precision, 0.0)
	}
}

func TestExtraLexicon(t *testing.T) {
	m := extraLexicon([]string{"endorse", "hum:hums:hummed", "say", ""})
	for _, f := range []string{"endorse", "endorses", "endorsed", "endorsing", "hummed"} {
		assert.Contains(t, m, f)
	}
	assert.NotContains(t, m, "said", "a built-in verb is not replaced")
}

func TestLearnedConfidences(t *testing.T) {
	for rule, s := range learnedConf() {
		assert.True(t, s.conf > 0 && s.conf <= 1, "rule %s confidence %v", rule, s.conf)
	}
	_, c := confidence(RuleNoSpeaker)
	assert.InDelta(t, rules[RuleNoSpeaker].fallback, c, 1e-9, "a rule PolNeAR train does not learn keeps its fallback")
}
