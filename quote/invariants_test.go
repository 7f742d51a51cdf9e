package quote

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
)

// checkInvariants checks what must hold of any Find result: spans in
// bounds and on rune boundaries, marks where they are said to be, text
// order with outer before inner, depths matching containment, spans nested
// or disjoint, nothing in a skipped region.
func checkInvariants(t testing.TB, doc *corpus.Document, quotes []Quote) {
	t.Helper()
	text := doc.Text
	valid := utf8.ValidString(text)
	boundary := func(i int) bool { return !valid || i == len(text) || utf8.RuneStart(text[i]) }
	var open []Quote // enclosing quotations of the current one
	for i, q := range quotes {
		spans := append([]corpus.Span{q.Span, q.Inner}, q.Parts...)
		for _, s := range spans {
			require.True(t, s.Start >= 0 && s.Start <= s.End && s.End <= len(text), "quote %d span %v out of bounds", i, s)
			require.True(t, boundary(s.Start) && boundary(s.End), "quote %d span %v not on rune boundaries", i, s)
		}
		require.True(t, q.Span.Contains(q.Inner) && q.Inner.Len() > 0, "quote %d inner %v not in %v", i, q.Inner, q.Span)
		require.NotEmpty(t, q.Parts)
		require.Equal(t, q.Inner.Start, q.Parts[0].Start)
		require.Equal(t, q.Inner.End, q.Parts[len(q.Parts)-1].End)
		for j, p := range q.Parts {
			require.True(t, p.Len() > 0 && q.Inner.Contains(p), "quote %d part %v", i, p)
			if j > 0 {
				require.Greater(t, p.Start, q.Parts[j-1].End)
			}
		}
		require.Equal(t, q.Open, text[q.Span.Start:min(q.Span.Start+len(q.Open), len(text))])
		require.Equal(t, q.Close, text[max(q.Span.End-len(q.Close), 0):q.Span.End])
		require.Equal(t, q.Unclosed, q.Close == "")
		require.False(t, doc.Skipped(q.Span), "quote %d in a skipped region", i)
		if i > 0 {
			prev := quotes[i-1].Span
			require.True(t, prev.Start < q.Span.Start || prev.Start == q.Span.Start && prev.End >= q.Span.End, "quote %d out of order", i)
		}
		for len(open) > 0 && !open[len(open)-1].Span.Contains(q.Span) {
			require.False(t, open[len(open)-1].Span.Overlaps(q.Span), "quote %d crosses an earlier one", i)
			open = open[:len(open)-1]
		}
		require.Equal(t, len(open), q.Depth, "quote %d depth", i)
		require.True(t, q.Paragraph >= 0, "quote %d paragraph", i)
		if q.Paragraph < len(doc.Paragraphs) {
			require.True(t, doc.Paragraphs[q.Paragraph].Contains(corpus.Span{Start: q.Span.Start, End: q.Span.Start}), "quote %d does not open in its paragraph", i)
		}
		open = append(open, q)
	}
}

func TestFindSeeds(t *testing.T) {
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			doc := parse(t, string(b))
			quotes := Find(doc)
			checkInvariants(t, doc, quotes)
			assert.NotEmpty(t, quotes)
			for _, q := range quotes {
				t.Logf("p%d depth=%d scare=%v unclosed=%v parts=%d %s…%s %q",
					q.Paragraph, q.Depth, q.Scare, q.Unclosed, len(q.Parts), q.Open, q.Close, q.Inner.In(doc.Text))
			}
		})
	}
}

// plainDoc lays text out without the tagger: paragraphs and regions only.
func plainDoc(text string) *corpus.Document {
	doc := &corpus.Document{Text: text, Regions: corpus.FindRegions(text)}
	for _, p := range corpus.SplitParagraphs(text) {
		doc.Paragraphs = append(doc.Paragraphs, corpus.Paragraph{Span: p, Skip: doc.Skipped(p)})
	}
	return doc
}

// TestFindRandom checks the invariants on random strings made mostly
// of marks, apostrophes, punctuation and short words: a deterministic
// complement to FuzzFind.
func TestFindRandom(t *testing.T) {
	pieces := []string{"“", "”", "‘", "’", "\"", "'", "„", "‚", "«", "»", "‹", "›", "''", "``",
		" ", " ", " ", "\n\n", "\n", ",", ".", "?", ":", "(", ")", "—", "=", ">", "\u00a0",
		"we", "said", "he", "s", "n", "90", "em", "Don", "A", "students", "\xff", "é"}
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 3000 {
		b.Reset()
		for range rng.IntN(60) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		doc := plainDoc(text)
		checkInvariants(t, doc, Find(doc))
		for i := range len(text) {
			IsApostrophe(text, i)
		}
	}
}

// FuzzFind checks the invariants on arbitrary text, laid out without
// the tagger (paragraphs and regions only) to keep the fuzzer fast.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"“We are close,” he said.", "\"a\" 'b' ‘c’ „d“ ‚e‘ «f» ‹g› »h« ”i”",
		"“One.\n\n“Two.\n\n“Three,” she said.", "We lost it,” he said. “Again", "rock ’n’ roll ’90s students’ ‘x’",
		"“‘“‘", "'\xff\"\xe2\x80", "“a “b “c ” ” ”", "\u201c\u00a0\u200b\u201d", "‘’’’‘‘ ' '' \"\" “”",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := plainDoc(text)
		checkInvariants(t, doc, Find(doc))
		for i := range len(text) {
			IsApostrophe(text, i)
		}
	})
}
