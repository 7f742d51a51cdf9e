package postag

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSameTagsAsProseOnSeeds(t *testing.T) {
	p, o := prose(t), ours(t)
	n := 0
	for _, sent := range seedSentences(t) {
		want, got := bothTags(p, o, sent)
		require.Equal(t, want, got, "sentence %q", sent)
		n += len(sent)
	}
	t.Logf("%d tokens, all tagged as prose tags them", n)
}

func TestSameTagsAsProseOnOddWords(t *testing.T) {
	p, o := prose(t), ours(t)
	for _, s := range []string{
		"", "-", "- -", "@user said so", "@", ":-) fine :-(", "¯\\(ツ)/¯ (ಠ_ಠ) (╯°□°）╯︵┻━┻",
		"0 *T*-1 *-12 *-1234 *?* *U* *ABC*-3 * ** *a", "-LRB- -RRB- -LCB- -lrb- -AB- -ABCD- --",
		"the 1999 -199 +199 +1999 1,000 2.5 3rd well-known -x x- re-elected",
		"ÉCOLE Über straße İstanbul ΣΊΣΥΦΟΣ naïve Ǆ ǅ", "A a I i The THE the",
		"\xff\xfe bad \xc3 bytes", "a b", "a", strings.Repeat("x", 300) + " long",
		"He said , \" It 's over . \"", "U.S. officials said Tuesday that they 'd go .",
		"-START- -START2- -END- -END2- !HYPHEN !YEAR !DIGITS bias",
		"i suffix i word i-1 tag+i word", "NNP VBD JJ",
		// Words whose forms as written and normalized differ, in their
		// last three bytes or in all of them, and words the model does not
		// know that end as words it does.
		"The THE He HE It IT NATO U.S.A. ACME's McFINCH iPhone ÉTÉ Été Dale Finch said ABC XYZ",
		"Zorblaxing fizzwords unheardofness Ana Ruiz's quuxed 1999s 12-year-old -- --- '' `` .",
		"-START- said -END- said -END2- !HYPHEN !hyphen !YEAR !DIGITS !digits",
	} {
		want, got := bothTags(p, o, words(strings.Fields(s)...))
		assert.Equal(t, want, got, "%q", s)
	}
}

func TestTagTokensKeepsTextAndStart(t *testing.T) {
	toks := words("She", "said", "so", ".")
	for i := range toks {
		toks[i].Start = 10 * i
	}
	ours(t).TagTokens(toks)
	for i, tok := range toks {
		assert.Equal(t, 10*i, tok.Start)
		assert.NotEmpty(t, tok.Tag)
	}
	assert.Equal(t, "She", toks[0].Text)
}

func TestNewReturnsOneTagger(t *testing.T) {
	assert.Same(t, ours(t), ours(t))
}

func TestTagTokensEmpty(t *testing.T) {
	ours(t).TagTokens(nil)
}

func TestConcurrentTagging(t *testing.T) {
	p, o := prose(t), ours(t)
	sents := seedSentences(t)
	done := make(chan bool)
	for g := range 4 {
		go func() {
			ok := true
			for i := g; i < len(sents); i += 4 {
				want, got := bothTags(p, o, sents[i])
				ok = ok && assert.Equal(t, want, got)
			}
			done <- ok
		}()
	}
	for range 4 {
		<-done
	}
}

func TestOrderSortsAsFloats(t *testing.T) {
	inf := float32(math.Inf(1))
	fs := []float32{-inf, -math.MaxFloat32, -3.5, -1, -math.SmallestNonzeroFloat32, 0, float32(math.Copysign(0, -1)),
		math.SmallestNonzeroFloat32, 1e-30, 0.25, 1, 1.0000001, 3.5, math.MaxFloat32, inf}
	for _, a := range fs {
		for _, b := range fs {
			assert.Equal(t, a < b, order(a) < order(b), "%g < %g", a, b)
			assert.Equal(t, a == b, order(a) == order(b), "%g == %g", a, b)
		}
	}
}
