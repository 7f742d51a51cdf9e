package quote

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
)

// wantQuote is one expected quotation. parts 0 means one part.
type wantQuote struct {
	inner       string
	open, close string
	depth       int
	unclosed    bool
	scare       bool
	parts       int
}

func parse(t testing.TB, text string) *corpus.Document {
	t.Helper()
	doc, err := corpus.Parse(context.Background(), &corpus.Article{ID: "t", Text: text})
	require.NoError(t, err)
	return doc
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		// Each kind of mark.
		{"curly double after comma cue", "The mayor said, “We will rebuild the bridge.”",
			[]wantQuote{{inner: "We will rebuild the bridge.", open: "“", close: "”"}}},
		{"curly double ends with comma", "“We are ready,” the general said.",
			[]wantQuote{{inner: "We are ready,", open: "“", close: "”"}}},
		{"question mark inside", "“Who pays for this?” asked the farmer.",
			[]wantQuote{{inner: "Who pays for this?", open: "“", close: "”"}}},
		{"after a colon", "The statement read: “The border stays closed.”",
			[]wantQuote{{inner: "The border stays closed.", open: "“", close: "”"}}},
		{"question after colon at paragraph end", "The question remains: “Who will pay?”",
			[]wantQuote{{inner: "Who will pay?", open: "“", close: "”"}}},
		{"straight double", `"The talks failed," she said.`,
			[]wantQuote{{inner: "The talks failed,", open: `"`, close: `"`}}},
		{"straight double scare", `He called the plan "a fantasy" and left.`,
			[]wantQuote{{inner: "a fantasy", open: `"`, close: `"`, scare: true}}},
		{"straight single British", "'We have no choice,' the minister said.",
			[]wantQuote{{inner: "We have no choice,", open: "'", close: "'"}}},
		{"curly single British", "‘Prices will fall,’ the banker said.",
			[]wantQuote{{inner: "Prices will fall,", open: "‘", close: "’"}}},
		{"guillemets French spacing", "Il a dit : « Nous partirons demain. »",
			[]wantQuote{{inner: "Nous partirons demain.", open: "«", close: "»"}}},
		{"German low quotes", "Er sagte: „Wir kommen morgen.“",
			[]wantQuote{{inner: "Wir kommen morgen.", open: "„", close: "“"}}},
		{"German nested low single", "Sie sagte: „Er rief ‚Feuer‘ und lief.“", []wantQuote{
			{inner: "Er rief ‚Feuer‘ und lief.", open: "„", close: "“"},
			{inner: "Feuer", open: "‚", close: "‘", depth: 1, scare: true}}},
		{"single guillemets nested", "Il a dit « le mot ‹ paix › est vide ».", []wantQuote{
			{inner: "le mot ‹ paix › est vide", open: "«", close: "»"},
			{inner: "paix", open: "‹", close: "›", depth: 1, scare: true}}},
		{"reversed guillemets", "Er sagte »Wir gehen jetzt« und ging.",
			[]wantQuote{{inner: "Wir gehen jetzt", open: "»", close: "«", scare: true}}},
		{"spaced straight marks", `He said: " We agree, " and left.`,
			[]wantQuote{{inner: "We agree,", open: `"`, close: `"`}}},
		{"mixed curly then straight", `“We are ready," he said.`,
			[]wantQuote{{inner: "We are ready,", open: "“", close: `"`}}},
		{"mixed straight then curly", `"We are ready,” he said.`,
			[]wantQuote{{inner: "We are ready,", open: `"`, close: "”"}}},
		{"quote broken by attribution", "“We want peace,” he said, “but not at any price.”", []wantQuote{
			{inner: "We want peace,", open: "“", close: "”"},
			{inner: "but not at any price.", open: "“", close: "”"}}},
		{"quote after dash", "The message was clear—“go home”—and they did.",
			[]wantQuote{{inner: "go home", open: "“", close: "”", scare: true}}},

		// Apostrophes.
		{"possessive and contraction", "Okafor’s forces don’t retreat, officials say.", nil},
		{"country possessive and decade", "Chile’s economy has not recovered since the ’90s.", nil},
		{"decade with left mark", "Music from the ‘90s is back on the radio.", nil},
		{"rock n roll and o'clock", "They played rock ’n’ roll until two o’clock.", nil},
		{"plural possessives", "The students’ union and the teachers’ council met.", nil},
		{"transliterated names", "Ba’ath and al-Ba’ath members were named.", nil},
		{"elided tis", "’Tis the season, they say.", nil},
		{"plural possessive inside single quote", "‘The students’ demands are fair,’ the dean said.",
			[]wantQuote{{inner: "The students’ demands are fair,", open: "‘", close: "’"}}},
		{"elided em inside quote", "“Let ’em talk,” he said.",
			[]wantQuote{{inner: "Let ’em talk,", open: "“", close: "”"}}},
		{"straight apostrophes", "He said 'we can't wait' and the '90s were over.",
			[]wantQuote{{inner: "we can't wait", open: "'", close: "'"}}},
		{"straight plural possessive", "The players' coach said the 'new rules' hurt.",
			[]wantQuote{{inner: "new rules", open: "'", close: "'", scare: true}}},
		{"straight contraction in quote", "'It's over,' he said.",
			[]wantQuote{{inner: "It's over,", open: "'", close: "'"}}},

		// Nesting.
		{"single nested in double", "“They told us ‘leave now’ and we did,” the villager said.", []wantQuote{
			{inner: "They told us ‘leave now’ and we did,", open: "“", close: "”"},
			{inner: "leave now", open: "‘", close: "’", depth: 1, scare: true}}},
		{"nested with apostrophe", "“I don’t know what ‘secure’ means to them,” said Ali.", []wantQuote{
			{inner: "I don’t know what ‘secure’ means to them,", open: "“", close: "”"},
			{inner: "secure", open: "‘", close: "’", depth: 1, scare: true}}},
		{"double nested in double", "“He called it “madness” and left,” she said.", []wantQuote{
			{inner: "He called it “madness” and left,", open: "“", close: "”"},
			{inner: "madness", open: "“", close: "”", depth: 1, scare: true}}},
		{"double nested in British single", "‘He said “stop” twice,’ she recalled.", []wantQuote{
			{inner: "He said “stop” twice,", open: "‘", close: "’"},
			{inner: "stop", open: "“", close: "”", depth: 1}}},

		// Several paragraphs.
		{"multi-paragraph quote", "The commander spoke at length.\n\n“We will hold the line.\n\n“We will not retreat, whatever it costs.\n\n“And we will win,” he said.",
			[]wantQuote{{inner: "We will hold the line.\n\n“We will not retreat, whatever it costs.\n\n“And we will win,", open: "“", close: "”", parts: 3}}},
		{"multi-paragraph never closed", "She wrote: “The river has risen.\n\n“Nobody has come to help us.\n\nThe rescue teams arrived on Monday.",
			[]wantQuote{{inner: "The river has risen.\n\n“Nobody has come to help us.", open: "“", unclosed: true, parts: 2}}},
		{"multi-paragraph British never closed", "She said: ‘We stayed.\n\n‘We had nowhere to go\n\nThe town emptied.",
			[]wantQuote{{inner: "We stayed.\n\n‘We had nowhere to go", open: "‘", unclosed: true, parts: 2}}},
		{"multi-paragraph straight", "\"First we wait.\n\n\"Then we move,\" he said.",
			[]wantQuote{{inner: "First we wait.\n\n\"Then we move,", open: `"`, close: `"`, parts: 2}}},

		// Unbalanced marks.
		{"unclosed ended by cue", "“We are not leaving, the farmer said. Then he went home.",
			[]wantQuote{{inner: "We are not leaving,", open: "“", unclosed: true}}},
		{"unclosed ends with its paragraph", "“The water is gone and the crops are dead.\n\nOfficials did not comment.",
			[]wantQuote{{inner: "The water is gone and the crops are dead.", open: "“", unclosed: true}}},
		{"missing close before next quote", "“We tried everything, she said. “Nothing worked.”", []wantQuote{
			{inner: "We tried everything,", open: "“", unclosed: true},
			{inner: "Nothing worked.", open: "“", close: "”"}}},
		{"missing close before new sentence quote", "“We waited. “Nobody came,” he said.", []wantQuote{
			{inner: "We waited.", open: "“", unclosed: true},
			{inner: "Nobody came,", open: "“", close: "”"}}},
		{"lost opening mark", "We are close to a deal,” the envoy said.",
			[]wantQuote{{inner: "We are close to a deal,", close: "”"}}},
		{"stray closer ignored", "Prices rose” overnight in the north.", nil},
		{"unpaired left single ignored", "The ‘reform was announced on Friday.", nil},
		{"inch mark", `The 12" screen costs more.`, nil},
		{"unclosed single starting paragraph", "‘Nobody listens to us\n\nThe meeting ended.",
			[]wantQuote{{inner: "Nobody listens to us", open: "‘", unclosed: true}}},
		{"empty quote dropped", "He said “ ” and nothing more.", nil},

		// Scare quotes against statements.
		{"scare after determiner", "Officials denied any “secret talks” with the rebels.",
			[]wantQuote{{inner: "secret talks", open: "“", close: "”", scare: true}}},
		{"scare so-called", "The so-called “ceasefire” collapsed within a day.",
			[]wantQuote{{inner: "ceasefire", open: "“", close: "”", scare: true}}},
		{"scare subject of said", "A “senior source” said the talks would resume.",
			[]wantQuote{{inner: "senior source", open: "“", close: "”", scare: true}}},
		{"short statement with cue", "“Never,” she said.",
			[]wantQuote{{inner: "Never,", open: "“", close: "”"}}},
		{"short quote alone", "“No surrender”",
			[]wantQuote{{inner: "No surrender", open: "“", close: "”"}}},
		{"fragment after speech verb", "The minister said “important steps” were taken.",
			[]wantQuote{{inner: "important steps", open: "“", close: "”"}}},
		{"fragment with final period", "The colonel said the operation was “on schedule.”",
			[]wantQuote{{inner: "on schedule.", open: "“", close: "”", scare: true}}},
		{"short sentence with final period", "The colonel smiled. “All quiet.”",
			[]wantQuote{{inner: "All quiet.", open: "“", close: "”"}}},
		{"abbreviation is no sentence break", "He dismissed the town as a “suburb of St. Louis” in a speech.",
			[]wantQuote{{inner: "suburb of St. Louis", open: "“", close: "”", scare: true}}},
		{"two sentences", "She called them “liars. Cowards” in public.",
			[]wantQuote{{inner: "liars. Cowards", open: "“", close: "”"}}},
		{"wire-copy doubled marks", "''We will see,'' he said of the ``new plan''.", []wantQuote{
			{inner: "We will see,", open: "''", close: "''"},
			{inner: "new plan", open: "``", close: "''", scare: true}}},
		{"markup attributes", `He posted <a href="x.html">this</a> and said "enough" twice.`,
			[]wantQuote{{inner: "enough", open: `"`, close: `"`}}},
		{"short clause", "The crowd kept shouting “we are hungry” at the gates.",
			[]wantQuote{{inner: "we are hungry", open: "“", close: "”"}}},
		{"five words is a statement", "They chanted “down with the old regime” all night.",
			[]wantQuote{{inner: "down with the old regime", open: "“", close: "”"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parse(t, tt.text)
			got := Find(doc)
			require.Len(t, got, len(tt.want), "quotes: %+v", got)
			for i, w := range tt.want {
				g := got[i]
				assert.Equal(t, w.inner, g.Inner.In(doc.Text), "inner %d", i)
				assert.Equal(t, w.open, g.Open, "open %d", i)
				assert.Equal(t, w.close, g.Close, "close %d", i)
				assert.Equal(t, w.depth, g.Depth, "depth %d", i)
				assert.Equal(t, w.unclosed, g.Unclosed, "unclosed %d", i)
				assert.Equal(t, w.scare, g.Scare, "scare %d", i)
				assert.Equal(t, max(w.parts, 1), len(g.Parts), "parts %d", i)
				checkQuote(t, doc, g)
			}
		})
	}
}

// checkQuote asserts the offset invariants of one quotation.
func checkQuote(t testing.TB, doc *corpus.Document, q Quote) {
	t.Helper()
	text := doc.Text
	require.True(t, q.Span.Start >= 0 && q.Span.Start < q.Span.End && q.Span.End <= len(text), "span %v", q.Span)
	require.True(t, q.Span.Contains(q.Inner) && q.Inner.Len() > 0, "inner %v in %v", q.Inner, q.Span)
	require.NotEmpty(t, q.Parts)
	assert.Equal(t, q.Inner.Start, q.Parts[0].Start)
	assert.Equal(t, q.Inner.End, q.Parts[len(q.Parts)-1].End)
	for _, p := range q.Parts {
		require.True(t, q.Inner.Contains(p) && p.Len() > 0, "part %v", p)
	}
	assert.Equal(t, q.Open, text[q.Span.Start:q.Span.Start+len(q.Open)])
	assert.Equal(t, q.Close, text[q.Span.End-len(q.Close):q.Span.End])
	assert.Equal(t, q.Unclosed, q.Close == "")
}

func TestFindParagraphIndex(t *testing.T) {
	doc := parse(t, "No quotes here.\n\nThen: “one”.\n\nAnd “two”.")
	got := Find(doc)
	require.Len(t, got, 2)
	assert.Equal(t, 1, got[0].Paragraph)
	assert.Equal(t, 2, got[1].Paragraph)
}

func TestFindSkipsRegions(t *testing.T) {
	doc := parse(t, "He said “we stay”.\n\nPhoto caption: “a quote in a caption”\n\nShe said “we go”.")
	doc.Regions = append(doc.Regions, corpus.Region{Span: doc.Paragraphs[1].Span, Kind: corpus.Caption})
	doc.Paragraphs[1].Skip = true
	got := Find(doc)
	require.Len(t, got, 2)
	assert.Equal(t, "we stay", got[0].Inner.In(doc.Text))
	assert.Equal(t, "we go", got[1].Inner.In(doc.Text))

	// A region that is not a whole paragraph still hides what it overlaps.
	doc = parse(t, "He said “we stay” and “we go”.")
	at := len("He said “we stay” and ")
	doc.Regions = []corpus.Region{{Span: corpus.Span{Start: at, End: len(doc.Text)}, Kind: corpus.Boilerplate}}
	got = Find(doc)
	require.Len(t, got, 1)
	assert.Equal(t, "we stay", got[0].Inner.In(doc.Text))
}

func TestFindMalformedDocuments(t *testing.T) {
	assert.Nil(t, Find(nil))
	assert.Nil(t, Find(&corpus.Document{}))
	text := "“One,” he said.\n\n“Two.”"
	// No paragraphs: the text is split at line breaks.
	got := Find(&corpus.Document{Text: text})
	require.Len(t, got, 2)
	// Out of range, inverted, overlapping and mid-rune paragraphs are skipped.
	doc := &corpus.Document{Text: text, Paragraphs: []corpus.Paragraph{
		{Span: corpus.Span{Start: 5, End: 2}},
		{Span: corpus.Span{Start: 0, End: 500}},
		{Span: corpus.Span{Start: 1, End: 10}},
		{Span: corpus.Span{Start: -3, End: 4}},
		{Span: corpus.Span{Start: len("“One,” he said.\n\n"), End: len(text)}},
	}, Regions: []corpus.Region{{Span: corpus.Span{Start: 900, End: -1}}}}
	got = Find(doc)
	require.Len(t, got, 1)
	assert.Equal(t, "Two.", got[0].Inner.In(text))
	assert.Equal(t, 4, got[0].Paragraph)
}

func TestIsApostrophe(t *testing.T) {
	tests := []struct {
		text string
		at   string // the text before the mark
		want bool
	}{
		{"don’t", "don", true},
		{"Okafor’s men", "Okafor", true},
		{"Sana’a", "Sana", true},
		{"two o’clock", "two o", true},
		{"the ’90s", "the ", true},
		{"rock ’n’ roll", "rock ", true},
		{"rock ’n’ roll", "rock ’n", true},
		{"let ’em go", "let ", true},
		{"the students’ union", "the students", true},
		{"it's", "it", true},
		{"say ‘strike’ now", "say ", false},
		{"the students’, then", "the students", false},
		{"‘quote’", "", false},
		{"no mark here", "no", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, IsApostrophe(tt.text, len(tt.at)), "%q at %d", tt.text, len(tt.at))
	}
	assert.False(t, IsApostrophe("x", -1))
	assert.False(t, IsApostrophe("x", 5))
}
