package postag

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"
	"github.com/stretchr/testify/require"
)

// tokenizer is prose's, which is safe for concurrent use.
var tokenizer = tokenize.New()

// seedSentences tokenizes the seed articles with prose's tokenizer, paragraph
// by paragraph, and cuts sentences after ".", "?" and "!": close enough to
// sayso's pipeline for a benchmark, and every kind of token it meets. (The
// corpus package compares the two taggers on its own sentences.)
func seedSentences(tb testing.TB) [][]token.Token {
	tb.Helper()
	paths, err := filepath.Glob("../../testdata/seeds/*.txt")
	require.NoError(tb, err)
	require.NotEmpty(tb, paths)
	var out [][]token.Token
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(tb, err)
		for para := range strings.SplitSeq(string(b), "\n\n") {
			out = append(out, sentences(tokenizer.Tokenize(para))...)
		}
	}
	return out
}

// sentences cuts toks after each sentence-final punctuation mark.
func sentences(toks []token.Token) [][]token.Token {
	var out [][]token.Token
	for len(toks) > 0 {
		n := len(toks)
		for i, t := range toks {
			if t.Text == "." || t.Text == "?" || t.Text == "!" {
				n = i + 1
				break
			}
		}
		out = append(out, toks[:n:n])
		toks = toks[n:]
	}
	return out
}

// prose returns prose's own tagger.
func prose(tb testing.TB) *tag.Tagger {
	tb.Helper()
	p, err := tag.New()
	require.NoError(tb, err)
	return p
}

// ours returns this package's tagger.
func ours(tb testing.TB) *Tagger {
	tb.Helper()
	t, err := New()
	require.NoError(tb, err)
	return t
}

// bothTags tags a copy of sent with each tagger and returns the two tag
// lists.
func bothTags(p *tag.Tagger, t *Tagger, sent []token.Token) (want, got []string) {
	a := append([]token.Token(nil), sent...)
	b := append([]token.Token(nil), sent...)
	p.TagTokens(a)
	t.TagTokens(b)
	for i := range a {
		want = append(want, a[i].Tag)
		got = append(got, b[i].Tag)
	}
	return want, got
}

// words makes a sentence of tokens from words.
func words(ws ...string) []token.Token {
	out := make([]token.Token, len(ws))
	for i, w := range ws {
		out[i].Text = w
	}
	return out
}
