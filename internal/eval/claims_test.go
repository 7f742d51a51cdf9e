package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// at returns the span of the first occurrence of s in text.
func at(t *testing.T, text, s string) corpus.Span {
	t.Helper()
	i := strings.Index(text, s)
	require.GreaterOrEqual(t, i, 0, "%q not in text", s)
	return corpus.Span{Start: i, End: i + len(s)}
}

func str(s string) *string { return &s }

// sysClaim builds a claim whose text and speaker are located in text.
func sysClaim(t *testing.T, text string, kind claim.Kind, content, speaker, entityID string) claim.Claim {
	t.Helper()
	c := claim.Claim{Kind: kind, Text: content, Span: at(t, text, content)}
	if speaker != "" {
		c.Speaker = claim.Speaker{Entity: entityID, Name: speaker, Text: speaker, Span: at(t, text, speaker)}
	}
	return c
}

func TestWordsIgnorePunctuationAndQuotes(t *testing.T) {
	assert.Equal(t, []string{"we", "ve", "been", "making", "headway"}, Words("“We’ve been making headway,”"))
	assert.Equal(t, Words(`"We've been"`), Words("“We’ve been”"))
	assert.Empty(t, Words("“ — ”"))
	assert.Equal(t, 2, Overlap(Words("a b b c"), Words("b b")))
	assert.True(t, Matches(Words("the truce would not last forever"), Words("truce would not")))
	assert.False(t, Matches(Words("the truce would not last forever"), Words("peace is near now")))
}

func TestMatchBestIsOneToOneBestFirst(t *testing.T) {
	sys := [][]string{Words("a b c d"), Words("a b c d e f g h")}
	gold := [][]string{Words("a b c d e f g h"), Words("a b c d")}
	assert.Equal(t, []int{1, 0}, matchClaims(sys, gold))
	// Two system claims for one gold claim: the better one wins, the other
	// stays unmatched.
	assert.Equal(t, []int{0, -1}, matchClaims([][]string{Words("x y z"), Words("x y q r s")}, [][]string{Words("x y z")}))
}

func TestScoreClaims(t *testing.T) {
	text := `Baker and Petrov said the talks would go on. ` +
		`One official said “we are close to a deal” on Friday. ` +
		`The ministry said Petrov told Baker that the siege must end. ` +
		`Comments: I think “this is all lies” said Bob.`
	baker, petrov := "Jim Baker", "Ivan Petrov"
	g := &Gold{
		Doc:           "t.txt",
		CommentsStart: "Comments:",
		Entities: []GoldEntity{
			{Name: baker, Type: "PERSON", Aliases: []string{"Jim Baker", "Baker"}},
			{Name: petrov, Type: "PERSON", Aliases: []string{"Ivan Petrov", "Petrov"}},
		},
		Claims: []GoldClaim{
			{Kind: "indirect", Text: "the talks would go on", Speaker: &baker, SpeakerText: "Baker", Joint: true},
			{Kind: "indirect", Text: "the talks would go on", Speaker: &petrov, SpeakerText: "Petrov", Joint: true},
			{Kind: "direct", Text: "we are close to a deal", SpeakerText: "One official"},
			{Kind: "indirect", Text: "Petrov told Baker that the siege must end", SpeakerText: "The ministry"},
			{Kind: "indirect", Text: "the siege must end", Speaker: &petrov, SpeakerText: "Petrov", Nested: true},
			{Kind: "direct", Text: "this is all lies", SpeakerText: "Bob"},
		},
	}
	ents := []*entity.Entity{{ID: "E1", Name: "Ivan Petrov", Type: entity.Person, Aliases: []string{"Petrov"}}}

	tests := []struct {
		name   string
		claims []claim.Claim
		want   Tally
		spk    int
		absorb int
	}{
		{"nothing", nil, Tally{Gold: 3}, 0, 0},
		{"joint once with one speaker", []claim.Claim{
			sysClaim(t, text, claim.Indirect, "the talks would go on", "Petrov", "E1"),
		}, Tally{System: 1, Correct: 1, Gold: 3, Found: 1}, 1, 0},
		{"joint twice: the copy is a false positive", []claim.Claim{
			sysClaim(t, text, claim.Indirect, "the talks would go on", "Petrov", "E1"),
			sysClaim(t, text, claim.Indirect, "talks would go on", "Baker", ""),
		}, Tally{System: 2, Correct: 1, Gold: 3, Found: 1}, 1, 0},
		{"unnamed source, quotes and entity-less speaker", []claim.Claim{
			sysClaim(t, text, claim.Direct, "“we are close to a deal”", "official", ""),
		}, Tally{System: 1, Correct: 1, Gold: 3, Found: 1}, 1, 0},
		{"unnamed source given a wrong entity", []claim.Claim{
			sysClaim(t, text, claim.Direct, "we are close to a deal", "Petrov", "E1"),
		}, Tally{System: 1, Correct: 1, Gold: 3, Found: 1}, 0, 0},
		{"nested claim counts for neither side", []claim.Claim{
			sysClaim(t, text, claim.Indirect, "the siege must end", "Petrov", "E1"),
		}, Tally{Gold: 3}, 0, 1},
		{"outer claim preferred over nested", []claim.Claim{
			sysClaim(t, text, claim.Indirect, "Petrov told Baker that the siege must end", "The ministry", ""),
			sysClaim(t, text, claim.Indirect, "the siege must end", "Petrov", "E1"),
		}, Tally{System: 1, Correct: 1, Gold: 3, Found: 1}, 1, 1},
		{"comments are cut on both sides", []claim.Claim{
			sysClaim(t, text, claim.Direct, "this is all lies", "Bob", ""),
		}, Tally{Gold: 3}, 0, 0},
		{"no speaker is never right", []claim.Claim{
			{Kind: claim.Direct, Text: "we are close to a deal", Span: at(t, text, "we are close to a deal")},
		}, Tally{System: 1, Correct: 1, Gold: 3, Found: 1}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score("t", text, g, ents, tt.claims)
			assert.Equal(t, tt.want, r.Claims)
			assert.Equal(t, tt.spk, r.Speakers, "speakers")
			assert.Equal(t, tt.absorb, r.Absorbed, "absorbed")
		})
	}
}

func TestScoreClaimKinds(t *testing.T) {
	text := `He said “yes” and she said that it was “fine” indeed.`
	g := &Gold{Doc: "k", Claims: []GoldClaim{
		{Kind: "direct", Text: "yes", SpeakerText: "He"},
		{Kind: "mixed", Text: "it was “fine” indeed", SpeakerText: "she"},
	}}
	r := Score("k", text, g, nil, []claim.Claim{
		sysClaim(t, text, claim.Direct, "yes", "He", ""),
		sysClaim(t, text, claim.Indirect, "it was “fine” indeed", "she", ""),
	})
	assert.Equal(t, Tally{System: 1, Correct: 1, Gold: 1, Found: 1}, r.Kinds[claim.Direct])
	assert.Equal(t, Tally{System: 1, Correct: 1}, r.Kinds[claim.Indirect], "precision by the system's kind")
	assert.Equal(t, Tally{Gold: 1, Found: 1}, r.Kinds[claim.Mixed], "recall by the gold's kind")
	assert.Equal(t, 1, r.KindAgree)
	assert.InDelta(t, 0.5, r.KindAccuracy(), 1e-9)
	assert.InDelta(t, 1.0, r.SpeakerAccuracy(), 1e-9)
}

func TestSpeakerByAliasOfPointedEntity(t *testing.T) {
	text := `The Foreign Secretary said the deal was dead.`
	name := "Ivan Petrov"
	g := &Gold{Doc: "s", Entities: []GoldEntity{{Name: name, Type: "PERSON", Aliases: []string{"Ivan Petrov", "Petrov"}}},
		Claims: []GoldClaim{{Kind: "indirect", Text: "the deal was dead", Speaker: &name, SpeakerText: "The Foreign Secretary"}}}
	c := sysClaim(t, text, claim.Indirect, "the deal was dead", "The Foreign Secretary", "E7")
	c.Speaker.Name = "S. Petrov"
	right := []*entity.Entity{{ID: "E7", Name: "S. Petrov", Aliases: []string{"S. Petrov", "PETROV"}}}
	wrong := []*entity.Entity{{ID: "E7", Name: "S. Petrov", Aliases: []string{"S. Petrov"}}}
	assert.Equal(t, 1, Score("s", text, g, right, []claim.Claim{c}).Speakers)
	assert.Equal(t, 0, Score("s", text, g, wrong, []claim.Claim{c}).Speakers)
	c.Speaker.Name = "Petrov"
	assert.Equal(t, 1, Score("s", text, g, wrong, []claim.Claim{c}).Speakers, "the speaker's own name")
}
