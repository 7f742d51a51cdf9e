package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/sayso/sayso/corpus"
)

func TestNameKey(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{[]string{"U.S."}, []string{"us"}},
		{[]string{"Omar", "al-Rashid"}, []string{"omar", "rashid"}},
		{[]string{"Omar", "Rashid"}, []string{"omar", "rashid"}},
		{[]string{"Van", "Dijk"}, []string{"dijk"}},
		{[]string{"Liwa", "Noor", "al", "Huda"}, []string{"liwa", "noor", "huda"}},
		{[]string{"Ash", "Patel"}, []string{"ash", "patel"}},
		{[]string{"Liwa", "as-Salam"}, []string{"liwa", "salam"}},
		{[]string{"Germany", "'s", "Ministry"}, []string{"germany", "ministry"}},
		{[]string{"O'Farrell"}, []string{"ofarrell"}},
		{[]string{"Zoë"}, []string{"zoe"}},
		{[]string{"Paul", "D.", "Ryan"}, []string{"paul", "ryan"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, nameKey(tt.in), "%q", tt.in)
	}
}

func TestVariantOf(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{[]string{"yuri", "popov"}, []string{"yury", "popov"}, true},
		{[]string{"liwa", "noor", "huda"}, []string{"liwa", "nour", "huda"}, true},
		{[]string{"anna", "berg"}, []string{"thomas", "berg"}, false},
		{[]string{"iran"}, []string{"iraq"}, false},
		{[]string{"ali", "haddad"}, []string{"ola", "haddad"}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, variantOf(tt.a, tt.b), "%q %q", tt.a, tt.b)
	}
}

func TestAcronyms(t *testing.T) {
	assert.Equal(t, "un", acronymKey("U.N."))
	assert.Equal(t, "lnh", acronymKey("LNH"))
	assert.Equal(t, "", acronymKey("Xinhua"))
	assert.Equal(t, "", acronymKey("A"))
	assert.Equal(t, "lnh", initials([]string{"liwa", "nour", "huda"}))
	assert.Equal(t, "", initials([]string{"xinhua"}))
}

func TestSplitToken(t *testing.T) {
	r, err := New(WithoutModel())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   string
		want []string
	}{
		{"Turkish-led", []string{"Turkish", "led"}},
		{"pro-Rashid", []string{"pro", "Rashid"}},
		{"Pro-Rashid", []string{"Pro", "Rashid"}},
		{"al-Rashid", []string{"al-Rashid"}},
		{"Nasr-Eddin", []string{"Nasr-Eddin"}},
		{"South-east", []string{"South-east"}},
		{"U.S.-Chinese", []string{"U.S.", "Chinese"}},
		{"News/Kyodo", []string{"News", "Kyodo"}},
		{"Ban Ki-moon", []string{"Ban Ki-moon"}},
		{"Front-", []string{"Front"}},
		{"4/7/2021", []string{"4/7/2021"}},
		{"editor-in-chief", []string{"editor-in-chief"}},
		{"MorrowRep.", []string{"Morrow", "Rep."}},
		{"SmithGov", []string{"Smith", "Gov"}},
		{"McDonald", []string{"McDonald"}},
		{"LoBiondo", []string{"LoBiondo"}},
		{"DeSantis", []string{"DeSantis"}},
		{"MacArthur", []string{"MacArthur"}},
		{"iPhone", []string{"iPhone"}},
		{"HarperCollins", []string{"HarperCollins"}}, // no capitalized word follows
		{"TACOMA\u2014The", []string{"TACOMA", "\u2014", "The"}},
		{"1990\u20131995", []string{"1990\u20131995"}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range splitToken(tt.in, false, r.kb) {
			got = append(got, corpus.Span(sp).In(tt.in))
		}
		assert.Equal(t, tt.want, got, tt.in)
	}
}
