package claim

import (
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
)

// directs turns the quotations of paragraph pi that have a cue beside them
// into candidates: "“…,” Okafor said", "“…,” said the minister",
// "Okafor said: “…”", and both halves of "“A,” he said, “B.”".
func (r *directFinder) directs(pi int) {
	for qi, q := range r.quotes {
		if q.para != pi || q.inner.Len() == 0 || r.usedQuote[qi] {
			continue
		}
		if c, ok := r.cueAfterQuote(q); ok {
			r.usedQuote[qi] = true
			r.add(c)
			continue
		}
		if c, ok := r.cueBeforeQuote(qi, q); ok {
			r.usedQuote[qi] = true
			r.add(c)
			r.thatAfterQuote(q, c)
		}
	}
}

// inQuote reports whether token i lies inside the content of a quotation.
func (r *view) inQuote(i int) bool {
	return i >= 0 && i < len(r.quoted) && r.quoted[i]
}

// markQuoted records which tokens lie inside a quotation's content.
func (r *view) markQuoted() {
	r.quoted = make([]bool, len(r.doc.Tokens))
	for _, q := range r.quotes {
		for i := r.tokAt(q.inner.Start); i < len(r.doc.Tokens) && r.doc.Tokens[i].End <= q.inner.End; i++ {
			r.quoted[i] = true
		}
	}
}

// paraEndTok returns the index past the last token of paragraph pi.
func (r *view) paraEndTok(pi int) int {
	p := r.doc.Paragraphs[pi]
	if p.Last > p.First && p.Last <= len(r.doc.Sentences) {
		return r.doc.Sentences[p.Last-1].Last
	}
	return r.tokAt(p.End)
}

// cueAfterQuote looks for the attribution right after a quotation's
// closing mark: "NP cue" or "cue NP", ending the sentence or followed by
// only adjuncts.
func (r *directFinder) cueAfterQuote(q qmark) (cand, bool) {
	if q.unclosed {
		return cand{}, false
	}
	if c, ok := r.dashSource(q); ok {
		return c, true
	}
	k := r.tokAt(q.span.End)
	if k >= len(r.doc.Tokens) || k == 0 {
		return cand{}, false
	}
	if o := r.tokAt(q.span.Start); r.tok(o-1).Tag == "IN" && r.sentOf(o-1) == r.sentOf(o) && titleCase(q.inner.In(r.doc.Text)) {
		return cand{}, false // "on CBS's “Face the Nation,” Ryan said": a title in a phrase
	}
	pi := r.doc.Sentences[r.sentOf(k-1)].Paragraph
	if r.doc.Sentences[r.sentOf(k)].Paragraph != pi {
		return cand{}, false // the quotation ends its paragraph
	}
	hi := min(r.paraEndTok(pi), k+30)

	// A quotation closing a quotation inside it ends in “,'”: the inner
	// mark does not hide the comma.
	inner := strings.TrimRight(q.raw.In(r.doc.Text), " '’‘")
	if r.tok(k).Norm == "," {
		k++
	} else if !hasSuffixAny(inner, ",", "?", "!", ".", "…", "—", "-") {
		return cand{}, false
	}
	stop, depth := k, 0
	for stop < hi {
		n := r.tok(stop).Norm
		switch {
		case n == "(":
			depth++
		case n == ")":
			depth--
		case depth > 0:
			// "Rep. Gwen Moore (D-Wis.) said": a full stop in brackets
		case n == "." || n == ";" || n == ":" || n == "?" || n == "!" || r.isQuoteTok(stop):
			hi = stop
		}
		if stop >= hi {
			break
		}
		stop++
	}
	last := strings.TrimRight(q.raw.In(r.doc.Text), quoteMarks+" ")
	endsSentence := strings.HasSuffix(last, ".")
	for c := k; c < stop && c-k <= 26; c++ {
		a, b, info, ok := r.cueVerb(c)
		if !ok || info.learned {
			continue // a stance verb ("endorsed") does not attribute a quotation
		}
		var np, alt corpus.Span
		if c == k {
			na, nb := r.npRight(b, stop)
			upto := stop
			if n := r.lower(nb); n == "," || n == "who" || n == "(" {
				upto = nb // "said Joseph, who has four children", "said an aide who"
			}
			if nb == na || r.clauseAfter(nb, upto) {
				continue
			}
			np = r.span(na, nb)
		} else {
			na, nb, xa, xb, ok := r.subjectLeft(c, k)
			if t := r.tok(k); !ok || na != k && !(na == k+1 && !capitalized(t.Text) && (t.Tag == "JJ" || t.Tag == "VBD" || t.Tag == "VBN")) {
				return cand{}, false // ("…,” retired general Lloyd Newton said" has an adjective first)
			}
			np, alt = r.span(na, nb), r.span(xa, xb)
		}
		if endsSentence && r.clauseAfter(b, stop) {
			return cand{}, false
		}
		final := hasSuffixAny(last, ".", "?", "!")
		if nx := r.lower(b); final && ((nx == "," || nx == ":") && r.isQuoteTok(b+1) || nx == ":") {
			return cand{}, false // "She adds, “…”": the cue introduces what follows
		}
		if endsSentence && r.sentOf(k) != r.sentOf(k-1) && c != k {
			return cand{}, false // a new sentence: "“…” She adds, …"
		}
		r.markCue(a, b)
		cd := cand{kind: Direct, content: q.inner, cue: r.span(a, b), np: np, alt: alt,
			how: byNP, origin: "quote", para: q.para}
		if lead := r.leadIn(q); lead.Len() > 0 {
			// "The point is to involve “A,” she said": reported speech
			// with a quoted fragment, from the sentence start.
			cd.kind, cd.content = Mixed, corpus.Span{Start: lead.Start, End: q.span.End}
		}
		return cd, true
	}
	return cand{}, false
}

// leadIn returns the words before a quotation in its sentence when they
// are part of the statement rather than an introduction: not ending with a
// colon, comma or cue.
func (r *directFinder) leadIn(q qmark) corpus.Span {
	i := r.tokAt(q.span.Start)
	if i >= len(r.doc.Tokens) || len(q.parts) > 1 {
		return corpus.Span{}
	}
	s := r.doc.Sentences[r.sentOf(i)]
	if i <= s.First+1 {
		return corpus.Span{}
	}
	last := r.tok(i - 1).Norm
	if last == ":" || last == "," || last == "that" || isCueWord(last) || r.isQuoteTok(i-1) || isDash(last) {
		return corpus.Span{}
	}
	for k := s.First; k < i; k++ {
		if r.isQuoteTok(k) {
			return corpus.Span{}
		}
	}
	return r.span(s.First, i)
}

// dashSource reads the signature after a quotation: "“…” ― Jane Doe",
// "“…” — Jane Doe, a teacher", ending the paragraph, or alone on the next
// line.
func (r *directFinder) dashSource(q qmark) (cand, bool) {
	text := r.doc.Text
	pos := q.span.End
	for pos < len(text) {
		c, n := utf8.DecodeRuneInString(text[pos:])
		if c == '\n' || c == '\r' {
			// The signature may stand on the next line.
			if !r.fillsParagraph(q) {
				return cand{}, false
			}
		} else if !isSpace(c) {
			break
		}
		pos += n
	}
	c, n := utf8.DecodeRuneInString(text[min(pos, len(text)):])
	if c != '―' && c != '—' && c != '–' {
		return cand{}, false
	}
	k := r.tokAt(pos + n)
	if k >= len(r.doc.Tokens) {
		return cand{}, false
	}
	pi := r.doc.Sentences[r.sentOf(k)].Paragraph
	end := r.paraEndTok(pi)
	na, nb := r.npRight(k, end)
	if nb < end && r.tok(nb).Norm == "." && nb+1 == end {
		end = nb
	}
	if nb <= na || nb < end && r.tok(nb).Norm != "," {
		return cand{}, false
	}
	dash := corpus.Span{Start: pos, End: pos + n}
	return cand{kind: Direct, content: q.inner, cue: dash, np: r.span(na, nb),
		how: byNP, origin: "quote", para: q.para}, true
}

// hasVerb reports whether tokens [a, b) hold a verb other than an
// infinitive or participle: evidence that content is a clause.
func (r *view) hasVerb(a, b int) bool {
	for k := a; k < b; k++ {
		if t := r.tok(k).Tag; isFinite(t) || t == "VBN" {
			return true
		}
	}
	return false
}

// hasInfinitive reports whether tokens [a, b) hold "to" and a verb.
func (r *view) hasInfinitive(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if r.lower(k) == "to" && r.tok(k+1).Tag == "VB" {
			return true
		}
	}
	return false
}

// clauseAfter reports whether tokens [a, b) hold a finite verb or "that":
// content of their own rather than adjuncts of the cue.
func (r *view) clauseAfter(a, b int) bool {
	for k := a; k < b; k++ {
		if r.lower(k) == "that" || isFinite(r.tok(k).Tag) && !r.inQuote(k) {
			return true
		}
	}
	return false
}

func (r *ledger) markCue(a, b int) {
	for k := a; k < b; k++ {
		r.usedCue[k] = true
	}
}

// cueBeforeQuote looks for the attribution introducing a quotation:
// "Okafor said after the meeting: “…”", "…,” he said, “B”", "told
// reporters that “…”".
func (r *directFinder) cueBeforeQuote(qi int, q qmark) (cand, bool) {
	hi := r.tokAt(q.span.Start)
	if hi >= len(r.doc.Tokens) {
		return cand{}, false
	}
	si := r.sentOf(hi)
	lo := r.doc.Sentences[si].First
	if hi == lo && hi > 0 && r.tok(hi-1).Norm == ":" {
		lo = r.doc.Sentences[r.sentOf(hi-1)].First
	}
	if p := r.doc.Paragraphs[q.para]; lo < r.tokAt(p.Start) {
		lo = r.tokAt(p.Start)
	}
	interrupted := false
	for pj := qi - 1; pj >= 0; pj-- {
		if e := r.tokAt(r.quotes[pj].span.End); r.quotes[pj].para == q.para && e > lo && e <= hi {
			lo, interrupted = e, true
			break
		}
	}
	if hi <= lo {
		return cand{}, false
	}
	trail := r.tok(hi - 1).Norm
	if trail != ":" && trail != "," && trail != "that" && !isCueWord(trail) {
		return cand{}, false
	}
	if !r.quoteEndsClause(q) {
		return cand{}, false
	}
	for c := hi - 1; c >= lo; c-- {
		a, b, info, ok := r.cueVerb(c)
		if !ok && interrupted {
			a, b, info, ok = r.cueVerbAny(c)
		}
		if !ok || info.learned {
			continue
		}
		if r.clauseAfter(b, hi-1) && trail != "that" {
			return cand{}, false
		}
		cd := cand{kind: Direct, content: q.inner, cue: r.span(a, b), how: byNP, origin: "quote", para: q.para}
		if na, nb, xa, xb, ok := r.subjectLeft(c, lo); ok {
			cd.np, cd.alt = r.span(na, nb), r.span(xa, xb)
		} else if na, nb := r.npRight(b, hi); nb > na && (a == lo || r.tok(a-1).Norm == ",") {
			cd.np = r.span(na, nb)
		} else if np, alt, ok := r.participleSubject(c); ok {
			cd.np, cd.alt = np, alt // "..., adding: “…”"
		} else if r.tok(c).Tag == "VBG" || a == lo || r.tok(a-1).Norm == "," {
			cd.how = byContinuation
		} else {
			return cand{}, false
		}
		r.markCue(a, b)
		return cd, true
	}
	return cand{}, false
}

// participleSubject finds the source of a participle cue ("he added,
// noting, “…”"): the source of the claim found last in the same sentence,
// else the sentence's subject.
func (r *directFinder) participleSubject(c int) (np, alt corpus.Span, ok bool) {
	if r.tok(c).Tag != "VBG" && !strings.HasSuffix(r.tok(c).Norm, "ing") {
		return np, alt, false
	}
	si := r.sentOf(c)
	if n := len(r.cands); n > 0 {
		last := r.cands[n-1]
		if last.how == byNP && r.sentOf(r.tokAt(last.cue.Start)) == si && last.cue.Start < r.tok(c).Start {
			return last.np, last.alt, true
		}
	}
	if sa, sb, ok := r.sentenceSubject(si); ok && sb <= c {
		return r.span(sa, sb), alt, true
	}
	return np, alt, false
}

// quoteEndsClause reports whether a quotation closes its clause: its
// closing mark is followed by punctuation, a cue or the paragraph's end,
// not by more words of a reported clause ("said “steady progress” had been
// made").
func (r *directFinder) quoteEndsClause(q qmark) bool {
	if q.unclosed || len(q.parts) > 1 {
		return true
	}
	k := r.tokAt(q.span.End)
	if k >= r.paraEndTok(q.para) {
		return true
	}
	n := r.tok(k).Norm
	if strings.ContainsAny(n, ".,;:!?)") || isDash(n) || r.isQuoteTok(k) {
		return true
	}
	last := strings.TrimRight(q.raw.In(r.doc.Text), " ")
	return hasSuffixAny(last, ".", ",", "?", "!")
}

// thatAfterQuote adds the reported half of "told X that “A,” and that B".
func (r *directFinder) thatAfterQuote(q qmark, c cand) {
	k := r.tokAt(q.span.End)
	if r.tok(k).Norm == "," {
		k++
	}
	if r.lower(k) != "and" || r.lower(k+1) != "that" {
		return
	}
	si := r.sentOf(k)
	end := r.doc.Sentences[si].Last
	content := trimEnd(r.doc.Text, r.span(k+2, end), endPunct)
	if content.Len() == 0 {
		return
	}
	c.kind, c.content = Indirect, content
	r.add(c)
}
