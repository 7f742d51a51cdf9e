package collection

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"“We are close,” ", "we are close"},
		{`"We are close"`, "we are close"},
		{"before winter — and we", "before winter and we"},
		{"before winter - and we", "before winter and we"},
		{"before winter, and we", "before winter and we"},
		{"it’s a promise", "its a promise"},
		{"it's a promise", "its a promise"},
		{"O’Brien", "obrien"},
		{"U.S. officials", "us officials"},
		{"US officials", "us officials"},
		{"Mr. Finch", "mr finch"},
		{"wait...what", "wait what"},
		{"José Ñúñez", "jose nunez"},
		{"Zoë  Ångström", "zoe angstrom"},
		{"Straße", "straße"},
		{"８０００", "8000"},
		{"—", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, fold(tt.in), "%q", tt.in)
	}
}

func TestNameTokens(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"Ana Ruiz", 2},
		{"Ruiz", 1},
		{"de Ruiz", 1},
		{"Omar al-Haddad", 2},
		{"Rosa De Vries", 3},
		{"ana ruiz", 2},
		{"", 0},
		{"G7 summit", 1},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, nameTokens(tt.in), "%q", tt.in)
	}
}

func TestPartsOf(t *testing.T) {
	keys := []string{
		"we will rebuild the east bridge before winter and we will do it",
		"we will rebuild the east bridge before winter",
		"the east bridge before",
		"east bridge before winter and",
		"we are close",
		"we are close to a deal on the bridge",
		"bridge before winter and we will do it",
		"we will do it we will do it again",
		"we will do it",
	}
	want := [][]int{
		nil,
		{0},
		{0, 1},
		{0},
		nil, // under four words
		nil,
		{0},
		nil,
		{0, 6, 7}, // four words: a part, once per whole however often it repeats
	}
	assert.Equal(t, want, partsOf(keys))
}

func TestWordStarts(t *testing.T) {
	assert.Equal(t, []int{0, 2, 5, 7}, wordStarts("a bc d"))
	assert.Equal(t, []int{0, 2}, wordStarts("a"))
}
