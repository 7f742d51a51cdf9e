package corpus

import (
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// TestPunktMattersAgrees checks that where punktMatters says punkt's
// starts cannot matter, fixStarts makes the same sentences of them as of
// none, on the paragraphs of the seeds and corpora (PolNeAR's training
// texts too) and on generated ones full of abbreviations and initials.
func TestPunktMattersAgrees(t *testing.T) {
	m, err := models()
	require.NoError(t, err)
	paras := tokenTexts(t)
	paras = append(paras, paragraphsIn(t, filepath.Join("..", "..", "shared", "corpora", "polnear", "train", "text", "*.txt"))...)
	paras = append(paras, generatedParagraphs(20000)...)
	skipped := 0
	for _, p := range paras {
		clean := blankMarkup(spaceFold(p))
		toks := tokenizeText(nil, m.tok, clean, ctxpoll.New(t.Context()))
		if punktMatters(clean, toks) {
			continue
		}
		skipped++
		want := fixStarts(toks, punktStarts(nil, m.seg, clean, toks, ctxpoll.New(t.Context())))
		assert.Equal(t, want, fixStarts(toks, []int{0}), "%q", clean)
	}
	t.Logf("punkt skipped on %d of %d paragraphs", skipped, len(paras))
	assert.Greater(t, skipped, len(paras)/4)
}

// generatedParagraphs returns random paragraphs of words that end
// sentences or seem to: titles, initials, abbreviations, numbers, quotes.
func generatedParagraphs(n int) []string {
	words := strings.Fields(`Gov. Gen. Mr. Dr. St. No. Sept. Jan. U.S. D.C. U.N. p.m. a.m. i.e. e.g. etc. Inc. Jr.
		J. R. T. K. A. I. 2. 14. 3.5 5. 1990. Ana Ruiz Dale Finch Brown The He She It But
		said told the a in on to of and it he she they we . , ? ! ?” !” .” ." .' .) ) ( “ ” " ' '' ‘ ’
		... … — - ; : said. it. here. there! why? Yes. no. No! “Yes.” (Mr. (D-Ore.) Co. Corp. vs. v.`)
	r := rand.New(rand.NewPCG(5, 6))
	paras := make([]string, n)
	for i := range paras {
		ws := make([]string, 2+r.IntN(12))
		for k := range ws {
			ws[k] = words[r.IntN(len(words))]
		}
		paras[i] = strings.Join(ws, " ")
	}
	return paras
}
