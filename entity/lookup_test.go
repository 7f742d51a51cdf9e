package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
)

func testEntities() []*Entity {
	return []*Entity{
		{ID: "E1", Name: "Joris Bakker", Type: Person, Gender: Male,
			Titles:   []string{"Dutch Foreign Minister"},
			Mentions: []Mention{{Span: corpus.Span{Start: 22, End: 34}, Text: "Joris Bakker"}, {Span: corpus.Span{Start: 60, End: 66}, Text: "Bakker"}}},
		{ID: "E2", Name: "Rome", Type: GPE,
			Mentions: []Mention{{Span: corpus.Span{Start: 46, End: 50}, Text: "Rome"}}},
		{ID: "E3", Name: "Laura Chen", Type: Person, Gender: Female,
			Titles:   []string{"Energy Ministry spokeswoman"},
			Mentions: []Mention{{Span: corpus.Span{Start: 80, End: 90}, Text: "Laura Chen"}}},
		nil,
	}
}

func TestLookupEntityAt(t *testing.T) {
	l := Index(testEntities())
	tests := []struct {
		span corpus.Span
		id   string
		text string
		ok   bool
	}{
		{corpus.Span{Start: 22, End: 34}, "E1", "Joris Bakker", true},
		{corpus.Span{Start: 28, End: 34}, "E1", "Joris Bakker", true},
		{corpus.Span{Start: 61, End: 61}, "E1", "Bakker", true},
		{corpus.Span{Start: 44, End: 48}, "E2", "Rome", true},
		{corpus.Span{Start: 0, End: 10}, "", "", false},
		{corpus.Span{Start: 500, End: 400}, "", "", false},
	}
	for _, tt := range tests {
		e, m, ok := l.EntityAt(tt.span)
		require.Equal(t, tt.ok, ok, "%v", tt.span)
		if ok {
			assert.Equal(t, tt.id, e.ID)
			assert.Equal(t, tt.text, m.Text)
		}
	}
}

func TestLookupQueries(t *testing.T) {
	l := Index(testEntities())
	assert.Len(t, l.Entities(), 3)
	ids := func(es []*Entity) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	assert.Equal(t, []string{"E1"}, ids(l.ByTitle("minister")))
	assert.Equal(t, []string{"E1"}, ids(l.ByTitle("Foreign Ministers")))
	assert.Equal(t, []string{"E3"}, ids(l.ByTitle("spokeswoman")))
	assert.Empty(t, l.ByTitle("envoy"))
	assert.Empty(t, l.ByTitle(""))
	assert.Equal(t, []string{"E3"}, ids(l.ByGender(Female)))
	assert.Equal(t, []string{"E1", "E3"}, ids(l.ByType(Person)))

	e, ok := l.ByName("rome")
	require.True(t, ok)
	assert.Equal(t, "E2", e.ID)

	e, m, ok := l.Before(70, func(e *Entity) bool { return e.Type == Person })
	require.True(t, ok)
	assert.Equal(t, "E1", e.ID)
	assert.Equal(t, "Bakker", m.Text)
	_, _, ok = l.Before(10, nil)
	assert.False(t, ok)

	ents, ms := l.Mentions(corpus.Span{Start: 20, End: 55})
	assert.Equal(t, []string{"E1", "E2"}, ids(ents))
	assert.Len(t, ms, 2)
}

// TestLookupFilter checks that a filtered Lookup answers Before as the whole
// one does with the same test, at every offset.
func TestLookupFilter(t *testing.T) {
	l := Index(testEntities())
	isPerson := func(e *Entity) bool { return e.Type == Person }
	people := l.Filter(isPerson)
	require.Len(t, people.Entities(), 2)
	for pos := 0; pos <= 100; pos++ {
		we, wm, wok := l.Before(pos, isPerson)
		ge, gm, gok := people.Before(pos, nil)
		assert.Equal(t, wok, gok, "at %d", pos)
		assert.Equal(t, we, ge, "at %d", pos)
		assert.Equal(t, wm, gm, "at %d", pos)
	}
	assert.Empty(t, l.Filter(func(*Entity) bool { return false }).Entities())
}
