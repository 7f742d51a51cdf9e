package ortho

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

func TestSpace(t *testing.T) {
	tests := []struct {
		name          string
		r             rune
		space, noJoin bool
	}{
		{"space", ' ', true, true},
		{"tab", '\t', true, true},
		{"newline", '\n', true, true},
		{"carriage return", '\r', true, true},
		{"vertical tab", '\v', true, true},
		{"form feed", '\f', true, true},
		{"next line", '\u0085', true, true},
		{"no-break space", '\u00a0', true, true},
		{"figure space", '\u2007', true, true},
		{"narrow no-break space", '\u202f', true, true},
		{"ideographic space", '\u3000', true, true},
		{"line separator", '\u2028', true, true},
		{"zero width space", '\u200b', true, true},
		{"byte-order mark", '\ufeff', true, true},
		{"zero width non-joiner", '\u200c', true, false},
		{"zero width joiner", '\u200d', true, false},
		{"word joiner", '\u2060', true, false},
		{"letter", 'a', false, false},
		{"accented letter", 'é', false, false},
		{"soft hyphen", '\u00ad', false, false},
		{"mongolian vowel separator", '\u180e', false, false},
		{"replacement character", '\ufffd', false, false},
		{"no rune", -1, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.space, IsSpace(tt.r), "IsSpace")
			assert.Equal(t, tt.noJoin, IsSpaceExceptJoiners(tt.r), "IsSpaceExceptJoiners")
		})
	}
}

// TestSpaceSets checks over every rune that IsSpace is unicode.IsSpace plus
// five invisible characters, and IsSpaceExceptJoiners IsSpace less three.
func TestSpaceSets(t *testing.T) {
	var extra, joiners []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) {
			assert.True(t, IsSpaceExceptJoiners(r), "%U", r)
			continue
		}
		if IsSpace(r) {
			extra = append(extra, r)
			if !IsSpaceExceptJoiners(r) {
				joiners = append(joiners, r)
			}
		} else {
			assert.False(t, IsSpaceExceptJoiners(r), "%U", r)
		}
	}
	assert.Equal(t, []rune{'\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'}, extra)
	assert.Equal(t, []rune{'\u200c', '\u200d', '\u2060'}, joiners)
}
