package corpus

import (
	"fmt"
	"unicode/utf8"
)

// checkDocument verifies the layout invariants of d and returns the first
// violation, or nil: every span locates its text, spans are ordered and in
// bounds, sentences lie in their paragraph, tokens in their sentence, no
// token cuts a rune, regions are sorted and disjoint, and the metadata
// keeps the invariants of checkMeta.
func checkDocument(d *Document) error {
	text := d.Text
	inBounds := func(s Span) bool { return 0 <= s.Start && s.Start < s.End && s.End <= len(text) }
	prev := 0
	for i, t := range d.Tokens {
		if !inBounds(t.Span) || text[t.Start:t.End] != t.Text {
			return fmt.Errorf("token %d %+v does not locate %q", i, t.Span, t.Text)
		}
		if t.Start < prev {
			return fmt.Errorf("token %d starts at %d before %d", i, t.Start, prev)
		}
		prev = t.End
		if !utf8.ValidString(t.Text) {
			return fmt.Errorf("token %d %q holds invalid UTF-8", i, t.Text)
		}
		if t.Sentence < 0 || t.Sentence >= len(d.Sentences) || !d.Sentences[t.Sentence].Contains(t.Span) {
			return fmt.Errorf("token %d %q is outside its sentence %d", i, t.Text, t.Sentence)
		}
	}
	prev = 0
	for i, s := range d.Sentences {
		if !inBounds(s.Span) || s.Start < prev {
			return fmt.Errorf("sentence %d %+v out of order or bounds", i, s.Span)
		}
		prev = s.End
		if s.Paragraph < 0 || s.Paragraph >= len(d.Paragraphs) || !d.Paragraphs[s.Paragraph].Contains(s.Span) {
			return fmt.Errorf("sentence %d is outside its paragraph %d", i, s.Paragraph)
		}
		if s.First >= s.Last || s.Last > len(d.Tokens) {
			return fmt.Errorf("sentence %d has token range [%d,%d)", i, s.First, s.Last)
		}
		if d.Tokens[s.First].Start != s.Start || d.Tokens[s.Last-1].End != s.End {
			return fmt.Errorf("sentence %d does not start and end on its tokens", i)
		}
		for k := s.First; k < s.Last; k++ {
			if d.Tokens[k].Sentence != i {
				return fmt.Errorf("token %d claims sentence %d, not %d", k, d.Tokens[k].Sentence, i)
			}
		}
	}
	prev = 0
	for i, p := range d.Paragraphs {
		if !inBounds(p.Span) || p.Start < prev {
			return fmt.Errorf("paragraph %d %+v out of order or bounds", i, p.Span)
		}
		prev = p.End
		if p.First > p.Last || p.Last > len(d.Sentences) {
			return fmt.Errorf("paragraph %d has sentence range [%d,%d)", i, p.First, p.Last)
		}
		for k := p.First; k < p.Last; k++ {
			if d.Sentences[k].Paragraph != i {
				return fmt.Errorf("sentence %d claims paragraph %d, not %d", k, d.Sentences[k].Paragraph, i)
			}
		}
	}
	prev = 0
	for i, r := range d.Regions {
		if !inBounds(r.Span) || r.Start < prev {
			return fmt.Errorf("region %d %+v out of order, overlapping or out of bounds", i, r.Span)
		}
		prev = r.End
		if r.Kind == "" {
			return fmt.Errorf("region %d has no kind", i)
		}
	}
	return checkMeta(text, d.Meta)
}
