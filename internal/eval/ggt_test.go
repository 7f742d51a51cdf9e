package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// ggtText has multi-byte runes before and inside the quotes, so code
// points and bytes differ.
const ggtText = "Zoë Ångström — « éééabcdefg », dit-elle. Légault said that “it works.”"

// ggtJSON annotates ggtText in code points, as the corpus does: a floating
// quote (null speaker span), then an indirect quote with its speaker.
const ggtJSON = `{"id": "x", "outlet": "Test", "people": ["Zoë Ångström", "Luc Légault"], "sources": ["Luc Légault"],
 "authors": ["A. Writer"], "quotes": [
 {"text": "« éééabcdefg »", "start": 15, "end": 29, "speaker": "", "speaker_start": null, "speaker_end": null,
  "reference": "Zoë Ångström", "verb": "", "direct": true},
 {"text": "that “it works.”", "start": 54, "end": 70, "speaker": "Légault", "speaker_start": 41, "speaker_end": 48,
  "reference": "Luc Légault", "verb": "said", "direct": false}]}`

func writeGGT(t *testing.T, text, js string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "x.txt"), []byte(text), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "x.json"), []byte(js), 0o644))
	return dir
}

func TestReadGGT(t *testing.T) {
	docs, err := ReadGGT(writeGGT(t, ggtText, ggtJSON))
	require.NoError(t, err)
	require.Len(t, docs, 1)
	d := docs[0]
	assert.Equal(t, "x", d.Name)
	assert.Equal(t, "Test", d.Outlet)
	assert.Equal(t, []string{"Luc Légault"}, d.Sources)
	require.Len(t, d.Quotes, 2)
	assert.Equal(t, "« éééabcdefg »", d.Quotes[0].In(ggtText), "code points converted to bytes")
	assert.True(t, d.Quotes[0].SpeakerSpan.IsZero(), "null speaker span")
	assert.Equal(t, "that “it works.”", d.Quotes[1].In(ggtText))
	assert.Equal(t, "Légault", d.Quotes[1].SpeakerSpan.In(ggtText))

	tests := []struct{ name, js string }{
		{"bytes instead of code points", strings.Replace(ggtJSON, `"start": 54, "end": 70`, `"start": 62, "end": 80`, 1)},
		{"out of the text", strings.Replace(ggtJSON, `"end": 70`, `"end": 700`, 1)},
		{"speaker off", strings.Replace(ggtJSON, `"speaker_start": 41`, `"speaker_start": 40`, 1)},
		{"bad JSON", `{"quotes": [}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGGT(writeGGT(t, ggtText, tt.js))
			assert.ErrorIs(t, err, ErrBadGGT)
		})
	}
	_, err = ReadGGT(t.TempDir())
	assert.ErrorIs(t, err, ErrBadGGT, "no files")
}

// quoteDoc builds a doc of text with one gold quote per string, located
// by its first occurrence.
func quoteDoc(t *testing.T, text string, quotes ...string) *GGTDoc {
	t.Helper()
	d := &GGTDoc{Name: "d", Text: text}
	for _, q := range quotes {
		d.Quotes = append(d.Quotes, GGTQuote{Text: q, Span: at(t, text, q), Reference: "Ann Lee"})
	}
	return d
}

// spanClaim is a claim over text[s].
func spanClaim(text string, s corpus.Span) claim.Claim {
	return claim.Claim{Kind: claim.Indirect, Text: s.In(text), Span: s}
}

func TestScoreGGTQuotes(t *testing.T) {
	// The gold quote has 10 code points in 13 bytes: "ééé" is 0.3 of its
	// characters but 6/13 of its bytes.
	text := "Ann Lee said éééabcdefg. Then 0123456789 and ABCDEFGHIJ."
	gold := "éééabcdefg"
	g := at(t, text, gold)
	part := func(from, to string) corpus.Span {
		return corpus.Span{Start: at(t, text, from).Start, End: at(t, text, to).End}
	}
	tests := []struct {
		name          string
		quotes        []string
		claims        []corpus.Span
		loose, strict Tally
	}{
		{"0.3 of the characters is not enough", []string{gold}, []corpus.Span{part("ééé", "ééé")},
			Tally{1, 0, 1, 0}, Tally{1, 0, 1, 0}},
		{"0.4 matches loosely", []string{gold}, []corpus.Span{part("ééé", "éééa")},
			Tally{1, 1, 1, 1}, Tally{1, 0, 1, 0}},
		{"0.8 is not strict", []string{"0123456789"}, []corpus.Span{part("01", "67")},
			Tally{1, 1, 1, 1}, Tally{1, 0, 1, 0}},
		{"0.9 is strict", []string{"0123456789"}, []corpus.Span{part("01", "78")},
			Tally{1, 1, 1, 1}, Tally{1, 1, 1, 1}},
		{"whole, with a sentence more", []string{gold}, []corpus.Span{part("Ann", "Then")},
			Tally{1, 1, 1, 1}, Tally{1, 1, 1, 1}},
		{"no claims", []string{gold}, nil, Tally{0, 0, 1, 0}, Tally{0, 0, 1, 0}},
		{"no quotes", nil, []corpus.Span{g}, Tally{1, 0, 0, 0}, Tally{1, 0, 0, 0}},
		{"a claim is used up", []string{"0123456789", "ABCDEFGHIJ"}, []corpus.Span{part("0123456789", "ABCDEFGHIJ")},
			Tally{1, 1, 2, 1}, Tally{1, 1, 2, 1}},
		// Greedy in gold order: the first quote takes the claim that
		// covers it most even though the second needs it more. At 0.8 the
		// first quote takes nothing, so the second gets that claim.
		{"greedy in gold order", []string{"0123456789", "ABCDEFGHIJ"},
			[]corpus.Span{part("56789", "ABCDEFGHIJ"), part("ABCD", "ABCD")},
			Tally{2, 2, 2, 2}, Tally{2, 1, 2, 1}},
		{"greedy: the first quote leaves the second nothing", []string{"0123456789", "ABCDEFGHIJ"},
			[]corpus.Span{part("56789", "ABCDEFGHIJ"), part("AB", "AB")},
			Tally{2, 1, 2, 1}, Tally{2, 1, 2, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := quoteDoc(t, text, tt.quotes...)
			var claims []claim.Claim
			for _, s := range tt.claims {
				claims = append(claims, spanClaim(text, s))
			}
			r := ScoreGGT(d, nil, claims)
			assert.Equal(t, tt.loose, r.Quotes, "quotes at 0.3")
			assert.Equal(t, tt.strict, r.Strict, "quotes at 0.8")
			assert.Equal(t, len(tt.claims)-tt.loose.Correct, count(r.Misses, FalseClaim))
			assert.Equal(t, len(tt.quotes)-tt.loose.Found, count(r.Misses, MissedQuote))
		})
	}
}

func count(ms []Miss, what string) int {
	n := 0
	for _, m := range ms {
		if m.What == what {
			n++
		}
	}
	return n
}

func TestScoreGGTSpeaker(t *testing.T) {
	text := "“It works,” said the CEO. Ångström agreed."
	quote := at(t, text, "“It works,”")
	doc := &GGTDoc{Name: "d", Text: text, Quotes: []GGTQuote{{
		Text: "“It works,”", Span: quote, Speaker: "the CEO", SpeakerSpan: at(t, text, "the CEO"),
		Reference: "Zoë Ångström Jr.",
	}}}
	ents := []*entity.Entity{
		{ID: "E1", Name: "Zoe ANGSTROM", Type: entity.Person},
		{ID: "E2", Name: "Bob Angst", Type: entity.Person, Aliases: []string{"Bob Angst", "Angstrom Bob"}},
		{ID: "E3", Name: "Acme", Type: entity.Org, Aliases: []string{"Acme", "Acme Ångström"}},
	}
	claimBy := func(sp claim.Speaker, others ...claim.Speaker) []claim.Claim {
		c := spanClaim(text, at(t, text, "It works,"))
		c.Speaker, c.Others = sp, others
		return []claim.Claim{c}
	}
	tests := []struct {
		name          string
		claims        []claim.Claim
		right, bySpan int
	}{
		{"entity name, case and accents ignored", claimBy(claim.Speaker{Entity: "E1", Name: "Zoe ANGSTROM"}), 1, 0},
		{"speaker name alone", claimBy(claim.Speaker{Name: "Mrs Angstrom"}), 1, 0},
		{"an alias of another type", claimBy(claim.Speaker{Entity: "E3", Name: "Acme"}), 1, 0},
		{"first name is not surname", claimBy(claim.Speaker{Entity: "E2", Name: "Bob Angst"}), 0, 0},
		{"co-speaker", claimBy(claim.Speaker{Entity: "E2", Name: "Bob Angst"}, claim.Speaker{Entity: "E1"}), 1, 0},
		{"span overlap", claimBy(claim.Speaker{Name: "the CEO", Text: "CEO", Span: at(t, text, "CEO")}), 1, 1},
		{"no speaker", claimBy(claim.Speaker{}), 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ScoreGGT(doc, ents, tt.claims)
			require.Equal(t, 1, r.Quotes.Found)
			assert.Equal(t, tt.right, r.Speakers, "by name")
			assert.Equal(t, tt.bySpan, r.SpeakerSpans, "by span")
			assert.Equal(t, 1-tt.right, count(r.Misses, WrongSpeaker))
		})
	}
}

func TestSurname(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zoë Ångström", "zoe angstrom"},
		{"  JEAN-LUC  Légault ", "jean-luc legault"},
		{"Nuala O’Farrell", "nuala o'farrell"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, foldName(tt.in), tt.in)
	}
	for in, want := range map[string]string{
		"Zoë Ångström": "angstrom", "Martin Luther King Jr.": "king", "Nuala O’Farrell": "o'farrell",
		"(Légault)": "legault", "Jr.": "jr", "": "", "—": "",
	} {
		assert.Equal(t, want, surname(in), in)
	}
}

func TestMatchPeople(t *testing.T) {
	person := func(name string, aliases ...string) *entity.Entity {
		return &entity.Entity{Name: name, Type: entity.Person, Aliases: aliases}
	}
	tests := []struct {
		name string
		gold []string
		ents []*entity.Entity
		want []int
	}{
		{"same name, accents and case ignored", []string{"Zoë Ångström"}, []*entity.Entity{person("ZOE Angstrom")}, []int{0}},
		{"by alias", []string{"Jim Baker"}, []*entity.Entity{person("Baker", "Jim Baker")}, []int{0}},
		{"initial", []string{"Jonah Whitcombe"}, []*entity.Entity{person("J. Whitcombe")}, []int{0}},
		{"prefix", []string{"Christopher Lee"}, []*entity.Entity{person("Chris Lee")}, []int{0}},
		{"surname alone", []string{"Marcus Tolland"}, []*entity.Entity{person("Tolland")}, []int{0}},
		{"first names conflict", []string{"Jim Baker"}, []*entity.Entity{person("James Baker")}, []int{-1}},
		{"a form conflicts", []string{"Jonah Whitcombe"}, []*entity.Entity{person("Whitcombe", "Ann Whitcombe", "Whitcombe")}, []int{-1}},
		{"other surname", []string{"Jonah Whitcombe"}, []*entity.Entity{person("Jonah Smith")}, []int{-1}},
		// Same names are matched before surnames, whatever the order.
		{"same name first", []string{"Hugo Marchand", "Elise Marchand"},
			[]*entity.Entity{person("Marchand"), person("Elise Marchand", "Marchand")}, []int{0, 1}},
		{"one to one", []string{"Elise Marchand", "Hugo Marchand"},
			[]*entity.Entity{person("Elise Marchand")}, []int{0, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, matchPeople(tt.gold, tt.ents))
		})
	}
}

func TestScoreGGTPeople(t *testing.T) {
	text := "“Yes,” said Jonah Whitcombe. Dr. M. Tolland was there. Acme agreed. A. Writer wrote it."
	doc := &GGTDoc{Name: "d", Text: text,
		People: []string{"Jonah Whitcombe", "Marcus Tolland", "Ann Acme"}, Sources: []string{"Jonah Whitcombe", "Marcus Tolland"}}
	ents := []*entity.Entity{
		{ID: "E1", Name: "Jonah Whitcombe", Type: entity.Person, Aliases: []string{"Jonah Whitcombe"}},
		{ID: "E2", Name: "M. Tolland", Type: entity.Person},
		{ID: "E3", Name: "Acme", Type: entity.Org},
		{ID: "E4", Name: "A. Writer", Type: entity.Person},
		{ID: "E5", Name: "Reid Farrow", Type: entity.Person, Where: entity.WhereCredit},
	}
	c := spanClaim(text, at(t, text, "Yes,"))
	c.Speaker = claim.Speaker{Entity: "E1", Name: "Jonah Whitcombe"}
	r := ScoreGGT(doc, ents, []claim.Claim{c})
	assert.Equal(t, Tally{System: 3, Correct: 2, Gold: 3, Found: 2}, r.People)
	assert.Equal(t, Tally{System: 1, Correct: 1, Gold: 2, Found: 1}, r.Sources)
	var b strings.Builder
	r.WriteMisses(&b)
	out := b.String()
	assert.Contains(t, out, `missed person "Ann Acme" (found as ORG "Acme")`)
	assert.Contains(t, out, `false person  E4 "A. Writer"`)
	assert.NotContains(t, out, "Reid Farrow", "a credit is not a person of the story")
	assert.Contains(t, out, `missed source "Marcus Tolland" (PERSON "M. Tolland" speaks no claim)`)
	assert.Contains(t, out, `false claim   @`)
}

func TestGGTReportAdd(t *testing.T) {
	a := GGTReport{Docs: 1, Quotes: Tally{3, 2, 4, 2}, Strict: Tally{3, 1, 4, 1}, Speakers: 2, SpeakerSpans: 1,
		People: Tally{2, 1, 2, 1}, Sources: Tally{1, 1, 1, 1}, Misses: []Miss{{Doc: "a", What: FalseClaim, Group: "said"}}}
	b := GGTReport{Docs: 1, Quotes: Tally{1, 1, 1, 1}, Speakers: 0, Misses: []Miss{{Doc: "b", What: FalseClaim, Group: "said"}}}
	s := a.Add(b)
	assert.Equal(t, 2, s.Docs)
	assert.Equal(t, Tally{4, 3, 5, 3}, s.Quotes)
	assert.InDelta(t, 2.0/3, s.SpeakerAccuracy(), 1e-9)
	assert.Len(t, a.Misses, 1, "a unchanged")
	assert.Len(t, s.Misses, 2)
	assert.Contains(t, s.String(), "quotes >0.3")
	assert.Contains(t, s.String(), "speaker by name 0.667 (2/3)")
	var b2 strings.Builder
	WriteMissCounts(&b2, s.Misses, 0)
	assert.Contains(t, b2.String(), "false claim")
	assert.Contains(t, b2.String(), "said 2")
}
