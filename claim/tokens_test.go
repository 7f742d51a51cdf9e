package claim

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/internal/ctxpoll"
	"github.com/sayso/sayso/internal/ortho"
)

// words are tokens in every case the shortcuts of lowerTokens, retagWord
// and wordCount distinguish: lower case, capitals, non-ASCII letters
// whose lower case is longer or shorter, curly apostrophes, white space.
var words = []string{
	"said", "Said", "ANA", "Ruiz's", "Ruiz’s", "he’d", "He'd", "École", "İKİ", "\u212Ailo",
	"n’t", "", "“", "—", "café", "CAFÉ", "Ecoé", "a\u00A0b", "x\u200By", "ǅungla", "ΛΌΓΟΣ",
}

func TestLowerTokens(t *testing.T) {
	var toks []corpus.Token
	for _, w := range words {
		toks = append(toks, corpus.Token{Text: w, Norm: corpus.Normalize(w)})
	}
	text, at := lowerTokens(toks, 0)
	v := &view{doc: &corpus.Document{Tokens: toks}, lowText: text, lowAt: at}
	for i, tok := range toks {
		assert.Equal(t, strings.ToLower(tok.Norm), v.lower(i), "token %q", tok.Text)
	}
	assert.Empty(t, v.lower(-1))
	assert.Empty(t, v.lower(len(toks)))
}

func TestRetagWord(t *testing.T) {
	for _, w := range words {
		for _, tok := range []corpus.Token{
			{Text: w, Norm: corpus.Normalize(w)},
			{Text: w, Norm: "Other"}, // a Norm that is not the text's own
		} {
			want := strings.ToLower(strings.ReplaceAll(tok.Text, "’", "'"))
			assert.Equal(t, want, retagWord(tok, strings.ToLower(tok.Norm)), "token %+v", tok)
			if plainWord(&tok) {
				assert.Equal(t, strings.ToLower(tok.Norm), want, "token %+v", tok)
				assert.NotContains(t, want, "'", "token %+v", tok)
			}
		}
	}
}

func TestWordCount(t *testing.T) {
	texts := append([]string{" Ana  Ruiz said\tso.\n", "a\vb\fc\rd\x08e\x1ff\x7fg", "\u00A0a\u2003b\u0085c ", "\xffx \xfe"}, words...)
	for _, s := range texts {
		assert.Equal(t, len(strings.Fields(s)), wordCount(s), "%q", s)
	}
}

// TestRetagPassesOverOnlyUnchanged checks on the seed articles, and the
// PolNeAR dev texts when they are beside the repository, that the tokens
// retag passes over (plainTag, plainWord) are tokens no rule changes:
// the tags are the same when the view has no kinds.
func TestRetagPassesOverOnlyUnchanged(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	cues := cueIndex{verbs: x.cfg.cues, learned: x.cfg.learned, acts: x.cfg.actWords, kinds: x.cfg.kinds}
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	dev, err := filepath.Glob(filepath.Join("..", "..", "shared", "corpora", "polnear", "dev", "text", "*.txt"))
	require.NoError(t, err)
	paths = append(paths, dev...)
	retagged := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		doc, err := corpus.Parse(context.Background(), &corpus.Article{ID: p, Text: string(b)})
		require.NoError(t, err)
		v := newView(doc, nil, cues, ctxpoll.New(context.Background()))
		require.NotEmpty(t, v.kinds)
		if v.tags != nil {
			retagged++
		}
		all := *v
		all.kinds, all.tags = nil, nil
		assert.Equal(t, all.retag(ctxpoll.New(context.Background())), v.tags, p)
	}
	assert.NotZero(t, retagged, "no seed has a tag to correct")
}

// TestContractionsHaveApostrophes backs retag, which looks a word up
// among the contractions only when it has an apostrophe.
func TestContractionsHaveApostrophes(t *testing.T) {
	assert.NotEmpty(t, contracted())
	for w := range contracted() {
		assert.Contains(t, w, "'")
	}
}

// TestRoleForms checks that the view marks as a possible role every word
// of the seed articles whose singular is a role, and every plural of a
// role, so that nounLike's shortcut never skips one.
func TestRoleForms(t *testing.T) {
	kinds := kindsOf(nil, nil)
	var words []string
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		words = append(words, strings.FieldsFunc(strings.ToLower(string(b)), func(r rune) bool { return !unicode.IsLetter(r) })...)
	}
	for _, roles := range []map[string]bool{personRoles(), orgRoles()} {
		for r := range roles {
			words = append(words, r, r+"s", r+"es", strings.TrimSuffix(r, "y")+"ies", strings.TrimSuffix(r, "man")+"men")
		}
	}
	for _, w := range words {
		if s := ortho.Singular(w); personRoles()[s] || orgRoles()[s] {
			assert.NotZero(t, kinds[w]&kindRole, "%q, singular %q", w, s)
		}
	}
}

// TestKindIndex checks that the index's shortcut gives every word the
// kinds its map does: the words of the lists, those of the seed
// articles, and words the shortcut cannot read (empty, long, not ASCII).
func TestKindIndex(t *testing.T) {
	m := kindsOf(defaultCues(), learnedLexicon())
	k := newKindIndex(m)
	words := []string{"", ",", "a", "é", "école", "said,", strings.Repeat("x", 70), "\xff"}
	for w := range m {
		words = append(words, w, w+"s", strings.ToUpper(w), strings.Repeat(w, 8))
	}
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	require.NoError(t, err)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		words = append(words, strings.Fields(strings.ToLower(string(b)))...)
	}
	passed := 0
	for _, w := range words {
		assert.Equal(t, m[w], k.of(w), "%q", w)
		if w != "" && k.ends[w[0]&31][w[len(w)-1]&31]&lengthBit(len(w)) == 0 {
			passed++
		}
	}
	assert.NotZero(t, passed, "the shortcut passes over no word")
}

// TestNameHas checks nameHas against the words of the lower-case names,
// as strings.Fields splits them, on names with stops, apostrophes,
// plurals, white space other than a space and letters not ASCII.
func TestNameHas(t *testing.T) {
	want := func(e *entity.Entity, w string) bool {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, f := range strings.Fields(strings.ToLower(n)) {
				if ortho.Singular(strings.Trim(f, ".,’'")) == w {
					return true
				}
			}
		}
		return false
	}
	ents := []*entity.Entity{
		{Name: "Ministry of Foreign Affairs", Aliases: []string{"Foreign\u00A0Ministry", "MFA"}},
		{Name: "U.S. Workers’ Union,", Aliases: []string{"Tax  Payers\tLeague", "ÉCOLE Agencies"}},
		{Name: "İKİ Holdings", Aliases: []string{"", strings.Repeat("Long", 20) + " Men"}},
	}
	for _, e := range ents {
		for _, w := range append(words, "ministry", "affair", "u.s", "worker", "union", "payer", "league",
			"école", "agency", "iki", "i̇ki", "holding", "man", "men", strings.ToLower(strings.Repeat("Long", 20)), "") {
			assert.Equal(t, want(e, w), nameHas(e, w), "%q in %q", w, e.Name)
		}
	}
}
