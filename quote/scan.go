package quote

import "github.com/sayso/sayso/corpus"

// maxDepth bounds the stack of open quotations in a paragraph, so that a
// paragraph of nothing but opening marks stays linear.
const maxDepth = 32

// opener is an opening mark waiting for its closing mark.
type opener struct {
	pos, end int // the opening mark; pos == end when the mark was lost
	r        rune
	fam      family
	weak     bool          // a ’ used as an opening mark: dropped unless paired
	para     int           // paragraph where it opened
	from     int           // start of the content in the current paragraph
	parts    []corpus.Span // content of earlier paragraphs
}

// raw is a found quotation before sorting, depths and scare flags.
type raw struct {
	q   Quote
	fam family
}

// scanner pairs quotation marks paragraph by paragraph. It is used by one
// call of Find and is not safe for concurrent use.
type scanner struct {
	text      string
	paras     []para
	out       []raw
	marks     []mark   // scratch: the current paragraph's marks
	stack     []opener // the current paragraph's open quotations
	kids      []int    // scratch: indexes into out
	k         int      // current paragraph
	paraOut   int      // index in out of the current paragraph's first quotation
	sawDouble bool     // a double mark was seen in the current paragraph
}

func (s *scanner) run() {
	var carry *opener
	for k := range s.paras {
		if s.paras[k].skip {
			continue // continued never carries a quotation into one
		}
		carry = s.paragraph(k, carry)
	}
}

// paragraph pairs the marks of paragraph k, carry being a quotation
// continued from the previous paragraph, and returns the quotation to
// continue into the next one, if any.
func (s *scanner) paragraph(k int, carry *opener) *opener {
	p := s.paras[k]
	s.k, s.paraOut, s.sawDouble = k, len(s.out), false
	s.stack = s.stack[:0]
	from := p.Start
	if carry != nil {
		s.stack = append(s.stack, *carry)
		from = carry.from // past the repeated opening mark
	}
	s.marks = collect(s.marks[:0], s.text, p.Start, p.End)
	for i := range s.marks {
		m := &s.marks[i]
		if m.pos < from {
			continue
		}
		if m.fam == double {
			s.double(m)
			s.sawDouble = true
		} else {
			s.single(m)
		}
	}
	return s.endParagraph(k)
}

// nearestDouble returns the index in the stack of the innermost open double
// quotation, or -1.
func (s *scanner) nearestDouble() int {
	for i := len(s.stack) - 1; i >= 0; i-- {
		if s.stack[i].fam == double {
			return i
		}
	}
	return -1
}

func (s *scanner) double(m *mark) {
	nd := s.nearestDouble()
	top := rune(0)
	if nd >= 0 {
		top = s.stack[nd].r
	}
	switch m.r {
	case '“', '‟': // opens, but closes „ (German) or when not placed to open
		if nd >= 0 && !m.open {
			s.closeAt(nd, m)
		} else if m.next { // a space may follow: “ … and so on”
			s.push(m, false)
		}
	case '„':
		if !m.nextSpace {
			s.push(m, false)
		}
	case '«': // French spacing allowed; closes a reversed »…«
		if nd >= 0 && top == '»' && m.close && !m.open {
			s.closeAt(nd, m)
		} else if m.next {
			s.push(m, false)
		}
	case '”', '»': // closes; opens Swedish ”…” and reversed »…«
		switch {
		case nd >= 0:
			s.closeAt(nd, m)
		case m.open && !m.close:
			s.push(m, false)
		default:
			s.stray(m)
		}
	case '"':
		switch {
		case m.open && !m.close && !(nd >= 0 && m.afterPunct):
			s.push(m, false)
		case m.close && !m.open:
			if nd >= 0 {
				s.closeAt(nd, m)
			} else {
				s.stray(m)
			}
		case nd >= 0:
			s.closeAt(nd, m)
		case m.next: // spaced out: said: " We agree."
			s.push(m, false)
		}
	}
}

func (s *scanner) single(m *mark) {
	if m.apos {
		return
	}
	ns, top := -1, rune(0)
	if n := len(s.stack); n > 0 && s.stack[n-1].fam == single {
		ns, top = n-1, s.stack[n-1].r
	}
	canClose := ns >= 0 && m.close && !(m.weak && m.defer_)
	switch m.r {
	case '‘', '‛': // opens, but closes ‚ (German) or when placed as a closer
		if ns >= 0 && (m.close && !m.open || top == '‚' && !m.open) {
			s.closeAt(ns, m)
		} else if m.open {
			s.push(m, false)
		}
	case '‚': // also a comma look-alike: only after white space
		if m.open && m.prevSpace {
			s.push(m, false)
		}
	case '‹':
		if ns >= 0 && top == '›' && m.close && !m.open {
			s.closeAt(ns, m)
		} else if m.next {
			s.push(m, false)
		}
	case '›':
		switch {
		case ns >= 0:
			s.closeAt(ns, m)
		case m.open && !m.close:
			s.push(m, false)
		}
	case '’':
		switch {
		case canClose:
			s.closeAt(ns, m)
		case m.open && !m.close:
			s.push(m, true)
		}
	case '\'':
		switch {
		case m.open && !m.close:
			s.push(m, false)
		case canClose && !m.open:
			s.closeAt(ns, m)
		}
	}
}

func (s *scanner) push(m *mark, weak bool) {
	if len(s.stack) >= maxDepth {
		return
	}
	s.stack = append(s.stack, opener{pos: m.pos, end: m.end, r: m.r, fam: m.fam, weak: weak, para: s.k, from: m.end})
}

// closeAt closes the quotation at stack index i with mark m. Single
// quotations opened inside it and still open are dropped: their marks
// were apostrophes or typos.
func (s *scanner) closeAt(i int, m *mark) {
	o := s.stack[i]
	s.stack = s.stack[:i]
	s.emit(&o, m.pos, m)
}

// emit records the quotation o, its content ending at contentEnd, closed
// by mark c, or unclosed when c is nil. A quotation with no content is
// dropped.
func (s *scanner) emit(o *opener, contentEnd int, c *mark) {
	parts := o.parts
	if part := trim(s.text, o.from, contentEnd); part.Len() > 0 {
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		return
	}
	q := Quote{
		Span:      corpus.Span{Start: o.pos},
		Inner:     corpus.Span{Start: parts[0].Start, End: parts[len(parts)-1].End},
		Parts:     parts,
		Open:      s.text[o.pos:o.end],
		Paragraph: o.para,
	}
	if c != nil {
		q.Close, q.Span.End = s.text[c.pos:c.end], c.end
	} else {
		q.Unclosed, q.Span.End = true, q.Inner.End
	}
	s.out = append(s.out, raw{q: q, fam: o.fam})
}
