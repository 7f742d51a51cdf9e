package corpus

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/internal/ctxpoll"
	"github.com/sayso/sayso/internal/ortho"
)

// tokenizeTextByProse is tokenizeText as first written, every word given
// to prose, a glued comma read as a space and kept as a token: the
// reference that the faster one must agree with.
func tokenizeTextByProse(tk *tokenize.Tokenizer, clean string) []token.Token {
	// A glued comma ("Vrbka,60") is read as a space, and then is a
	// token of its own.
	spaced := []byte(clean)
	var commas []token.Token
	for i := range spaced {
		if gluedComma(clean, i) {
			spaced[i] = ' '
			commas = append(commas, token.Token{Text: ",", Start: i})
		}
	}
	toks := tokenizeSpaced(tk, string(spaced))
	if len(commas) == 0 {
		return toks
	}
	out := make([]token.Token, 0, len(toks)+len(commas))
	for _, t := range toks {
		for len(commas) > 0 && commas[0].Start < t.Start {
			out, commas = append(out, commas[0]), commas[1:]
		}
		out = append(out, t)
	}
	return append(out, commas...)
}

func tokenizeSpaced(tk *tokenize.Tokenizer, clean string) []token.Token {
	var out []token.Token
	last, start := 0, -1
	for i := 0; i <= len(clean); i++ {
		if i < len(clean) && start >= 0 && gluedQuote(clean, i) {
			// a glued quotation mark ends a run as a space before i would
			if i-start > maxField {
				out = appendTokens(out, tk.Tokenize(clean[last:start]), last)
				out = splitField(out, clean, start, i)
			} else {
				out = appendTokens(out, tk.Tokenize(clean[last:i]), last)
			}
			last, start = i, -1
		}
		if i < len(clean) && !isASCIISpace(clean[i]) {
			if start < 0 {
				start = i
				if i-last >= tokenChunk && clean[i-1] == ' ' && (i < 2 || !isASCIISpace(clean[i-2])) {
					out = appendTokens(out, tk.Tokenize(clean[last:i]), last)
					last = i
				}
			}
			continue
		}
		if start >= 0 && i-start > maxField {
			out = appendTokens(out, tk.Tokenize(clean[last:start]), last)
			out = splitField(out, clean, start, i)
			last = i
		}
		start = -1
	}
	if last == 0 {
		return tk.Tokenize(clean)
	}
	return appendTokens(out, tk.Tokenize(clean[last:]), last)
}

// tokenTexts are paragraphs for the tokenizers to agree on: the seeds',
// and PolNeAR dev's and GGT dev's when the corpora are beside the
// repository, and odd ones.
func tokenTexts(t testing.TB) []string {
	texts := []string{
		"", " ", "a", " a ", "a  b\tc", "“Hello,” she said. It’s 8D and XDD, xD: $5 (or [so]).",
		"don't can't they'll I'm we're O'Meara U.S. Mr. e.g. Jan. 3, 2016 10% #tag @user a/b a-b a&b",
		"emoticons :) :-) (: 8-) ^___^ o_O ¯\\(ツ)/¯ and words",
		strings.Repeat("word ", tokenChunk/5+10) + "end.", strings.Repeat("x", 3*maxField) + " and " + strings.Repeat("!?", maxField),
		strings.Repeat("Plain words, then (brackets) and \"quotes\"; ", tokenChunk/40+5),
	}
	shared := filepath.Join("..", "..", "shared", "corpora")
	return append(texts, paragraphsIn(t, "../testdata/seeds/*.txt",
		filepath.Join(shared, "polnear", "dev", "text", "*.txt"), filepath.Join(shared, "ggt", "dev", "*.txt"))...)
}

// paragraphsIn returns the paragraphs of every file that matches one of
// the patterns, in order; none for a pattern that matches nothing, as
// when the shared corpora are not beside the repository.
func paragraphsIn(t testing.TB, patterns ...string) []string {
	var paras []string
	for _, pattern := range patterns {
		paths, err := filepath.Glob(pattern)
		require.NoError(t, err)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			for _, sp := range SplitParagraphs(string(b)) {
				paras = append(paras, sp.In(string(b)))
			}
		}
	}
	return paras
}

// TestTokenizeTextAgrees checks that giving prose only the words it may
// split changes no token.
func TestTokenizeTextAgrees(t *testing.T) {
	m, err := models()
	require.NoError(t, err)
	for _, p := range tokenTexts(t) {
		clean := blankMarkup(spaceFold(p))
		want := tokenizeTextByProse(m.tok, clean)
		got := tokenizeText(nil, m.tok, clean, ctxpoll.New(t.Context()))
		if len(want) == 0 {
			assert.Empty(t, got, "%q", clean)
			continue
		}
		assert.Equal(t, want, got, "%.80q", clean)
	}
}

// TestPlainWordsAreOneToken holds prose's tokenizer to what plainWord
// says: a plain word is one token.
func TestPlainWordsAreOneToken(t *testing.T) {
	tk := tokenize.New()
	var ws []string
	for c := byte('!'); c < 0x7f; c++ {
		ws = append(ws, string(c), "a"+string(c), string(c)+"a", "a"+string(c)+"a", string(c)+string(c))
	}
	ws = append(ws, "8D", "XDD", "xD", "xDD", "O_o", "-__-", "n-t", "A.", "no-one", "10%", "#1", "a/b/c", "x@y.z")
	for _, p := range tokenTexts(t) {
		ws = append(ws, strings.Fields(p)...)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, 1+r.IntN(8))
		for i := range b {
			b[i] = byte('!' + r.IntN(0x7f-'!'))
		}
		ws = append(ws, string(b))
	}
	plain := 0
	for _, w := range ws {
		if !plainWord(w) {
			continue
		}
		plain++
		if toks := tk.Tokenize(w); len(toks) != 1 || toks[0].Text != w || toks[0].Start != 0 {
			t.Errorf("plain word %q is tokens %+v", w, toks)
		}
	}
	assert.Greater(t, plain, 1000)
	assert.False(t, plainWord("It’s"))
	assert.False(t, plainWord("said."))
	assert.True(t, plainWord("said"))
}

// FuzzTokenizeText checks that tokenizeText agrees with prose on any
// text.
func FuzzTokenizeText(f *testing.F) {
	for _, s := range []string{"“Hello,” she said.", "It’s 8D and XDD, xD: $5 (or [so]).", "a  b\tc don't", "\xff\x00<b>x</b> &amp; y"} {
		f.Add(s)
	}
	m, err := models()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, p string) {
		clean := blankMarkup(spaceFold(p))
		want := tokenizeTextByProse(m.tok, clean)
		got := tokenizeText(nil, m.tok, clean, ctxpoll.New(t.Context()))
		if len(want) == 0 && len(got) == 0 {
			return
		}
		if !assert.Equal(t, want, got) {
			t.Fatalf("text %q", p)
		}
	})
}

func TestIsASCIISpace(t *testing.T) {
	for c := range 256 {
		assert.Equal(t, c < utf8.RuneSelf && ortho.IsSpace(rune(c)), isASCIISpace(byte(c)), "%#x", c)
	}
}
