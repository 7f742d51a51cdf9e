package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// ment builds the mentions of every occurrence of forms in text.
func ment(t *testing.T, text string, forms ...string) []entity.Mention {
	t.Helper()
	var out []entity.Mention
	for _, f := range forms {
		s := at(t, text, f)
		out = append(out, entity.Mention{Span: s, Text: f})
	}
	return out
}

func TestScoreEntities(t *testing.T) {
	text := "John Berry met Sergei Petrov in Geneva. Berry said the Toledo Media Center lied. Comments: Berry is bad."
	g := &Gold{Doc: "e", CommentsStart: "Comments:", Entities: []GoldEntity{
		{Name: "John Berry", Type: "PERSON", Aliases: []string{"John Berry", "Berry"}},
		{Name: "Sergei Petrov", Type: "PERSON", Aliases: []string{"Sergei Petrov"}},
		{Name: "Geneva", Type: "GPE", Aliases: []string{"Geneva"}},
		{Name: "Toledo Media Center", Type: "ORG", Aliases: []string{"Toledo Media Center"}},
		{Name: "Toledo", Type: "GPE", Aliases: []string{"Toledo"}},
	}}
	tests := []struct {
		name            string
		ents            []*entity.Entity
		typed, anyType  Tally
		merges, splits  int
		mentionsCorrect int
	}{
		{"none", nil, Tally{Gold: 5}, Tally{Gold: 5}, 0, 0, 0},
		{"found with wrong type", []*entity.Entity{
			{ID: "E1", Name: "Geneva", Type: entity.Loc, Mentions: ment(t, text, "Geneva")},
		}, Tally{System: 1, Gold: 5}, Tally{System: 1, Correct: 1, Gold: 5, Found: 1}, 0, 0, 1},
		{"merge", []*entity.Entity{
			{ID: "E1", Name: "John Berry", Type: entity.Person, Aliases: []string{"John Berry", "Sergei Petrov"},
				Mentions: ment(t, text, "John Berry", "Sergei Petrov")},
		}, Tally{System: 1, Correct: 1, Gold: 5, Found: 2}, Tally{System: 1, Correct: 1, Gold: 5, Found: 2}, 1, 0, 2},
		{"split over two entities of any type", []*entity.Entity{
			{ID: "E1", Name: "John Berry", Type: entity.Person, Mentions: ment(t, text, "John Berry")},
			{ID: "E2", Name: "Berry", Type: entity.Org, Mentions: ment(t, text, " Berry said")[:0]},
		}, Tally{System: 2, Correct: 1, Gold: 5, Found: 1}, Tally{System: 2, Correct: 2, Gold: 5, Found: 1}, 0, 1, 1},
		{"entity only in comments is ignored", []*entity.Entity{
			{ID: "E1", Name: "Bob", Type: entity.Person, Mentions: []entity.Mention{{Span: at(t, text, "bad"), Text: "bad"}}},
		}, Tally{Gold: 5}, Tally{Gold: 5}, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score("e", text, g, tt.ents, nil)
			assert.Equal(t, tt.typed, r.Entities)
			assert.Equal(t, tt.anyType, r.EntitiesAnyType)
			assert.Equal(t, tt.merges, r.Merges, "merges")
			assert.Equal(t, tt.splits, r.Splits, "splits")
			assert.Equal(t, tt.mentionsCorrect, r.Mentions.Found, "mentions found")
		})
	}
}

func TestExpectedMentions(t *testing.T) {
	text := "John Berry and Berry’s aide met the Toledo Media Center in Toledo; Berryville and US-led, USA. END Berry"
	g := &Gold{CommentsStart: "END", Entities: []GoldEntity{
		{Name: "John Berry", Aliases: []string{"John Berry", "Berry"}},
		{Name: "Toledo Media Center", Aliases: []string{"Toledo Media Center"}},
		{Name: "Toledo", Aliases: []string{"Toledo"}},
		{Name: "US", Aliases: []string{"US", ""}},
	}}
	var got []string
	for _, s := range ExpectedMentions(text, g.BodyEnd(text), g) {
		got = append(got, s.In(text))
	}
	assert.Equal(t, []string{"John Berry", "Berry", "Toledo Media Center", "Toledo", "US"}, got)
	assert.Empty(t, ExpectedMentions(text, -3, g))
	assert.Equal(t, corpus.Span{Start: 0, End: 10}, ExpectedMentions(text, 1000, g)[0])
}

func TestReportAddIsMicroAverage(t *testing.T) {
	a := Report{Docs: 1, Claims: Tally{System: 1, Correct: 1, Gold: 1, Found: 1}, Speakers: 1}
	b := Report{Docs: 1, Claims: Tally{System: 3, Correct: 0, Gold: 3, Found: 0}, Misses: []Miss{{Doc: "b"}}}
	s := Report{}.Add(a).Add(b)
	assert.Equal(t, 2, s.Docs)
	assert.InDelta(t, 0.25, s.Claims.Precision(), 1e-9)
	assert.InDelta(t, 0.25, s.Claims.Recall(), 1e-9)
	assert.InDelta(t, 1.0, s.SpeakerAccuracy(), 1e-9)
	assert.Len(t, s.Misses, 1)
	assert.Contains(t, s.String(), "claims")
	assert.Zero(t, Tally{}.F1())
}
