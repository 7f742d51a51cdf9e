package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/extract"
)

// helperResult is a hand-built Result: E1 is mentioned in claim 1, E2 in
// claims 0 and 1 (once at its very start, once across its end, which does
// not count), and "X7", numbered as no pipeline numbers, in none.
func helperResult() *extract.Result {
	span := func(s, e int) corpus.Span { return corpus.Span{Start: s, End: e} }
	mention := func(s, e int) entity.Mention { return entity.Mention{Span: span(s, e)} }
	speaker := func(id string) claim.Speaker { return claim.Speaker{Entity: id} }
	return &extract.Result{
		Entities: []*entity.Entity{
			{ID: "E1", Name: "Ana Ruiz", Mentions: []entity.Mention{mention(0, 8), mention(50, 54)}},
			{ID: "E2", Name: "Dale Finch", Mentions: []entity.Mention{mention(10, 14), mention(38, 44), mention(45, 49)}},
			{ID: "X7", Name: "Harbour Trust", Mentions: []entity.Mention{mention(90, 103)}},
		},
		Claims: []claim.Claim{
			{Text: "c0", Span: span(10, 40), Speaker: speaker("E1")},
			{Text: "c1", Span: span(45, 60), Speaker: speaker("E2"), Others: []claim.Speaker{speaker("E1")}},
			{Text: "c2", Span: span(70, 80), Speaker: claim.Speaker{Name: "a city official"}},
		},
	}
}

func claimTexts(cs []claim.Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Text)
	}
	return out
}

func TestResultEntity(t *testing.T) {
	res := helperResult()
	swapped := helperResult()
	swapped.Entities[0], swapped.Entities[1] = swapped.Entities[1], swapped.Entities[0]
	tests := []struct {
		res  *extract.Result
		id   string
		want string // the entity's name, "" for nil
	}{
		{res, "E1", "Ana Ruiz"},
		{res, "E2", "Dale Finch"},
		{res, "X7", "Harbour Trust"},
		{res, "E3", ""},
		{res, "E0", ""},
		{res, "E-1", ""},
		{res, "", ""},
		{swapped, "E1", "Ana Ruiz"},
		{swapped, "E2", "Dale Finch"},
		{&extract.Result{}, "E1", ""},
	}
	for _, tt := range tests {
		e := tt.res.Entity(tt.id)
		if tt.want == "" {
			assert.Nil(t, e, tt.id)
			continue
		}
		if assert.NotNil(t, e, tt.id) {
			assert.Equal(t, tt.want, e.Name)
			assert.Equal(t, tt.id, e.ID)
		}
	}
}

func TestResultClaims(t *testing.T) {
	res := helperResult()
	tests := []struct {
		id        string
		by, about []string
	}{
		{"E1", []string{"c0", "c1"}, []string{"c1"}},
		{"E2", []string{"c1"}, []string{"c0", "c1"}},
		{"X7", nil, nil},
		{"E9", nil, nil},
		{"", nil, nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.by, claimTexts(res.ClaimsBy(tt.id)), "claims by %q", tt.id)
		assert.Equal(t, tt.about, claimTexts(res.ClaimsAbout(tt.id)), "claims about %q", tt.id)
	}
	var zero extract.Result
	assert.Nil(t, zero.ClaimsBy("E1"))
	assert.Nil(t, zero.ClaimsAbout("E1"))
}

func TestResultSpeakerOf(t *testing.T) {
	res := helperResult()
	tests := []struct {
		c    claim.Claim
		want string
	}{
		{res.Claims[0], "Ana Ruiz"},
		{res.Claims[1], "Dale Finch"},
		{res.Claims[2], ""},
		{claim.Claim{Speaker: claim.Speaker{Entity: "E9"}}, ""},
	}
	for _, tt := range tests {
		e := res.SpeakerOf(tt.c)
		if tt.want == "" {
			assert.Nil(t, e, tt.c.Text)
		} else if assert.NotNil(t, e, tt.c.Text) {
			assert.Equal(t, tt.want, e.Name)
		}
	}
}
