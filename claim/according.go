package claim

import (
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/quote"
)

// accordingTo builds the candidate for "according to X" at token i of
// sentence si: "C, according to X" or "According to X, C".
func (r *run) accordingTo(si, i int) {
	s := r.doc.Sentences[si]
	end := r.sentContentEnd(si)
	na, nb := r.npRight(i+2, end)
	if nb <= na {
		return
	}
	// "according to X, an activist group," keeps the apposition out.
	cd := cand{kind: Indirect, cue: r.span(i, i+2), np: r.span(na, nb), how: byNP,
		origin: "according", para: r.doc.Sentences[si].Paragraph}
	// "According to X, C", also after a short opener: "In addition,
	// according to X, C".
	lead := i == s.First || i-s.First <= 4 && !r.hasVerb(s.First, i) &&
		(r.tok(i-1).Norm == "," || r.tok(i-1).Tag == "RB" || r.tok(i-1).Tag == "CC")
	switch {
	case lead:
		k := nb
		for k < end && r.tok(k).Norm != "," {
			k++
		}
		cd.content = trimReported(r.doc.Text, r.span(k+1, end))
	case r.tok(i-1).Norm == "," || isDash(r.tok(i-1).Norm):
		cd.content = r.leftContent(s.First, i-1)
	case i-s.First >= 4 && r.clauseAfter(s.First, i):
		// "Clinton leads by 271 delegates according to a count"
		cd.content = r.leftContent(s.First, i)
	default:
		return
	}
	r.finishReported(cd, i, i+2, cueInfo{lemma: "according"}, true)
}

// leftovers attributes the quotations of paragraph pi that no cue claimed:
// a quotation in a paragraph that continues a speaker's words goes to the
// previous speaker; a full sentence in quotation marks with no source is
// kept as unattributed; scare quotes and quoted names are dropped.
func (r *run) leftovers(pi int) {
	for qi, q := range r.quotes {
		if q.para != pi || r.usedQuote[qi] || q.inner.Len() == 0 {
			continue
		}
		if r.embedded(q) {
			continue
		}
		text := q.inner.In(r.doc.Text)
		if q.scare || wordCount(text) < 4 || titleCase(text) {
			continue // a title in quotation marks ("Coal Is Not the Villain") is no speech
		}
		prev := r.prevCand(q.span.Start)
		cd := cand{kind: Direct, content: q.inner, origin: "leftover", para: pi, how: byNone}
		switch {
		case prev != nil && prev.how != byNone && pi-prev.para <= 1 && (prev.kind != Indirect || prev.para == pi) &&
			r.quoteStartsSentence(q):
			cd.how = byContinuation
		case r.fillsParagraph(q):
			cd.how = byForward
		}
		r.usedQuote[qi] = true
		r.add(cd)
	}
}

// fillsParagraph reports whether a quotation is a paragraph of its own.
func (r *run) fillsParagraph(q qmark) bool {
	p := r.doc.Paragraphs[q.para]
	return q.span.Start == p.Start && p.End-q.span.End <= 2
}

// embedded reports whether a quotation lies in a claim or source already
// found.
func (r *run) embedded(q qmark) bool {
	for _, c := range r.cands {
		if c.content.Overlaps(q.inner) || c.np.Overlaps(q.span) {
			return true
		}
	}
	return false
}

// prevCand returns the candidate found last before offset pos.
func (r *run) prevCand(pos int) *cand {
	var best *cand
	for i := range r.cands {
		c := &r.cands[i]
		if c.content.Start < pos && (best == nil || c.content.Start > best.content.Start) {
			best = c
		}
	}
	return best
}

// quoteStartsSentence reports whether a quotation opens its sentence, as
// a speaker's continued words do ("The clock is ticking.").
func (r *run) quoteStartsSentence(q qmark) bool {
	i := r.tokAt(q.span.Start)
	if i >= len(r.doc.Tokens) {
		return false
	}
	s := r.doc.Sentences[r.sentOf(i)]
	return i == s.First || r.doc.Tokens[i-1].End <= s.Start || r.tok(i-1).Norm == "."
}

// findQuoteMarks returns the top-level quotations of doc in text order.
// Quotations nested in another are the speaker's report of someone else
// and are left to the outer one.
func findQuoteMarks(doc *corpus.Document) []qmark {
	var out []qmark
	for _, q := range quote.Find(doc) {
		if q.Depth > 0 || q.Inner.Len() == 0 || q.Inner.In(doc.Text) == "" {
			continue
		}
		inner := trimEnd(doc.Text, q.Inner, ",")
		if inner.Len() == 0 {
			continue
		}
		out = append(out, qmark{span: q.Span, inner: inner, raw: q.Inner, parts: q.Parts, para: q.Paragraph,
			unclosed: q.Unclosed, scare: q.Scare})
	}
	return out
}
