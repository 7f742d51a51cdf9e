package postag

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzSameTagsAsProse tags the white-space separated words of any text, and
// the pieces prose's tokenizer makes of it, with both taggers and requires
// the same tags.
func FuzzSameTagsAsProse(f *testing.F) {
	for _, s := range []string{
		"The quick brown fox jumps over the lazy dog .", "@x :-) 0 *T*-1 -LRB- - 1999 well-known",
		"İstanbul ΣΊΣΥΦΟΣ \xff", "He said , \" It 's over . \"",
	} {
		f.Add(s)
	}
	p, o := prose(f), ours(f)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		want, got := bothTags(p, o, words(strings.Fields(s)...))
		require.Equal(t, want, got)
		for _, sent := range sentences(tokenizer.Tokenize(s)) {
			want, got := bothTags(p, o, sent)
			require.Equal(t, want, got)
		}
	})
}
