package claim

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
)

// directs turns the quotations of paragraph pi that have a cue beside them
// into candidates: "“…,” Okafor said", "“…,” said the minister",
// "Okafor said: “…”", and both halves of "“A,” he said, “B.”".
func (d *directFinder) directs(pi int) {
	lo, hi := d.quotesOf(pi)
	for qi := lo; qi < hi && !d.poll.Done(); qi++ {
		q := d.quotes[qi]
		if q.inner.Len() == 0 || d.usedQuote[qi] {
			continue
		}
		if c, ok := d.cueAfterQuote(q); ok {
			d.usedQuote[qi] = true
			d.add(c)
			continue
		}
		if c, ok := d.cueBeforeQuote(qi, q); ok {
			d.usedQuote[qi] = true
			d.add(c)
			d.thatAfterQuote(q, c)
			continue
		}
		if c, ok := d.nameColon(q); ok {
			d.usedQuote[qi] = true
			d.add(c)
			continue
		}
		if c, ok := d.colonIntro(q); ok {
			d.usedQuote[qi] = true
			d.add(c)
		}
	}
}

// quotesOf returns the range [lo, hi) of the quotations that open in
// paragraph pi: the quotations are in text order, so their paragraphs are
// too.
func (v *view) quotesOf(pi int) (lo, hi int) {
	lo = sort.Search(len(v.quotes), func(i int) bool { return v.quotes[i].para >= pi })
	hi = sort.Search(len(v.quotes), func(i int) bool { return v.quotes[i].para > pi })
	return lo, hi
}

// quotesOver returns the range of the quotations whose span overlaps s:
// top-level quotations are disjoint and in text order.
func (v *view) quotesOver(s corpus.Span) (lo, hi int) {
	lo = sort.Search(len(v.quotes), func(i int) bool { return v.quotes[i].span.End > s.Start })
	hi = lo + sort.Search(len(v.quotes)-lo, func(i int) bool { return v.quotes[lo+i].span.Start >= s.End })
	return lo, hi
}

// inQuote reports whether token i lies inside the content of a quotation.
func (v *view) inQuote(i int) bool {
	return i >= 0 && i < len(v.quoted) && v.quoted[i]
}

// quoteClosesIn reports a quotation that opens at token a and closes
// before token b.
func (v *view) quoteClosesIn(a, b int) bool {
	s := corpus.Span{Start: v.tok(a).Start, End: v.tok(b).Start}
	lo, hi := v.quotesOver(s)
	for _, q := range v.quotes[lo:hi] {
		if q.span.Start == s.Start {
			return !q.unclosed && q.span.End <= s.End
		}
	}
	return false
}

// markQuoted records which tokens lie inside a quotation's content.
func (v *view) markQuoted() {
	v.quoted = make([]bool, len(v.doc.Tokens))
	for _, q := range v.quotes {
		for i := v.tokAt(q.inner.Start); i < len(v.doc.Tokens) && v.doc.Tokens[i].End <= q.inner.End; i++ {
			v.quoted[i] = true
		}
	}
}

// paraEndTok returns the index past the last token of paragraph pi.
func (v *view) paraEndTok(pi int) int {
	p := v.doc.Paragraphs[pi]
	if p.Last > p.First && p.Last <= len(v.doc.Sentences) {
		return v.doc.Sentences[p.Last-1].Last
	}
	return v.tokAt(p.End)
}

// cueAfterQuote looks for the attribution right after a quotation's
// closing mark: "NP cue" or "cue NP", ending the sentence or followed by
// only adjuncts.
func (d *directFinder) cueAfterQuote(q qmark) (cand, bool) {
	if q.unclosed {
		return cand{}, false
	}
	if c, ok := d.dashSource(q); ok {
		return c, true
	}
	k := d.tokAt(q.span.End)
	if k >= len(d.doc.Tokens) || k == 0 {
		return cand{}, false
	}
	if d.titleInPhrase(q) {
		return cand{}, false // "on WKTV's “Morning Report,” Cole said": a title in a phrase
	}
	pi := d.doc.Sentences[d.sentOf(k-1)].Paragraph
	if d.doc.Sentences[d.sentOf(k)].Paragraph != pi {
		return cand{}, false // the quotation ends its paragraph
	}
	hi := min(d.paraEndTok(pi), k+30)

	// A quotation closing a quotation inside it ends in “,'”: the inner
	// mark does not hide the comma.
	inner := strings.TrimRight(q.raw.In(d.doc.Text), " '’‘")
	if d.norm(k) == "," {
		k++
	} else if !hasSuffixAny(inner, ",", "?", "!", ".", "…", "—", "-") {
		return cand{}, false
	}
	stop, depth := k, 0
	for stop < hi {
		n := d.norm(stop)
		switch {
		case n == "(":
			depth++
		case n == ")":
			depth--
		case depth > 0:
			// "Rep. Nora Kettering (D-Ore.) said": a full stop in brackets
		case n == "." && d.norm(stop+1) == ",":
			// "Tom Baker, R-Tenn., said": an abbreviation's stop
		case n == "." || n == ";" || n == ":" || n == "?" || n == "!" || d.isQuoteTok(stop):
			hi = stop
		}
		if stop >= hi {
			break
		}
		stop++
	}
	last := strings.TrimRight(q.raw.In(d.doc.Text), quoteMarks+" ")
	endsSentence := strings.HasSuffix(last, ".")
	for c := k; c < stop && c-k <= 26; c++ {
		a, b, info, ok := d.cueVerb(c)
		if !ok || info.learned {
			continue // a stance verb ("endorsed") does not attribute a quotation
		}
		if t := d.tag(b); actOf(d.cues.acts, info.lemma) == Stance && c > k && (t == "DT" || t == "PRP" || t == "PRP$" || strings.HasPrefix(t, "NN")) {
			continue // "Holding up the “rigged count,” Lee accused the clerk": the verb has its own object
		}
		var np, alt corpus.Span
		if c == k {
			na, nb := d.npRight(b, stop)
			upto := stop
			if n := d.lower(nb); n == "," || n == "(" || n == "that" || d.relativeWord(nb) {
				upto = nb // "said Joseph, who runs two shops", "said an aide who", "said the clerk of a firm that"
			} else if pe := d.phraseEnd(nb, stop); pe > nb {
				upto = pe // "said an adviser to both candidates, who"
			}
			if nb == na || d.clauseAfter(nb, upto) {
				continue
			}
			np, alt = d.span(na, nb), d.appositionRight(nb, stop)
		} else {
			na, nb, xa, xb, ok := d.subjectLeft(c, k)
			if t := d.tok(k); !ok || na != k && !(na == k+1 && !ortho.Capitalized(t.Text) && (t.Tag == "JJ" || t.Tag == "VBD" || t.Tag == "VBN")) {
				return cand{}, false // ("…,” retired general Ray Hunt said" has an adjective first)
			}
			np, alt = d.span(na, nb), d.span(xa, xb)
		}
		if endsSentence && d.clauseAfter(b, stop) {
			return cand{}, false
		}
		final := hasSuffixAny(last, ".", "?", "!")
		if nx := d.lower(b); final && ((nx == "," || nx == ":") && d.isQuoteTok(b+1) || nx == ":") {
			return cand{}, false // "She adds, “…”": the cue introduces what follows
		}
		if endsSentence && d.sentOf(k) != d.sentOf(k-1) && c != k && !d.endsWithCue(b) {
			return cand{}, false // a new sentence: "“…” She adds, …", but "“….” Ruiz said." has nothing else to report
		}
		lead := d.leadIn(q)
		if lead.Len() > 0 && d.frontedCue(d.tokAt(lead.Start)) {
			return cand{}, false // "Calling the ruling “a travesty,” Ruiz said she would appeal": reported speech reads both
		}
		d.markCue(a, b)
		cd := cand{kind: Direct, content: q.inner, cue: d.span(a, b), np: np, alt: alt,
			how: byNP, origin: "quote", para: q.para}
		if lead.Len() > 0 {
			// "The point is to involve “A,” she said": reported speech
			// with a quoted fragment, from the sentence start.
			cd.kind, cd.content = Mixed, corpus.Span{Start: lead.Start, End: q.span.End}
		}
		return cd, true
	}
	return cand{}, false
}

// colonIntro attributes a quotation that ends its paragraph after a colon
// that closes a clause with no cue verb: "The mayor was blunt: “We have no
// money.”" The quotation is a whole sentence, and its speaker the
// subject of the clause.
func (d *directFinder) colonIntro(q qmark) (cand, bool) {
	c, ok := d.colonBefore(q)
	if !ok || d.doc.Paragraphs[q.para].End-q.span.End > 2 {
		return cand{}, false
	}
	si := d.sentOf(c)
	na, nb, ok := d.sentenceSubject(si)
	if !ok || nb > c || d.notSource(na, nb) || !d.hasVerb(nb, c) {
		return cand{}, false
	}
	if !speakerPronouns()[d.lower(nb-1)] && !d.sourceWord(nb-1) {
		return cand{}, false // "The rules are simple: “…”": no one speaks
	}
	return cand{kind: Direct, content: q.inner, cue: d.tok(c).Span, np: d.span(na, nb), how: byNP,
		origin: "block", para: q.para}, true
}

// colonBefore returns the colon token right before quotation q when q is
// closed and a whole sentence: what colonIntro and nameColon attribute.
func (d *directFinder) colonBefore(q qmark) (int, bool) {
	c := d.tokAt(q.span.Start) - 1
	if q.unclosed || c <= 0 || d.norm(c) != ":" {
		return 0, false
	}
	inner := q.inner.In(d.doc.Text)
	return c, ortho.Capitalized(inner) && endsLikeSentence(inner)
}

// infinitiveSubject returns the subject of the verb that governs an
// infinitive cue at a: "Ruiz was prompted to say", "Finch wanted to
// add".
func (d *directFinder) infinitiveSubject(a, lo int) (na, nb, xa, xb int, ok bool) {
	if d.lower(a-1) != "to" || a-2 <= lo || !isVerb(d.tag(a-2)) {
		return 0, 0, 0, 0, false
	}
	return d.subjectLeft(a-2, lo)
}

// endsWithCue reports whether the cue ending at b ends its sentence too:
// "Ruiz said."
func (d *directFinder) endsWithCue(b int) bool {
	if b >= len(d.doc.Tokens) || d.norm(b) != "." {
		return false
	}
	return b+1 >= d.doc.Sentences[d.sentOf(b)].Last
}

// phraseEnd returns the end of a prepositional phrase at j that closes the
// source's noun phrase before a comma or a relative pronoun ("an adviser
// | to both candidates, who", "the clerk | at a store that"), or j.
func (d *directFinder) phraseEnd(j, stop int) int {
	if d.tag(j) != "IN" && d.tag(j) != "TO" || d.lower(j) == "that" {
		return j
	}
	k := j + 1
	for k < stop && k-j < 10 && (d.nounLike(k) || d.lower(k) == "of" && d.nounLike(k+1)) {
		k++
	}
	if k > j+1 && (d.norm(k) == "," || d.lower(k) == "that" || d.relativeWord(k)) {
		return k
	}
	return j
}

// titleInPhrase reports whether quotation q is a title in title case
// that closes a prepositional phrase, the object of the preposition or
// of a name's possessive after it: "on “Morning Report,”", "on WKTV's
// “The Week Ahead,”", "on City Radio channel's “Talkback,”".
func (d *directFinder) titleInPhrase(q qmark) bool {
	if !titleCase(q.inner.In(d.doc.Text)) {
		return false
	}
	o := d.tokAt(q.span.Start)
	for j := o - 1; j >= 0 && j >= o-6 && d.sentOf(j) == d.sentOf(o); j-- {
		t := d.tok(j)
		switch {
		case t.Tag == "IN":
			return true
		case j < o-1 && (t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "NN") || t.Tag == "POS" || t.Norm == "'s":
			continue
		}
		return false
	}
	return false
}

// frontedCue reports a participle cue at token k, or after a
// subordinator there, that opens its sentence's first clause: "Calling",
// "After saying".
func (d *directFinder) frontedCue(k int) bool {
	if subordinators()[d.lower(k)] {
		k++
	}
	return d.opensWithParticiple(k) && d.isCueAt(k)
}

// leadIn returns the words before a quotation in its sentence when they
// are part of the statement rather than an introduction: not ending with a
// colon, comma or cue.
func (d *directFinder) leadIn(q qmark) corpus.Span {
	i := d.tokAt(q.span.Start)
	if i >= len(d.doc.Tokens) || len(q.parts) > 1 {
		return corpus.Span{}
	}
	s := d.doc.Sentences[d.sentOf(i)]
	if i <= s.First+1 {
		return corpus.Span{}
	}
	last := d.norm(i - 1)
	if last == ":" || last == "," || last == "that" || d.cues.isCue(last) || d.isQuoteTok(i-1) || ortho.IsDash(last) {
		return corpus.Span{}
	}
	for k := s.First; k < i; k++ {
		if d.isQuoteTok(k) {
			return corpus.Span{}
		}
	}
	return d.span(s.First, i)
}

// dashSource reads the signature after a quotation: "“…” ― Jane Doe",
// "“…” — Jane Doe, a teacher", ending the paragraph, or alone on the next
// line.
func (d *directFinder) dashSource(q qmark) (cand, bool) {
	text := d.doc.Text
	pos := q.span.End
	for pos < len(text) {
		c, n := utf8.DecodeRuneInString(text[pos:])
		if c == '\n' || c == '\r' {
			// The signature may stand on the next line.
			if !d.fillsParagraph(q) {
				return cand{}, false
			}
		} else if !ortho.IsSpaceExceptJoiners(c) {
			break
		}
		pos += n
	}
	c, n := utf8.DecodeRuneInString(text[min(pos, len(text)):])
	if c != '―' && c != '—' && c != '–' {
		return cand{}, false
	}
	k := d.tokAt(pos + n)
	if k >= len(d.doc.Tokens) {
		return cand{}, false
	}
	pi := d.doc.Sentences[d.sentOf(k)].Paragraph
	end := d.paraEndTok(pi)
	na, nb := d.npRight(k, end)
	if nb < end && d.norm(nb) == "." && nb+1 == end {
		end = nb
	}
	if nb <= na || nb < end && d.norm(nb) != "," {
		return cand{}, false
	}
	dash := corpus.Span{Start: pos, End: pos + n}
	return cand{kind: Direct, content: q.inner, cue: dash, np: d.span(na, nb),
		how: byNP, origin: "quote", para: q.para}, true
}

// hasVerb reports whether tokens [a, b) hold a verb other than an
// infinitive or participle: evidence that content is a clause.
func (v *view) hasVerb(a, b int) bool {
	for k := a; k < b; k++ {
		if t := v.tag(k); isFinite(t) || t == "VBN" {
			return true
		}
	}
	return false
}

// hasInfinitive reports whether tokens [a, b) hold "to" and a verb.
func (v *view) hasInfinitive(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if v.lower(k) == "to" && v.tag(k+1) == "VB" {
			return true
		}
	}
	return false
}

// clauseAfter reports whether tokens [a, b) hold a finite verb or "that":
// content of their own rather than adjuncts of the cue.
func (v *view) clauseAfter(a, b int) bool {
	for k := a; k < b; k++ {
		if v.lower(k) == "that" && !timeWords()[v.lower(k+1)] || isFinite(v.tag(k)) && !v.inQuote(k) {
			return true // but "said that morning": a time, no clause
		}
	}
	return false
}

// markCue marks tokens [a, b) consumed as a cue.
func (l *ledger) markCue(a, b int) {
	for k := max(a, 0); k < min(b, len(l.uses)); k++ {
		l.uses[k] |= usedAsCue
	}
}

// cueBeforeQuote looks for the attribution introducing a quotation:
// "Okafor said after the meeting: “…”", "…,” he said, “B”", "told
// reporters that “…”".
func (d *directFinder) cueBeforeQuote(qi int, q qmark) (cand, bool) {
	hi := d.tokAt(q.span.Start)
	if hi >= len(d.doc.Tokens) {
		return cand{}, false
	}
	si := d.sentOf(hi)
	lo := d.doc.Sentences[si].First
	if hi == lo && hi > 0 && d.norm(hi-1) == ":" {
		lo = d.doc.Sentences[d.sentOf(hi-1)].First
	}
	if p := d.doc.Paragraphs[q.para]; lo < d.tokAt(p.Start) {
		lo = d.tokAt(p.Start)
	}
	interrupted := false
	for pj := qi - 1; pj >= 0 && d.quotes[pj].para >= q.para; pj-- { // quotations are in text order
		e := d.tokAt(d.quotes[pj].span.End)
		if e <= lo {
			break // the earlier quotations end earlier still
		}
		if d.quotes[pj].para == q.para && e <= hi {
			lo, interrupted = e, true
			break
		}
	}
	if hi <= lo {
		return cand{}, false
	}
	trail := d.norm(hi - 1)
	if trail != ":" && trail != "," && trail != "that" && !d.cues.isCue(trail) {
		return cand{}, false
	}
	if !d.quoteEndsClause(q) {
		return cand{}, false
	}
	for c := hi - 1; c >= lo; c-- {
		a, b, info, ok := d.cueVerb(c)
		if !ok && interrupted {
			a, b, info, ok = d.cueVerbAny(c)
		}
		if !ok || info.learned || d.lower(a-1) == "to" && b < hi-1 {
			continue // "said he had no time to find them: “…”": an infinitive inside the clause
		}
		// "Finch said he was busy: “…”": the clause is the cue's reported
		// speech, which the reported finder reads and ends at the colon,
		// so the cue serves both.
		shared := trail == ":" && d.clauseAfter(b, hi-1)
		if d.clauseAfter(b, hi-1) && trail != "that" && !shared {
			return cand{}, false
		}
		cd := cand{kind: Direct, content: q.inner, cue: d.span(a, b), how: byNP, origin: "quote", para: q.para}
		if np, alt, ok := d.participleSubject(c); ok && c > lo && d.norm(c-1) == "," {
			// "At her picnic, the choir director called them to the porch,
			// singing “…”": a participle after a comma has the sentence's
			// subject, and the phrase before the comma is no apposition.
			cd.np, cd.alt = np, alt
		} else if na, nb, xa, xb, ok := d.subjectLeft(c, lo); ok {
			cd.np, cd.alt = d.span(na, nb), d.span(xa, xb)
		} else if na, nb, xa, xb, ok := d.infinitiveSubject(a, lo); ok {
			cd.np, cd.alt = d.span(na, nb), d.span(xa, xb) // "Ruiz was prompted to say, “…”"
		} else if na, nb := d.npRight(b, hi); nb > na && (a == lo || d.norm(a-1) == ",") {
			cd.np = d.span(na, nb)
		} else if np, alt, ok := d.participleSubject(c); ok {
			cd.np, cd.alt = np, alt // "..., adding: “…”"
		} else if d.tag(c) == "VBG" || a == lo || d.norm(a-1) == "," {
			cd.how = byContinuation
		} else {
			return cand{}, false
		}
		if !shared {
			d.markCue(a, b)
		}
		return cd, true
	}
	return cand{}, false
}

// participleSubject finds the source of a participle cue ("he added,
// noting, “…”"): the source of the claim found last in the same sentence,
// else the sentence's subject.
func (d *directFinder) participleSubject(c int) (np, alt corpus.Span, ok bool) {
	if d.tag(c) != "VBG" && !strings.HasSuffix(d.norm(c), "ing") {
		return np, alt, false
	}
	si := d.sentOf(c)
	if last := d.last(); last != nil {
		if last.how == byNP && d.sentOf(d.tokAt(last.cue.Start)) == si && last.cue.Start < d.tok(c).Start {
			return last.np, last.alt, true
		}
	}
	if sa, sb, ok := d.sentenceSubject(si); ok && sb <= c {
		return d.span(sa, sb), alt, true
	}
	return np, alt, false
}

// quoteEndsClause reports whether a quotation closes its clause: its
// closing mark is followed by punctuation, a cue or the paragraph's end,
// not by more words of a reported clause ("said “real headway” had been
// made").
func (d *directFinder) quoteEndsClause(q qmark) bool {
	if q.unclosed || len(q.parts) > 1 {
		return true
	}
	k := d.tokAt(q.span.End)
	if k >= d.paraEndTok(q.para) {
		return true
	}
	n := d.norm(k)
	if strings.ContainsAny(n, ".,;:!?)") || ortho.IsDash(n) || d.isQuoteTok(k) {
		return true
	}
	last := strings.TrimRight(q.raw.In(d.doc.Text), " ")
	return hasSuffixAny(last, ".", ",", "?", "!")
}

// thatAfterQuote adds the reported half of "told X that “A,” and that B".
func (d *directFinder) thatAfterQuote(q qmark, c cand) {
	k := d.tokAt(q.span.End)
	if d.norm(k) == "," {
		k++
	}
	if d.lower(k) != "and" || d.lower(k+1) != "that" {
		return
	}
	si := d.sentOf(k)
	end := d.doc.Sentences[si].Last
	content := trimEnd(d.doc.Text, d.span(k+2, end), endPunct)
	if content.Len() == 0 {
		return
	}
	c.kind, c.content = Indirect, content
	d.add(c)
}
