package corpus

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// proseEmoticons are the emoticons that prose v3.2.3's tokenizer keeps
// whole, for splitWord to be tried on.
var proseEmoticons = []string{
	"(-8", "(-;", "(-_-)", "(._.)", "(:", "(=", "(o:", "(¬_¬)", "(ಠ_ಠ)", "(╯°□°）╯︵┻━┻", "-__-", "8-)",
	"8-D", "8D", ":(", ":((", ":(((", ":()", ":)))", ":-)", ":-))", ":-)))", ":-*", ":-/", ":-X", ":-]",
	":-o", ":-p", ":-x", ":-|", ":-}", ":0", ":3", ":P", ":]", ":`(", ":`)", ":`-(", ":o", ":o)", "=(",
	"=)", "=D", "=|", "@_@", "O.o", "O_o", "V_V", "XDD", "[-:", "^___^", "o_0", "o_O", "o_o", "v_v",
	"xD", "xDD", "¯\\(ツ)/¯",
}

// corpusWords returns the runs of text between white space of the test
// paragraphs (tokenTexts) and of every corpus beside the repository that
// is there: PolNeAR's training texts and the first column of the CoNLL
// files (CoNLL-2003, Wikigold, the Broad Twitter Corpus), each once.
func corpusWords(t *testing.T) []string {
	seen := map[string]bool{}
	var words []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	for _, p := range tokenTexts(t) {
		for w := range strings.FieldsSeq(blankMarkup(spaceFold(p))) {
			add(w)
		}
	}
	shared := filepath.Join("..", "..", "shared", "corpora")
	read := func(pattern string, line func(string)) {
		paths, err := filepath.Glob(filepath.Join(shared, pattern))
		require.NoError(t, err)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			for l := range strings.Lines(string(b)) {
				line(l)
			}
		}
	}
	words1 := func(l string) {
		for w := range strings.FieldsSeq(spaceFold(l)) {
			add(w)
		}
	}
	first := func(l string) {
		if f := strings.Fields(spaceFold(l)); len(f) > 0 {
			add(f[0])
		}
	}
	read(filepath.Join("polnear", "train", "text", "*.txt"), words1)
	read(filepath.Join("conll2003", "*.txt"), first)
	read(filepath.Join("wikigold", "*.conll.txt"), first)
	read(filepath.Join("btc", "*.conll"), first)
	return words
}

// generatedWords returns random words made of the pieces prose's
// tokenizer reacts to (its affixes, contractions, abbreviations and
// emoticons) and of letters, digits and other marks, ASCII or not.
func generatedWords(n int) []string {
	var pieces []string
	pieces = append(pieces, prosePrefixes...)
	pieces = append(pieces, proseSuffixes...)
	pieces = append(pieces, proseContractions...)
	pieces = append(pieces, proseEmoticons...)
	pieces = append(pieces, "a", "b", "n", "t", "s", "l", "m", "re", "A", "S", "N", "T", "L", "M", "RE",
		"Mr", "Gen", "U", "x", "D", "o", "O", "8", "0", "5", "-", "_", "/", "&", "%", "#", "@", "=", "`",
		"é", "É", "ß", "—", "…", "ಠ", "\u00a0", "\u2028", "\u0085", "\ufffd", "'", "’", "N'T", "'LL")
	r := rand.New(rand.NewPCG(3, 4))
	words := make([]string, n)
	for i := range words {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		words[i] = b.String()
	}
	return words
}

// TestSplitWordAgrees holds splitWord to prose's tokenizer on every word
// of the seeds and corpora and on generated ones: whenever it vouches for
// a word, its tokens are prose's.
func TestSplitWordAgrees(t *testing.T) {
	tk := tokenize.New()
	words := append(corpusWords(t), generatedWords(100000)...)
	for _, e := range proseEmoticons {
		for _, p := range []string{"", "(", "“", `"`} {
			for _, s := range []string{"", ")", ".", ",", "’", "'s"} {
				words = append(words, p+e+s)
			}
		}
	}
	split := 0
	for _, w := range words {
		got, ok := splitWord(nil, w, 7)
		if !ok {
			assert.Empty(t, got, "%q", w)
			continue
		}
		split++
		want := tk.Tokenize(w)
		for i := range want {
			want[i].Start += 7
		}
		assert.Equal(t, want, got, "%q", w)
	}
	t.Logf("%d of %d words split without prose", split, len(words))
	assert.Greater(t, split, len(words)/2)
}

// TestSplitWord checks the shapes of news words that splitWord splits
// without prose, and some it leaves to prose.
func TestSplitWord(t *testing.T) {
	for _, tt := range []struct {
		word string
		want []string // nil: left to prose
	}{
		{"said,", []string{"said", ","}},
		{"“We", []string{"“", "We"}},
		{"down,”", []string{"down", ",", "”"}},
		{`(D-Ore.)`, []string{"(", "D-Ore", ".", ")"}},
		{"U.S.", []string{"U.S."}},
		{"U.S.,", []string{"U.S.", ","}},
		{"Mr.", []string{"Mr."}},
		{"Ruiz's", []string{"Ruiz", "'s"}},
		{"don’t.", []string{"do", "n’t", "."}},
		{"$5.2", []string{"$", "5.2"}},
		{"3.5%.", []string{"3.5%", "."}},
		{"café,", []string{"café", ","}},
		{"I,", nil},
		{"$5", nil},
		{"(:", nil},
		{"a\u2028b,", nil},
	} {
		got, ok := splitWord(nil, tt.word, 0)
		if tt.want == nil {
			assert.False(t, ok, tt.word)
			continue
		}
		var texts []string
		for _, tok := range got {
			texts = append(texts, tok.Text)
		}
		assert.Equal(t, tt.want, texts, tt.word)
	}
}
