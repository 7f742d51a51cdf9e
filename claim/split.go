package claim

import (
	"sort"

	"github.com/sayso/sayso/corpus"
)

// byParagraph splits a direct claim that runs over several paragraphs into
// one claim per paragraph, each with the speaker, cue and rule of the
// whole: a quotation continued over paragraphs ("“A. ¶ “B.”") is read as
// news writes it, one paragraph of words at a time. Other claims come back
// as they are. It appends the claims to out, which a caller reuses from
// one claim to the next.
func byParagraph(out []Claim, doc *corpus.Document, c Claim) []Claim {
	first, ok := splitFrom(doc, c)
	if !ok {
		return append(out, c)
	}
	n := len(out)
	for pi := first; pi < len(doc.Paragraphs) && doc.Paragraphs[pi].Start < c.End; pi++ {
		p := doc.Paragraphs[pi].Span
		s := trimPunct(doc.Text, corpus.Span{Start: max(p.Start, c.Start), End: min(p.End, c.End)}, quoteMarks)
		if s.Len() == 0 || doc.Skipped(s) {
			continue
		}
		part := c
		part.Span, part.Text = s, s.In(doc.Text)
		out = append(out, part)
	}
	if len(out) == n {
		return append(out, c)
	}
	return out
}

// splitFrom returns the paragraph where a direct claim that runs over
// several paragraphs starts, and false for any other claim.
func splitFrom(doc *corpus.Document, c Claim) (int, bool) {
	if c.Kind != Direct || len(doc.Paragraphs) == 0 {
		return 0, false
	}
	first := sort.Search(len(doc.Paragraphs), func(i int) bool { return doc.Paragraphs[i].End > c.Start })
	return first, first < len(doc.Paragraphs) && doc.Paragraphs[first].End < c.End
}
