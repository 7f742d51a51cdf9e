package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestRuneIndexPython checks code-point offsets against Python's, computed
// with python3 -c 'len(text.encode()[:i].decode())' at every boundary.
func TestRuneIndexPython(t *testing.T) {
	text := "aé—😀🇨🇦市z" // a flag is two code points of four bytes each
	want := []struct{ byte, char int }{
		{0, 0}, {1, 1}, {3, 2}, {6, 3}, {10, 4}, {14, 5}, {18, 6}, {21, 7}, {22, 8},
	}
	x := newRuneIndex(text)
	for _, w := range want {
		assert.Equal(t, w.char, x.at(w.byte), "byte %d", w.byte)
	}
}

// TestRuneIndexCounts checks every offset of texts longer than a stride,
// with runes straddling the marks, against counting from the start; an
// offset inside a rune counts as utf8.RuneCountInString does.
func TestRuneIndexCounts(t *testing.T) {
	texts := map[string]string{
		"empty":     "",
		"ascii":     strings.Repeat("abc ", 200),
		"mixed":     strings.Repeat("aé—😀🇨🇦市", 90),
		"shifted":   "xy" + strings.Repeat("😀", 300),
		"bad utf-8": strings.Repeat("a\xffé\xe2\x80", 150) + "😀",
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			x := newRuneIndex(text)
			for i := 0; i <= len(text); i++ {
				if got, want := x.at(i), utf8.RuneCountInString(text[:i]); got != want {
					t.Fatalf("at(%d) = %d, want %d", i, got, want)
				}
			}
			assert.Equal(t, 0, x.at(-5), "clamped below")
			assert.Equal(t, utf8.RuneCountInString(text), x.at(len(text)+7), "clamped above")
		})
	}
}
