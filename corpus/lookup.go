package corpus

import "sort"

// TokenAt returns the index of the token that contains byte offset off, or
// -1 when off falls between tokens or outside the text.
func (d *Document) TokenAt(off int) int {
	return spanAt(len(d.Tokens), func(i int) Span { return d.Tokens[i].Span }, off)
}

// SentenceAt returns the index of the sentence that contains byte offset
// off, or -1.
func (d *Document) SentenceAt(off int) int {
	return spanAt(len(d.Sentences), func(i int) Span { return d.Sentences[i].Span }, off)
}

// ParagraphAt returns the index of the paragraph that contains byte offset
// off, or -1.
func (d *Document) ParagraphAt(off int) int {
	return spanAt(len(d.Paragraphs), func(i int) Span { return d.Paragraphs[i].Span }, off)
}

// RegionAt returns the non-article region that contains byte offset off and
// true, or the zero Region and false.
func (d *Document) RegionAt(off int) (Region, bool) {
	i := spanAt(len(d.Regions), func(i int) Span { return d.Regions[i].Span }, off)
	if i < 0 {
		return Region{}, false
	}
	return d.Regions[i], true
}

// SkippedAs reports whether s overlaps a region of one of the given kinds.
// Stages that still want names from captions and source lines skip only
// Comments, say; Skipped skips them all.
func (d *Document) SkippedAs(s Span, kinds ...RegionKind) bool {
	for _, r := range d.Regions[d.regionFrom(s):] {
		if r.Start >= s.End {
			break
		}
		if !r.Overlaps(s) {
			continue
		}
		for _, k := range kinds {
			if r.Kind == k {
				return true
			}
		}
	}
	return false
}

// ParagraphTokens returns the tokens of paragraph i.
func (d *Document) ParagraphTokens(i int) []Token {
	if i < 0 || i >= len(d.Paragraphs) {
		return nil
	}
	p := d.Paragraphs[i]
	if p.First >= p.Last {
		return nil
	}
	return d.Tokens[d.Sentences[p.First].First:d.Sentences[p.Last-1].Last]
}

// spanAt binary-searches n sorted, non-overlapping spans for the one that
// holds off.
func spanAt(n int, at func(int) Span, off int) int {
	i := sort.Search(n, func(i int) bool { return at(i).End > off })
	if i < n && at(i).Start <= off {
		return i
	}
	return -1
}
