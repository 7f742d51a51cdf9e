package quote

import (
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
)

// Quote is one quotation in an article's text: a stretch between paired
// quotation marks, or one recovered when a mark is missing.
//
// Every span is a byte range into the Document's Text.
type Quote struct {
	// Span runs from the opening mark to the closing mark inclusive. For a
	// quotation over several paragraphs it runs from the first opening mark
	// to the final closing mark, or to the end of the last paragraph's
	// content when the quotation never closes.
	Span corpus.Span
	// Inner is the content without the enclosing marks, trimmed of white
	// space. Over several paragraphs it also covers the paragraph breaks and
	// the repeated opening marks between the parts.
	Inner corpus.Span
	// Parts holds the content of each paragraph of the quotation, trimmed;
	// a one-paragraph quotation has one part, equal to Inner.
	Parts []corpus.Span
	// Open and Close are the marks as written ("“", "”", "\"", "'", "«"...).
	// Close is "" when the closing mark is missing (Unclosed), and Open is ""
	// when the opening mark is missing (see Find).
	Open, Close string
	// Depth is 0 for a quotation at top level, 1 for one nested inside
	// another, and so on.
	Depth int
	// Unclosed is true when the closing mark was missing and the quotation
	// was ended by local recovery (see Find).
	Unclosed bool
	// Scare is true for a short quoted term or name rather than a statement
	// (a “humanitarian pause”). It is a hint: whether such a fragment is part
	// of a reported statement is for attribution to decide.
	Scare bool
	// Paragraph is the index in Document.Paragraphs of the paragraph where the
	// quotation opens.
	Paragraph int
}

// Find returns the quotations of doc's article body in text order,
// an outer quotation before those nested in it. Quotations in non-article
// regions (Document.Skipped) are left out, and so are empty ones (“”).
//
// # Marks
//
// Curly (“ ” ‘ ’), straight (" '), low (Germanic „…“ and ‚…‘) and angle
// (« » ‹ ›, either way round) marks are paired, and so are single marks
// written twice for a double one (two straight single marks or two
// backquotes, as in wire copy, and ‘‘ ’’). A straight or misused mark
// opens when a non-space follows and white space, an opening bracket, a
// dash, : ; , or the paragraph's start precedes; it closes when a
// non-space precedes and white space, punctuation or the paragraph's end
// follows; otherwise it closes an open quotation or opens one. Any double closing mark closes any double
// opening mark, so mixed curly and straight marks pair. A straight mark
// after = or before > is markup (<a href="x">), not a quotation mark.
//
// A single mark (’ ' ‘) is a quotation mark only when it pairs. Inside a
// word (don’t, Ba’ath, o’clock) or before an elided word or a decade (’em,
// ’n’, ’90s, ’tis) it is an apostrophe; after a word's final s and before
// another word (students’ union) it closes a quotation only when no plain
// closing mark follows before the next opening one. Single quotations nest
// inside double ones and stand alone (British style); a single mark never
// closes across an open double quotation.
//
// # Paragraphs
//
// A quotation left open at the end of a paragraph continues when the next
// paragraph starts with an opening mark of the same family and drawing
// (curly, straight, low or angle), the newspaper convention; it becomes one
// Quote with one part per paragraph.
//
// # Recovery
//
// A missing closing mark never swallows more than the rest of its
// paragraph. A double quotation still open at a paragraph's end, and not
// continued, ends with Unclosed set:
//   - after the , ? or ! before a speech cue inside it, as in
//     “We will win, he said. (ended after "win,");
//   - before a later double quotation still open in the same paragraph;
//   - before a nested double quotation that begins a new sentence or is
//     followed by its own cue (“A. “B,” she said), which then stands alone;
//   - otherwise at the paragraph's end.
//
// An unclosed single quotation is kept only when a speech cue ends it, the
// next paragraph continues it, or it starts its paragraph (or follows a
// colon) with a capital letter; otherwise its mark is taken for an
// apostrophe. A closing double mark with no opener is ignored, except when
// it is the paragraph's first double mark, ends a phrase (, . ? ! before
// it or a comma after it) and is followed by a speech cue (We are close,”
// he said.): then the article lost the opening mark, and the quotation runs
// from the paragraph's start with Open "".
//
// # Scare quotes
//
// Scare is set when the content has at most four words (six after a
// determiner, possessive or adjective) and no clause (two words: an
// auxiliary, or a pronoun and a verb; more: a finite verb, by
// part-of-speech tag when the document is tagged), contains no ? or ! and
// no sentence break, ends with no period unless the quotation is
// mid-sentence (American style: was “coming.”), follows no speech verb or
// colon, is not followed by , ? or ! and a speech cue, and is not a
// paragraph on its own.
//
// Find never panics; malformed paragraphs (out of range, overlapping,
// not on rune boundaries) are skipped. It runs in time linear in the text.
// It is safe for concurrent use.
func Find(doc *corpus.Document) []Quote {
	if doc == nil || doc.Text == "" {
		return nil
	}
	s := &scanner{text: doc.Text, paras: paragraphs(doc)}
	s.run()
	if len(s.out) == 0 {
		return nil
	}
	regions := newRegionIndex(doc.Text, doc.Regions)
	out := make([]Quote, 0, len(s.out))
	for _, r := range s.out {
		if !regions.overlaps(r.q.Span) {
			out = append(out, r.q)
		}
	}
	slices.SortStableFunc(out, func(a, b Quote) int {
		if a.Span.Start != b.Span.Start {
			return a.Span.Start - b.Span.Start
		}
		return b.Span.End - a.Span.End
	})
	setDepths(out)
	for i := range out {
		out[i].Scare = isScare(doc, s.paras, &out[i])
	}
	return out
}

// para is a paragraph as Find reads it, at the same index as in
// Document.Paragraphs, skip set when it is not to be read.
type para struct {
	corpus.Span
	skip bool
}

// paragraphs returns doc's paragraphs, marking skipped those in
// non-article regions and those whose spans are malformed. A document with
// text but no paragraphs is split at line breaks.
func paragraphs(doc *corpus.Document) []para {
	text := doc.Text
	if len(doc.Paragraphs) == 0 {
		spans := corpus.SplitParagraphs(text)
		out := make([]para, len(spans))
		for i, p := range spans {
			out[i] = para{Span: p, skip: doc.Skipped(p)}
		}
		return out
	}
	out := make([]para, len(doc.Paragraphs))
	prevEnd := 0
	for i, p := range doc.Paragraphs {
		ok := p.Start >= prevEnd && p.Start <= p.End && p.End <= len(text) &&
			runeBoundary(text, p.Start) && runeBoundary(text, p.End)
		out[i] = para{Span: p.Span, skip: p.Skip || !ok}
		if ok {
			prevEnd = p.End
		}
	}
	return out
}

// runeBoundary reports whether byte i of text starts a rune or ends the text.
func runeBoundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

// setDepths sets each quote's Depth from containment. quotes must be sorted
// by start, longer first.
func setDepths(quotes []Quote) {
	var stack []corpus.Span
	for i := range quotes {
		sp := quotes[i].Span
		for len(stack) > 0 && !stack[len(stack)-1].Contains(sp) {
			stack = stack[:len(stack)-1]
		}
		quotes[i].Depth = len(stack)
		stack = append(stack, sp)
	}
}

// regionIndex answers whether a span overlaps any region in logarithmic
// time: regions sorted by start, with the running maximum of their ends.
type regionIndex struct {
	starts []int
	maxEnd []int
}

func newRegionIndex(text string, regions []corpus.Region) regionIndex {
	var spans []corpus.Span
	for _, r := range regions {
		if r.Start < r.End {
			spans = append(spans, r.Span)
		}
	}
	slices.SortFunc(spans, func(a, b corpus.Span) int { return a.Start - b.Start })
	ix := regionIndex{starts: make([]int, len(spans)), maxEnd: make([]int, len(spans))}
	m := 0
	for i, s := range spans {
		m = max(m, s.End)
		ix.starts[i], ix.maxEnd[i] = s.Start, m
	}
	return ix
}

// overlaps reports whether s overlaps a region: some region starting before
// s ends must end after s starts.
func (ix regionIndex) overlaps(s corpus.Span) bool {
	k := sort.SearchInts(ix.starts, s.End) // regions [0,k) start before s.End
	return k > 0 && ix.maxEnd[k-1] > s.Start
}
