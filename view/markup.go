package view

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// Levels say how elements nest: a lower level is the outer element.
const (
	levelPara    = iota // <p>
	levelClaim          // a claim's content
	levelCue            // a claim's cue or its source's words
	levelMention        // an entity mention
)

// span is one element to wrap around text[start:end].
type span struct {
	start, end int
	level      int
	// first opens the element's first piece, rest its later pieces when
	// an outer element splits it (only the first has the id, say).
	first, rest string
	// close ends every piece.
	close string
}

// htmlEscaper escapes text for element content and quoted attributes.
// Like html/template, it turns NUL, which HTML drops, into U+FFFD.
var htmlEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;", "\x00", "\uFFFD")

// escape returns s escaped for element content and quoted attributes.
func escape(s string) string { return htmlEscaper.Replace(s) }

// markup writes text to b as HTML with the spans' elements around it, in
// one pass over the text from the spans' sorted boundaries. Elements nest
// by level, then by start (the earlier outer), then by end (the longer
// outer): when a span starts or ends inside another that must hold it,
// the inner elements are closed and opened again, so the markup is always
// well formed. Text outside every paragraph span is written bare, and no
// element but a paragraph is open there. Empty, inverted and out-of-range
// spans are dropped. spans is reordered.
func markup(b *strings.Builder, text string, spans []span) {
	spans = slices.DeleteFunc(spans, func(s span) bool {
		return s.start < 0 || s.end > len(text) || s.start >= s.end
	})
	outer := func(a, b *span) int {
		return cmp.Or(cmp.Compare(a.level, b.level), cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	}
	// Sorting by start, then as the elements nest, lets the sweep take
	// each span once; ends are found among the open spans, which are few.
	slices.SortStableFunc(spans, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.start, b.start), outer(&a, &b))
	})
	opened := make([]bool, len(spans))
	var active, want, stack []int
	next := 0 // the next span to start
	for pos := 0; pos < len(text); {
		active = slices.DeleteFunc(active, func(i int) bool { return spans[i].end <= pos })
		for ; next < len(spans) && spans[next].start <= pos; next++ {
			active = append(active, next)
		}
		want = append(want[:0], active...)
		slices.SortFunc(want, func(i, j int) int { return cmp.Or(outer(&spans[i], &spans[j]), cmp.Compare(i, j)) })
		if len(want) > 0 && spans[want[0]].level != levelPara {
			want = want[:0] // between paragraphs
		}
		keep := 0
		for keep < len(stack) && keep < len(want) && stack[keep] == want[keep] {
			keep++
		}
		for k := len(stack) - 1; k >= keep; k-- {
			b.WriteString(spans[stack[k]].close)
		}
		for _, i := range want[keep:] {
			if opened[i] {
				b.WriteString(spans[i].rest)
			} else {
				b.WriteString(spans[i].first)
				opened[i] = true
			}
		}
		stack = append(stack[:keep], want[keep:]...)

		end := len(text)
		if next < len(spans) {
			end = spans[next].start
		}
		for _, i := range active {
			end = min(end, spans[i].end)
		}
		htmlEscaper.WriteString(b, text[pos:end])
		pos = end
	}
	for k := len(stack) - 1; k >= 0; k-- {
		b.WriteString(spans[stack[k]].close)
	}
}

// paragraphs returns the spans of the blank-line separated blocks of
// text, each without the white space at its ends.
func paragraphs(text string) [][2]int {
	var ps [][2]int
	start := -1 // start of the current block, -1 between blocks
	last := 0   // end of the block's last non-blank line
	for pos := 0; pos < len(text); {
		eol := strings.IndexByte(text[pos:], '\n')
		if eol < 0 {
			eol = len(text)
		} else {
			eol += pos
		}
		line := text[pos:eol]
		lead := len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace))
		if lead == len(line) {
			if start >= 0 {
				ps = append(ps, [2]int{start, last})
				start = -1
			}
		} else {
			if start < 0 {
				start = pos + lead
			}
			last = pos + len(strings.TrimRightFunc(line, unicode.IsSpace))
		}
		pos = eol + 1
	}
	if start >= 0 {
		ps = append(ps, [2]int{start, last})
	}
	return ps
}
