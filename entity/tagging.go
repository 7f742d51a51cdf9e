package entity

// modelSpans runs the sequence model over the body, sentence by sentence,
// and returns its spans with their labels (PER, ORG, LOC, MISC).
func (f *mentionFinder) modelSpans() []rawSpan {
	texts := make([][]string, len(f.ws.sents))
	tags := make([][]string, len(f.ws.sents))
	n := 0
	for _, sr := range f.ws.sents {
		n += sr.last - sr.first
	}
	// One backing array each for all sentences: the three-index slices
	// keep every sentence's capacity to its own words.
	flatTexts, flatTags := make([]string, 0, n), make([]string, 0, n)
	for i, sr := range f.ws.sents {
		at := len(flatTexts)
		for _, w := range f.ws.w[sr.first:sr.last] {
			flatTexts = append(flatTexts, w.norm)
			flatTags = append(flatTags, w.tag)
		}
		end := len(flatTexts)
		if end > at {
			texts[i], tags[i] = flatTexts[at:end:end], flatTags[at:end:end]
		}
	}
	labels := f.tagger.tag(texts, tags)
	var out []rawSpan
	for i, sr := range f.ws.sents {
		if i >= len(labels) {
			break
		}
		ls := labels[i]
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
	}
	for i, s := range out {
		if s.b-s.a > maxNameWords {
			out[i].b = s.a + maxNameWords
		}
	}
	return out
}
