package quote

import (
	"slices"
	"unicode/utf8"

	"github.com/sayso/sayso/internal/ortho"
)

// endParagraph settles the quotations still open at the end of paragraph
// k (see Find, # Recovery) and returns the one that continues into
// the next paragraph, if any.
func (s *scanner) endParagraph(k int) *opener {
	p := s.paras[k]
	var doubles []int
	for i := range s.stack {
		if s.stack[i].fam == double {
			doubles = append(doubles, i)
		}
	}
	if len(doubles) == 0 {
		return s.endSingle(k)
	}
	outerEnds := false
	if o := &s.stack[0]; o.fam == single && o.pos < p.Start {
		s.emit(o, p.End, nil) // a continued single quotation ends here
		outerEnds = true
	}
	for j, i := range doubles {
		o := &s.stack[i]
		limit, later := p.End, j+1 < len(doubles)
		if later {
			limit = s.stack[doubles[j+1]].pos
		}
		kids := s.children(o.from, limit)
		if end, ok := s.cueInside(o.from, limit, kids); ok {
			s.emit(o, end, nil)
			continue
		}
		if later {
			s.emit(o, limit, nil)
			continue
		}
		if at, ok := s.flatten(o, kids); ok {
			s.emit(o, at, nil)
			continue
		}
		if !outerEnds { // inside a quotation that ends here, it ends too
			if c := s.continued(o, k); c != nil {
				return c
			}
		}
		s.emit(o, p.End, nil)
	}
	return nil
}

// endSingle settles a paragraph whose open quotations are all single: the
// outermost one that was not a ’ used as an opening mark is kept when a
// speech cue ends it, when the next paragraph continues it, when it was
// continued from the previous paragraph, or when it starts the paragraph
// (or follows a colon) with a capital letter.
func (s *scanner) endSingle(k int) *opener {
	i := slices.IndexFunc(s.stack, func(o opener) bool { return !o.weak })
	if i < 0 {
		return nil
	}
	o := &s.stack[i]
	p := s.paras[k]
	if end, ok := s.cueInside(o.from, p.End, s.children(o.from, p.End)); ok {
		s.emit(o, end, nil)
		return nil
	}
	if c := s.continued(o, k); c != nil {
		return c
	}
	if o.pos < p.Start {
		s.emit(o, p.End, nil) // continued from the previous paragraph
		return nil
	}
	before := trim(s.text, p.Start, o.pos)
	if (before.Len() == 0 || s.text[before.End-1] == ':') && ortho.Capitalized(s.text[o.end:p.End]) {
		s.emit(o, p.End, nil)
	}
	return nil
}

// continued returns o carried into paragraph k+1 when that paragraph
// starts with an opening mark of o's family, or nil.
func (s *scanner) continued(o *opener, k int) *opener {
	if o.weak || k+1 >= len(s.paras) || s.paras[k+1].skip {
		return nil
	}
	np := s.paras[k+1]
	t := trim(s.text, np.Start, np.End)
	if t.Len() == 0 {
		return nil
	}
	m, ok := markAt(s.text, t.Start, t.End, t.Start)
	if !ok || m.fam != o.fam || !m.open || m.apos || style(m.r) != style(o.r) {
		return nil
	}
	c := *o
	if part := trim(s.text, o.from, s.paras[k].End); part.Len() > 0 {
		c.parts = append(slices.Clip(c.parts), part)
	}
	c.from = m.end
	return &c
}

// children returns the indexes in out of the quotations of the current
// paragraph that open in [from, limit), by start.
func (s *scanner) children(from, limit int) []int {
	s.kids = s.kids[:0]
	for i := s.paraOut; i < len(s.out); i++ {
		if st := s.out[i].q.Span.Start; st >= from && st < limit {
			s.kids = append(s.kids, i)
		}
	}
	slices.SortFunc(s.kids, func(a, b int) int { return s.out[a].q.Span.Start - s.out[b].q.Span.Start })
	return s.kids
}

// cueInside looks in text[from:limit], outside the quotations kids, for
// punctuation followed by a speech cue (We will win, he said.) and returns
// the end of that punctuation.
func (s *scanner) cueInside(from, limit int, kids []int) (int, bool) {
	next := 0
	for i := from; i < limit; i++ {
		for next < len(kids) && s.out[kids[next]].q.Span.End <= i {
			next++
		}
		if next < len(kids) && s.out[kids[next]].q.Span.Start <= i {
			i = s.out[kids[next]].q.Span.End - 1
			continue
		}
		if c := s.text[i]; (c == ',' || c == '?' || c == '!') && cueClause(s.text, i+1, limit) {
			return i + 1, true
		}
	}
	return 0, false
}

// flatten returns where to end the unclosed quotation o when it holds a
// double quotation that looks like a quotation of its own: one that begins
// a new sentence or is followed by a speech cue.
func (s *scanner) flatten(o *opener, kids []int) (int, bool) {
	end := -1
	for _, i := range kids {
		q := &s.out[i].q
		if q.Span.Start < end {
			continue // nested in an earlier child
		}
		end = q.Span.End
		if s.out[i].fam != double {
			continue
		}
		// Only the white space just before the child is read, which keeps
		// this linear however many children there are.
		before := trimRight(s.text, o.from, q.Span.Start)
		if before == o.from {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(s.text[o.from:before])
		if last == '.' || last == '?' || last == '!' || cueAfter(s.text, q, s.paras[s.k].End) {
			return q.Span.Start, true
		}
	}
	return 0, false
}

// endsPhrase reports whether r ends a quoted phrase before a cue.
func endsPhrase(r rune) bool {
	switch r {
	case ',', '.', '?', '!', '…':
		return true
	}
	return false
}

// stray handles a closing double mark with no opener. When it is the
// paragraph's first double mark, ends a phrase (.,?! before it or a comma
// after it) and a speech cue follows, the opening mark was lost and the
// quotation runs from the paragraph's start. Otherwise the mark is ignored.
func (s *scanner) stray(m *mark) {
	if len(s.stack) > 0 || s.sawDouble {
		return
	}
	p := s.paras[s.k]
	inner := trim(s.text, p.Start, m.pos)
	if inner.Len() == 0 {
		return
	}
	last, _ := utf8.DecodeLastRuneInString(s.text[inner.Start:inner.End])
	after := m.end
	comma := after < p.End && s.text[after] == ','
	if comma {
		after++
	}
	if !comma && !endsPhrase(last) || !cueClause(s.text, after, p.End) {
		return
	}
	o := opener{pos: inner.Start, end: inner.Start, fam: double, para: s.k, from: inner.Start}
	s.emit(&o, m.pos, m)
}
