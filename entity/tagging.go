package entity

import (
	"slices"

	"github.com/sayso/sayso/entity/model"
)

// modelSpans runs the sequence model over the body, in windows of whole
// sentences (see modelWindow), and returns its spans with their labels
// (PER, ORG, LOC, MISC), appended to out.
func (f *mentionFinder) modelSpans(out []rawSpan) []rawSpan {
	sc := &f.ws.scratch
	doc, flat := sc.sentences, sc.tokens
	// used is the most tokens a window filled, which are cleared once
	// done: the pooled scratch must not keep the document alive.
	used := 0
	defer func() {
		clear(flat[:used])
		clear(doc[:cap(doc)])
		sc.sentences, sc.tokens = doc[:0], flat[:0]
	}()
	sents := f.ws.sents
	for lo := 0; lo < len(sents) && !f.poll.Check(); {
		// A window of whole sentences, its words in one backing array:
		// the three-index slices keep every sentence's capacity to its
		// own words.
		hi, n := lo, 0
		for ; hi < len(sents) && (hi == lo || n+sents[hi].last-sents[hi].first <= modelWindow); hi++ {
			n += sents[hi].last - sents[hi].first
		}
		doc, flat = doc[:0], slices.Grow(flat[:0], n)
		for _, sr := range sents[lo:hi] {
			at := len(flat)
			for i := sr.first; i < sr.last; i++ {
				w := &f.ws.w[i]
				flat = append(flat, model.Token{Text: w.norm, POS: w.tag})
			}
			end := len(flat)
			doc = append(doc, model.Sentence(flat[at:end:end]))
		}
		used = max(used, len(flat))
		labels := f.tagger.tag(doc)
		for i, sr := range sents[lo:hi] {
			if i >= len(labels) {
				break
			}
			out = appendLabelSpans(out, sr, labels[i])
		}
		lo = hi
	}
	for i, s := range out {
		if s.b-s.a > maxNameWords {
			out[i].b = s.a + maxNameWords
		}
	}
	return out
}

// modelWindow is the most words the model labels at once (about 80 KB of
// news). Its document features (how a word is written elsewhere in the
// text) gain little from more, while its memory grows with the window: a
// longer document is labelled in windows of whole sentences.
const modelWindow = 1 << 14

// appendLabelSpans appends the mentions that the IOB2 labels ls of the
// words of sentence sr mark.
func appendLabelSpans(out []rawSpan, sr sentenceRange, ls []string) []rawSpan {
	start, typ := -1, ""
	flush := func(end int) {
		if start >= 0 {
			out = append(out, rawSpan{a: sr.first + start, b: sr.first + end, label: typ})
		}
		start, typ = -1, ""
	}
	for j := 0; j < sr.last-sr.first && j < len(ls); j++ {
		l := ls[j]
		switch {
		case len(l) > 2 && l[0] == 'B', len(l) > 2 && l[0] == 'I' && (start < 0 || l[2:] != typ):
			flush(j)
			start, typ = j, l[2:]
		case len(l) > 2 && l[0] == 'I':
		default:
			flush(j)
		}
	}
	flush(min(sr.last-sr.first, len(ls)))
	return out
}
