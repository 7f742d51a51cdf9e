package ortho

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLookup(t *testing.T) {
	m := map[string]int{"said": 1, "élan": 2, "newsroom": 3}
	for _, tc := range []struct {
		word string
		want int
		ok   bool
	}{
		{"said", 1, true},
		{"SAID", 1, true},
		{"Said", 1, true},
		{"ÉLAN", 2, true},
		{"NewsRoom", 3, true},
		{"says", 0, false},
		{"", 0, false},
		{string(make([]byte, 100)), 0, false},
	} {
		got, ok := Lookup(m, tc.word)
		assert.Equal(t, tc.want, got, tc.word)
		assert.Equal(t, tc.ok, ok, tc.word)
	}
}

// TestLookupDoesNotAllocate is why Lookup exists: a capitalized ASCII word
// is looked up without a lower-case copy.
func TestLookupDoesNotAllocate(t *testing.T) {
	m := map[string]bool{"according": true}
	allocs := testing.AllocsPerRun(100, func() {
		if _, ok := Lookup(m, "According"); !ok {
			t.Fatal("not found")
		}
	})
	assert.Zero(t, allocs)
}

func TestAppendLower(t *testing.T) {
	for _, w := range []string{"", "Ana", "RUIZ's", "École", "İKİ", "\u212Ailo", "ΛΌΓΟΣ", "a\xffB", "\xc3", "ǅungla", "x\u00A0Y"} {
		assert.Equal(t, strings.ToLower(w), string(AppendLower([]byte("pre:"), w))[len("pre:"):], "%q", w)
	}
}
