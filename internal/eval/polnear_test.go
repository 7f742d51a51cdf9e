package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
)

// A text with multi-byte runes before the spans, so code points and bytes
// differ, and an annotation whose text runs over a line break.
const polText = "Café — “We will win,” Trump said.\nThe Post reports that he was ill.\nIt was “so-called” news."

const polAnn = "T1\tSource 22 27\tTrump\n" +
	"T2\tCue 28 32\tsaid\n" +
	"T3\tContent 7 20\t“We will win,\n" +
	"T4\tAttribution 28 32\tsaid\n" +
	"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
	"T5\tSource 34 42\tThe Post\n" +
	"T6\tCue 43 50\treports\n" +
	"T7\tContent 51 66;34 37\tthat he was ill\n" +
	"The\n" +
	"#1\tAnnotatorNotes T7\ta note\n" +
	"T8\tAttribution 43 50\treports\n" +
	"E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n" +
	"E3\tAttribution:T8 \n"

func TestReadBrat(t *testing.T) {
	atts, err := ReadBrat(strings.NewReader(polAnn), polText)
	require.NoError(t, err)
	require.Len(t, atts, 2)
	assert.Equal(t, "“We will win,", atts[0].Content[0].In(polText))
	assert.Equal(t, "Trump", atts[0].Source[0].In(polText))
	assert.Equal(t, "said", atts[0].Cue[0].In(polText))
	require.Len(t, atts[1].Content, 2)
	assert.Equal(t, "The", atts[1].Content[0].In(polText), "segments sorted")
	assert.Equal(t, "that he was ill", atts[1].Content[1].In(polText))

	_, err = ReadBrat(strings.NewReader("T1\tSource 5 900\tx\n"), polText)
	assert.ErrorIs(t, err, ErrBadBrat)
	_, err = ReadBrat(strings.NewReader("T1\tSource x\tx\n"), polText)
	assert.ErrorIs(t, err, ErrBadBrat)
	atts, err = ReadBrat(strings.NewReader("\x00\xff junk\n\n"), "")
	assert.NoError(t, err)
	assert.Empty(t, atts)
}

func TestQuoted(t *testing.T) {
	text := `He said: “We will win.” Then “so” and then that “it” works. "Plain," he said. ''Twice.''`
	tests := []struct {
		content string
		want    bool
	}{
		{"We will win.", true},
		{"“We will win.”", true},
		{"so” and then that “it", true}, // looks quoted at both edges
		{"it” works", false},
		{"Plain,", true},
		{"He said", false},
		{"Twice", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Quoted(text, []corpus.Span{at(t, text, tt.content)}), tt.content)
	}
	assert.False(t, Quoted(text, nil))
	assert.False(t, Quoted(text, []corpus.Span{{Start: 5, End: 900}}))
}

func TestScorePolNeAR(t *testing.T) {
	atts, err := ReadBrat(strings.NewReader(polAnn), polText)
	require.NoError(t, err)
	doc := &PolDoc{Name: "p", Text: polText, Attributions: atts}
	quote := claim.Claim{Kind: claim.Direct, Text: "We will win,", Span: at(t, polText, "We will win,"),
		Cue: "said", CueSpan: at(t, polText, "said"),
		Speaker: claim.Speaker{Text: "Trump", Span: at(t, polText, "Trump")}}
	partial := claim.Claim{Kind: claim.Indirect, Text: "he was ill", Span: at(t, polText, "he was ill"),
		Speaker: claim.Speaker{Text: "Post", Span: at(t, polText, "Post")}}
	wrong := claim.Claim{Kind: claim.Direct, Text: "so-called", Span: at(t, polText, "so-called")}

	r := ScorePolNeAR(doc, []claim.Claim{quote, partial, wrong})
	assert.Equal(t, Tally{System: 3, Correct: 2, Gold: 2, Found: 2}, r.All.Content)
	assert.Equal(t, Tally{System: 3, Correct: 1, Gold: 2, Found: 1}, r.All.Exact, "quotes and commas do not matter")
	assert.Equal(t, Tally{System: 2, Correct: 2, Gold: 2, Found: 2}, r.All.Source)
	assert.Equal(t, Tally{System: 1, Correct: 1, Gold: 2, Found: 1}, r.All.Cue)
	assert.Equal(t, Tally{System: 2, Correct: 1, Gold: 1, Found: 1}, r.Direct.Content)
	assert.Equal(t, Tally{System: 1, Correct: 1, Gold: 1, Found: 1}, r.Direct.Source)
	sum := r.Add(r)
	assert.Equal(t, 2, sum.Docs)
	assert.InDelta(t, r.All.Content.F1(), sum.All.Content.F1(), 1e-9)
	assert.Contains(t, sum.String(), "direct content")
}

func TestPolMisses(t *testing.T) {
	atts, err := ReadBrat(strings.NewReader(polAnn), polText)
	require.NoError(t, err)
	doc := &PolDoc{Name: "p", Text: polText, Attributions: atts}
	quote := claim.Claim{Kind: claim.Direct, Text: "We will win,", Span: at(t, polText, "We will win,")}
	miss := PolMisses(doc, []claim.Claim{quote})
	require.Len(t, miss, 1)
	assert.Equal(t, "reports", miss[0].Cue[0].In(polText))
	assert.Empty(t, PolMisses(doc, []claim.Claim{quote, {Span: at(t, polText, "he was ill")}}))
	assert.Len(t, PolMisses(doc, nil), 2)
}

func TestScorePolNeARBrokenQuote(t *testing.T) {
	text := `“We are close,” he said, “but not there.” Then “we left,” she said.`
	doc := &PolDoc{Text: text, Attributions: []Attribution{{
		Content: []corpus.Span{at(t, text, "“We are close,”"), at(t, text, "“but not there.”")},
		Source:  []corpus.Span{at(t, text, "he")},
		Cue:     []corpus.Span{at(t, text, "said")},
	}}}
	he := claim.Speaker{Text: "he", Span: at(t, text, "he")}
	she := claim.Speaker{Text: "she", Span: at(t, text, "she")}
	parts := []claim.Claim{
		{Kind: claim.Direct, Text: "We are close,", Span: at(t, text, "We are close,"), Speaker: he},
		{Kind: claim.Direct, Text: "but not there.", Span: at(t, text, "but not there."), Speaker: he},
	}
	r := ScorePolNeAR(doc, parts)
	assert.Equal(t, Tally{System: 1, Correct: 1, Gold: 1, Found: 1}, r.All.Content, "the second part is no false positive")
	assert.Equal(t, Tally{System: 1, Correct: 1, Gold: 1, Found: 1}, r.All.Exact, "both parts make the exact content")

	// A part given to another speaker is a false positive, and the
	// content is no longer exact.
	parts[1].Speaker = she
	r = ScorePolNeAR(doc, parts)
	assert.Equal(t, Tally{System: 2, Correct: 1, Gold: 1, Found: 1}, r.All.Content)
	assert.Equal(t, Tally{System: 2, Correct: 0, Gold: 1, Found: 0}, r.All.Exact)
}
