package corpus

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/sayso/sayso/internal/ortho"
)

// splitLinesByByte is splitLines as first written, a byte at a time: the
// reference that the faster one must agree with.
func splitLinesByByte(text string) []line {
	var out []line
	start, blank := 0, true
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' && text[i] != '\r' {
			continue
		}
		if s := trimSpan(text, start, i); s.Len() > 0 {
			out = append(out, line{Span: s, indent: indentOf(text[start:s.Start]), blankBefore: blank})
			blank = false
		} else {
			blank = true
		}
		if i+1 < len(text) && text[i] == '\r' && text[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	return out
}

// wordsByRune is words as first written, a rune at a time.
func wordsByRune(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		sp := ortho.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
		i += size
	}
	return n
}

var lineCases = []string{
	"", "\n", "\r", "\r\n", "\n\r", "a", "a\n", "\na", "a\r\nb", "a\rb\nc\r\n\r\nd", "a\n\n\nb\r\r\n",
	"  a  \n\tb\t\r\n \u00a0c\u2003\n\u200b\n", "x\r\n\r\n\r\ny", "one\vtwo\fthree\x85four",
	"bad \xff\xfe bytes\n\xc3", "Überall\u2028Zeile\u2029Ende",
}

// TestSplitLinesAgrees checks splitLines and words against their first,
// simpler forms, on odd cases and on the seeds.
func TestSplitLinesAgrees(t *testing.T) {
	texts := append([]string(nil), lineCases...)
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err == nil {
			texts = append(texts, string(b))
		}
	}
	for _, text := range texts {
		assert.Equal(t, splitLinesByByte(text), splitLines(text), "%q", text)
		assert.Equal(t, wordsByRune(text), words(text), "%q", text)
		for _, limit := range []int{0, 1, 2, 5, 12} {
			assert.Equal(t, min(wordsByRune(text), limit+1), wordsUpTo(text, limit), "%q up to %d", text, limit)
		}
	}
}

func FuzzSplitLines(f *testing.F) {
	for _, s := range lineCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := splitLines(text), splitLinesByByte(text); !assert.Equal(t, want, got) {
			t.Fatalf("text %q", text)
		}
		if got, want := words(text), wordsByRune(text); got != want {
			t.Fatalf("words(%q) = %d, want %d", text, got, want)
		}
	})
}
