package corpus

import (
	"bufio"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// segmenters returns prose's Segmenter and the punkt that Parse uses.
func segmenters(t testing.TB) (*segment.Segmenter, *punkt) {
	seg, err := segment.New()
	require.NoError(t, err)
	m, err := models()
	require.NoError(t, err)
	return seg, m.seg
}

// proseStarts returns the sentence starts prose's Segmenter gives for text.
func proseStarts(seg *segment.Segmenter, text string) []int {
	var out []int
	for _, s := range seg.Segment(text) {
		out = append(out, s.Start)
	}
	return out
}

// punktTexts returns texts to segment: every paragraph of the seeds and of
// the corpora under /work/shared/corpora (raw and as Parse cleans it),
// sentences rebuilt from the CoNLL corpora, and generated paragraphs.
func punktTexts(t *testing.T) []string {
	var texts []string
	add := func(p string) {
		texts = append(texts, p)
		if c := blankMarkup(spaceFold(p)); c != p {
			texts = append(texts, c)
		}
	}
	for _, p := range tokenTexts(t) {
		add(p)
	}
	shared := filepath.Join("..", "..", "shared", "corpora")
	for _, pattern := range []string{
		filepath.Join(shared, "polnear", "train", "text", "*.txt"),
		filepath.Join(shared, "polnear", "dev", "text", "*.txt"),
		filepath.Join(shared, "ggt", "dev", "*.txt"),
	} {
		paths, err := filepath.Glob(pattern)
		require.NoError(t, err)
		for _, path := range paths {
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			text := string(b)
			texts = append(texts, text)
			for _, sp := range SplitParagraphs(text) {
				add(sp.In(text))
			}
		}
	}
	for _, pattern := range []string{"btc/*.conll", "conll2003/*.txt", "wikigold/*.txt"} {
		paths, err := filepath.Glob(filepath.Join(shared, pattern))
		require.NoError(t, err)
		for _, path := range paths {
			texts = append(texts, conllParagraphs(t, path)...)
		}
	}
	texts = append(texts, generatedParagraphs(20000)...)
	return append(texts, oddParagraphs(20000)...)
}

// conllParagraphs rebuilds text from a CoNLL file's first column: words
// joined by spaces, three sentences to a paragraph.
func conllParagraphs(t *testing.T, path string) []string {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var paras []string
	var words []string
	sents := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) > 0 {
			words = append(words, fields[0])
			continue
		}
		if sents++; sents%3 == 0 && len(words) > 0 {
			paras = append(paras, strings.Join(words, " "))
			words = words[:0]
		}
	}
	require.NoError(t, sc.Err())
	return append(paras, strings.Join(words, " "))
}

// oddParagraphs returns random paragraphs of pieces punkt treats apart:
// abbreviations, initials, numbers, quotes, ellipses, brackets, odd
// white space and odd Unicode, glued with and without spaces.
func oddParagraphs(n int) []string {
	pieces := []string{
		"Ana", "Ruiz", "Dale", "Finch", "The", "But", "He", "said", "it", "no", "Gov.", "gov.", "Sgt.", "Mt.", "No.",
		"U.S.", "F.B.I.", "a.m.", "p.m.", "e.g.", "Inc.", "Co.", "J.", "x.", "É.", "Émile", "émile", "İstanbul",
		"1.", "2,000.", "-3.5", ".5", "1990.", "5-4.", "12,", "##", "...", "..", ". . .", "…", "?", "!", "?!", "!?",
		".", ",", ";", ":", `"`, "'", "“", "”", "‘", "’", "(", ")", "[", "]", ".)", ".”", "?”", "!’", `."`, ".'",
		".(", ".[", "?(", "![", "Yahoo!", "Yahoo!.", "—", "-", "–", "\u00a0", "\u2003", "\u0085", "\t", "\n", "\n\n",
		"\r\n", "\v", "\xff", "\xc3", "é", "ß", "Σ", "日本", "🙂", "\ufffd", "a-b.", "mid-gov.", "st.-", ",,", ",.",
	}
	seps := []string{" ", " ", " ", "", "  ", "\n", "\u00a0"}
	r := rand.New(rand.NewPCG(7, 8))
	paras := make([]string, n)
	for i := range paras {
		var b strings.Builder
		for range 1 + r.IntN(16) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			b.WriteString(seps[r.IntN(len(seps))])
		}
		paras[i] = b.String()
	}
	return paras
}

// TestPunktSameAsProse holds punkt to prose's Segmenter: the same sentence
// starts on every text.
func TestPunktSameAsProse(t *testing.T) {
	seg, p := segmenters(t)
	var sc punktScratch
	texts := punktTexts(t)
	bad := 0
	for _, text := range texts {
		want := proseStarts(seg, text)
		got := p.starts(nil, text, 0, &sc)
		if !assert.Equal(t, want, got, "%q", text) {
			if bad++; bad > 20 {
				t.FailNow()
			}
		}
	}
	t.Logf("%d texts", len(texts))
}

// TestPunktBase checks that starts adds base to every offset and appends.
func TestPunktBase(t *testing.T) {
	_, p := segmenters(t)
	var sc punktScratch
	text := "Ana Ruiz left. Dale Finch stayed."
	assert.Equal(t, []int{-1, 10, 25}, p.starts([]int{-1}, text, 10, &sc))
}

// FuzzPunkt compares punkt with prose's Segmenter on any text.
func FuzzPunkt(f *testing.F) {
	for _, s := range oddParagraphs(30) {
		f.Add(s)
	}
	f.Add("Mr. Ana Ruiz (D-Ore.) said... “Yes.” No. 5. J. R. Finch?! Yes.")
	seg, p := segmenters(f)
	f.Fuzz(func(t *testing.T, text string) {
		var sc punktScratch
		assert.Equal(t, proseStarts(seg, text), p.starts(nil, text, 0, &sc), "%q", text)
	})
}

// BenchmarkPunkt measures punkt against prose's Segmenter on the seeds'
// paragraphs.
func BenchmarkPunkt(b *testing.B) {
	seg, p := segmenters(b)
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	var paras []string
	size := 0
	for _, path := range paths {
		t, err := os.ReadFile(path)
		require.NoError(b, err)
		for _, sp := range SplitParagraphs(string(t)) {
			paras = append(paras, sp.In(string(t)))
			size += sp.End - sp.Start
		}
	}
	b.Run("punkt", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		var sc punktScratch
		var dst []int
		for b.Loop() {
			for _, para := range paras {
				dst = p.starts(dst[:0], para, 0, &sc)
			}
		}
	})
	b.Run("prose", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, para := range paras {
				seg.Segment(para)
			}
		}
	})
}
