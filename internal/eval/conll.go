package eval

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/entity/model"
)

// CoNLLType maps a sayso entity type to CoNLL-2003's, as [entity.Type.CoNLL]
// does: PERSON to PER, ORG to ORG, GPE, LOC and FAC to LOC, and everything
// else (NORP, MISC) to MISC.
func CoNLLType(t entity.Type) string { return t.CoNLL() }

// hasWordChar reports whether s holds a letter or a digit.
func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// CoNLLText lays a CoNLL document out as an article: one sentence per line,
// tokens separated by one space. It returns the text and the byte span of
// every token, sentence by sentence.
func CoNLLText(d model.Document) (string, [][]corpus.Span) {
	var b strings.Builder
	spans := make([][]corpus.Span, len(d.Sentences))
	for i, s := range d.Sentences {
		spans[i] = make([]corpus.Span, len(s))
		for j, t := range s {
			if j > 0 {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(t.Text)
			spans[i][j] = corpus.Span{Start: start, End: b.Len()}
		}
		b.WriteByte('\n')
	}
	return b.String(), spans
}

// RecognizeCoNLL runs r over d, laid out by [CoNLLText], and returns IOB2
// labels for d's tokens with the types mapped by [CoNLLType]: the whole
// recognizer (model, gazetteer typing, merging) as CoNLL scores it. A
// mention labels every token it overlaps; a token that holds more than
// the mention (a name in a hyphenated word: "Bergamo-based") is MISC, as
// CoNLL tags words derived from names; where mentions overlap, the earlier
// one wins.
func RecognizeCoNLL(ctx context.Context, r *entity.Recognizer, d model.Document) ([][]string, error) {
	text, spans := CoNLLText(d)
	doc, err := corpus.Parse(ctx, &corpus.Article{Text: text})
	if err != nil {
		return nil, fmt.Errorf("eval: conll: %w", err)
	}
	ents, err := r.Recognize(ctx, doc)
	if err != nil {
		return nil, fmt.Errorf("eval: conll: %w", err)
	}
	type at struct{ sent, tok int }
	var flat []at // every token, in text order
	labels := make([][]string, len(spans))
	for i, ss := range spans {
		labels[i] = make([]string, len(ss))
		for j := range ss {
			labels[i][j] = "O"
			flat = append(flat, at{i, j})
		}
	}
	span := func(a at) corpus.Span { return spans[a.sent][a.tok] }
	for _, e := range ents {
		typ := CoNLLType(e.Type)
		for _, m := range e.Mentions {
			// The tokens the mention overlaps, all in one sentence and
			// still unlabelled.
			k, _ := slices.BinarySearchFunc(flat, m.Start, func(a at, off int) int { return cmp.Compare(span(a).End, off+1) })
			var toks []at
			for ; k < len(flat) && span(flat[k]).Start < m.End; k++ {
				toks = append(toks, flat[k])
			}
			free := len(toks) > 0
			for _, a := range toks {
				free = free && a.sent == toks[0].sent && labels[a.sent][a.tok] == "O"
			}
			t := typ
			if first, last := span(toks[0]), span(toks[len(toks)-1]); free &&
				(hasWordChar(text[first.Start:max(first.Start, m.Start)]) || hasWordChar(text[min(last.End, m.End):last.End])) {
				// A name inside a longer word ("Bergamo-based",
				// "ex-England"): CoNLL tags the word MISC. A full stop
				// left out ("Corp.") changes nothing.
				t = "MISC"
			}
			for k, a := range toks {
				switch {
				case !free:
				case k == 0:
					labels[a.sent][a.tok] = "B-" + t
				default:
					labels[a.sent][a.tok] = "I-" + t
				}
			}
		}
	}
	return labels, nil
}
