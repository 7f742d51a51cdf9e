package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reBracket is the expression that nextBracket follows.
var reBracket = regexp.MustCompile(`[(\[]([^()\[\]]{2,160})[)\]]`)

// brackets returns what nextBracket finds in s, as reBracket's
// FindAllStringSubmatchIndex would.
func brackets(s string) [][]int {
	var out [][]int
	for i := 0; ; {
		left, right, ok := nextBracket(s, i)
		if !ok {
			return out
		}
		out = append(out, []int{left, right + 1, left + 1, right})
		i = right + 1
	}
}

// bracketCases are odd stretches for nextBracket: too short, too long in
// runes but not in bytes, nested, unclosed, invalid UTF-8.
var bracketCases = []string{
	"", "(", "()", "(a)", "(ab)", "[ab]", "(ab]", "((ab))", "(a(bc)d)", "(ab) (cd) [e] [fg]", "((", "(ab",
	"(" + strings.Repeat("é", 160) + ")", "(" + strings.Repeat("é", 161) + ")", "(" + strings.Repeat("a", 161) + ")(xy)",
	"(\xff\xfe)", "(\xff)", "x(\n)y", "(a[bc)", "[ab(cd]ef)",
}

// TestNextBracketAgrees checks nextBracket against reBracket on odd
// cases, on the lines of the gate table and their variants, and on the
// lines of the seeds and of PolNeAR dev when it is there.
func TestNextBracketAgrees(t *testing.T) {
	texts := append([]string(nil), bracketCases...)
	for _, s := range gateLines {
		texts = append(texts, variants(s)...)
	}
	for _, pattern := range []string{
		"../testdata/seeds/*.txt",
		filepath.Join("..", "..", "shared", "corpora", "polnear", "dev", "text", "*.txt"),
	} {
		paths, err := filepath.Glob(pattern)
		require.NoError(t, err)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			texts = append(texts, strings.Split(string(b), "\n")...)
		}
	}
	for _, s := range texts {
		assert.Equal(t, reBracket.FindAllStringSubmatchIndex(s, -1), brackets(s), "%q", s)
	}
}

// FuzzNextBracket checks nextBracket against reBracket.
func FuzzNextBracket(f *testing.F) {
	for _, s := range bracketCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assert.Equal(t, reBracket.FindAllStringSubmatchIndex(s, -1), brackets(s), "%q", s)
	})
}
