package claim

import (
	"slices"
	"strings"
	"unicode"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/quote"
)

// accordingTo builds the candidate for "according to X" at token i of
// sentence si: "C, according to X" or "According to X, C".
func (rf *reportFinder) accordingTo(si, i int) {
	s := rf.doc.Sentences[si]
	end := rf.sentContentEnd(si)
	na, nb := rf.accordingNP(i+2, end)
	if nb <= na {
		return
	}
	// "according to X, an activist group," keeps the apposition out.
	// "according to the authority's director, Ana Ruiz": a name after
	// the description may resolve it.
	app := rf.appositionRight(nb, end)
	cd := cand{kind: Indirect, cue: rf.span(i, i+2), np: rf.span(na, nb), alt: app, how: byNP,
		origin: "according", para: rf.doc.Sentences[si].Paragraph}
	// "According to X, C", also after a short opener: "In addition,
	// according to X, C".
	lead := i == s.First || i-s.First <= 4 && !rf.hasVerb(s.First, i) &&
		(rf.norm(i-1) == "," || rf.tag(i-1) == "RB" || rf.tag(i-1) == "CC") ||
		rf.lower(i-1) == "that" || rf.norm(i-1) == "," && rf.lower(i-2) == "that" // "reported that, according to X, C"
	switch {
	case lead:
		k := nb
		if xb := rf.tokEndingBy(app.End); app.Len() > 0 && rf.norm(xb) == "," && rf.clauseStart(xb+1, end) {
			k = xb // "According to the director, Ana Ruiz, C"
		}
		for k < end && rf.norm(k) != "," {
			k++
		}
		cd.content = trimReported(rf.doc.Text, rf.span(k+1, rf.contrastEnd(k+1, end)))
		if i > s.First && rf.norm(i-1) == "," && k+1 < end && isFinite(rf.tag(k+1)) && rf.nounLike(i-2) {
			// "The company, according to X, plans to C": the phrase
			// interrupts the clause, which is the content, whole.
			cd.content = trimReported(rf.doc.Text, rf.span(s.First, rf.contrastEnd(k+1, end)))
		}
	case rf.norm(i-1) == "," || ortho.IsDash(rf.norm(i-1)):
		cd.content = rf.leftContent(s.First, i-1)
	case i-s.First >= 4 && rf.clauseAfter(s.First, i):
		// "Lopez leads by 40 delegates according to a count"
		cd.content = rf.leftContent(s.First, i)
	default:
		return
	}
	rf.finishReported(cd, i, i+2, cueInfo{lemma: "according"}, true)
}

// accordingNP returns the source phrase after "according to", from token
// j: a phrase that may open with a cue word, which stands in noun position
// there ("according to state records", "according to reports circulating",
// "according to show producers").
func (rf *reportFinder) accordingNP(j, end int) (a, b int) {
	if a, b = rf.npRight(j, end); b > a || j >= end {
		// "according to clerks familiar with its plans", "a source
		// close/RB to the talks": the adjective's phrase is the source's.
		p := b
		if !postAdjectives[rf.lower(p)] {
			p = b - 1
		}
		if b > a && p+2 < end && postAdjectives[rf.lower(p)] && (rf.tag(p+1) == "IN" || rf.tag(p+1) == "TO") {
			if na, nb := rf.npRight(p+2, end); na == p+2 && nb > na {
				return a, nb
			}
		}
		return a, b
	}
	if t := rf.tok(j); !strings.HasPrefix(t.Tag, "NN") || !rf.isCueAt(j) {
		return j, j
	}
	if na, nb := rf.npRight(j+1, end); na == j+1 && nb > na {
		return j, nb
	}
	return j, j + 1
}

// leftovers attributes the quotations of paragraph pi that no cue claimed:
// a quotation in a paragraph that continues a speaker's words goes to the
// previous speaker; a full sentence in quotation marks with no source is
// kept as unattributed; scare quotes and quoted names are dropped.
func (rf *reportFinder) leftovers(pi int) {
	// pullQuoteReach is how far after a pull quote its words are looked
	// for: a page pulls them from the story around it, and a bound keeps
	// the search linear in a long text of quotations.
	const pullQuoteReach = 64 << 10
	lo, hi := rf.quotesOf(pi)
	for qi := lo; qi < hi && !rf.poll.Done(); qi++ {
		q := rf.quotes[qi]
		if rf.usedQuote[qi] || q.inner.Len() == 0 {
			continue
		}
		if rf.embedded(q) {
			continue
		}
		text := q.inner.In(rf.doc.Text)
		if q.scare || titleCase(text) || wordCount(text) < 4 && !(wordCount(text) >= 2 && rf.fullSentence(q)) {
			continue // a title in quotation marks ("Coal Is Not the Villain") is no speech
		}
		if strings.Contains(rf.doc.Text[q.span.End:min(len(rf.doc.Text), q.span.End+pullQuoteReach)], text) {
			continue // a pull quote: the words are quoted again later, with their source
		}
		prev := rf.prevCand(q.span.Start)
		before := rf.prevTextPara(pi)
		cd := cand{kind: Direct, content: q.inner, origin: "leftover", para: pi, how: byNone}
		switch {
		case rf.cueLater(q, &cd):
			// "“…” for the missing funds, she said.": the sentence's own
			// cue, after the words that finish the quoted phrase.
		case prev != nil && prev.how != byNone && prev.para >= before && (prev.kind != Indirect || prev.para == pi) &&
			rf.quoteStartsSentence(q):
			cd.how = byContinuation
		case prev != nil && prev.how != byNone && prev.para == before && rf.endsParagraph(prev) && rf.quoteStartsSentence(q) &&
			rf.saysOrThinks(prev) &&
			!(rf.fillsParagraph(q) && rf.opensWithQuote(pi+1)):
			// Reported speech closing the paragraph before introduces
			// the quotation: "Chase says the union sees otherwise." ¶
			// "Often, waiting times ... can reach an hour."
			cd.how, cd.origin = byContinuation, "run-on"
		case rf.fillsParagraph(q):
			cd.how = byForward
		}
		rf.usedQuote[qi] = true
		rf.add(cd)
	}
}

// cueLater finds the attribution that closes a quotation's sentence after
// a few words finishing the quoted phrase: "“You cut the staff to the
// bone” to please the board, she said." The words
// between hold no clause of their own, and a comma parts them from the
// source, which is the subject of a statement verb ending the sentence
// or followed by a comma. It sets cd's cue and source.
func (rf *reportFinder) cueLater(q qmark, cd *cand) bool {
	if q.unclosed {
		return false
	}
	k := rf.tokAt(q.span.End)
	if k == 0 || k >= len(rf.doc.Tokens) || rf.sentOf(k) != rf.sentOf(k-1) {
		return false
	}
	s := rf.doc.Sentences[rf.sentOf(k)]
	if rf.norm(k) == "," || rf.isQuoteTok(k) || strings.ContainsAny(rf.norm(k), ".;:!?") {
		return false // a cue right after the quotation is the direct finder's
	}
	for c := k + 1; c < s.Last && c-k <= 20; c++ {
		if rf.isQuoteTok(c) || rf.inQuote(c) {
			return false
		}
		a, b, info, ok := rf.cueVerbAny(c)
		if !ok || info.learned || actOf(rf.cues.acts, rf.norm(c)) != Statement {
			continue
		}
		na, nb, xa, xb, ok := rf.subjectLeft(c, k)
		if !ok || na <= k || rf.norm(na-1) != "," || rf.clauseAfter(k, na-1) {
			return false
		}
		if n := rf.norm(b); b < s.Last && n != "," && n != "." {
			return false
		}
		cd.how, cd.origin = byNP, "quote"
		cd.cue, cd.np, cd.alt = rf.span(a, b), rf.span(na, nb), rf.span(xa, xb)
		return true
	}
	return false
}

// saysOrThinks reports whether c's cue is a statement or a thought, whose
// source may go on in quotation marks; a stance or a finding ("welcomed
// the guests", "the report found") introduces no words.
func (rf *reportFinder) saysOrThinks(c *cand) bool {
	a := actOf(rf.cues.acts, c.cue.In(rf.doc.Text))
	return a == Statement || a == Thought
}

// prevTextPara returns the last paragraph before pi that is article text
// with a letter or digit, or -1: a line holding only "." left by
// scraping, or a caption, does not part a speaker from their words.
func (v *view) prevTextPara(pi int) int {
	for pj := pi - 1; pj >= 0; pj-- {
		if v.isTextPara(pj) {
			return pj
		}
	}
	return -1
}

// isTextPara reports whether paragraph pi is article text with a letter
// or digit.
func (v *view) isTextPara(pi int) bool {
	p := v.doc.Paragraphs[pi]
	return !p.Skip && strings.IndexFunc(p.In(v.doc.Text), isWordRune) >= 0
}

// fullSentence reports whether a quotation is a whole sentence: it opens
// its sentence and its words end with a full stop, question or
// exclamation mark ("“I was half-asleep.”").
func (rf *reportFinder) fullSentence(q qmark) bool {
	raw := strings.TrimRight(q.raw.In(rf.doc.Text), quoteMarks+" ")
	return rf.quoteStartsSentence(q) && strings.ContainsAny(raw[max(0, len(raw)-1):], ".!?")
}

// opensWithQuote reports whether paragraph pi opens with a quotation.
func (v *view) opensWithQuote(pi int) bool {
	if pi >= len(v.doc.Paragraphs) {
		return false
	}
	start := v.doc.Paragraphs[pi].Start
	_, found := slices.BinarySearchFunc(v.quotes, start, func(q qmark, at int) int { return q.span.Start - at })
	return found
}

// endsParagraph reports whether c's content closes its paragraph: no
// sentence of the paragraph starts after it.
func (v *view) endsParagraph(c *cand) bool {
	p := v.doc.Paragraphs[c.para]
	for si := p.First; si < p.Last && si < len(v.doc.Sentences); si++ {
		if v.doc.Sentences[si].Start >= c.content.End {
			return false
		}
	}
	return true
}

// fillsParagraph reports whether a quotation is a paragraph of its own.
func (v *view) fillsParagraph(q qmark) bool {
	p := v.doc.Paragraphs[q.para]
	return q.span.Start == p.Start && p.End-q.span.End <= 2
}

// embedded reports whether a quotation lies in a claim or source already
// found.
func (rf *reportFinder) embedded(q qmark) bool { return rf.overlapping(q.inner, q.span) }

// quoteStartsSentence reports whether a quotation opens its sentence, as
// a speaker's continued words do ("The clock is ticking.").
func (rf *reportFinder) quoteStartsSentence(q qmark) bool {
	i := rf.tokAt(q.span.Start)
	if i >= len(rf.doc.Tokens) {
		return false
	}
	s := rf.doc.Sentences[rf.sentOf(i)]
	return i == s.First || rf.doc.Tokens[i-1].End <= s.Start || rf.norm(i-1) == "."
}

// findQuoteMarks returns the top-level quotations of doc in text order.
// Quotations nested in another are the speaker's report of someone else
// and are left to the outer one.
func findQuoteMarks(doc *corpus.Document) []qmark {
	qs := quote.Find(doc)
	out := make([]qmark, 0, len(qs))
	for _, q := range qs {
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

// isWordRune reports a letter or a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// contrastEnd returns where a contrast with a report of its own begins in
// the content [k, end) of "according to": "According to the agency, C
// but Finch says D". Other reports inside it are nested in what the
// source gave ("According to the pool, Cole said C"); end when there is
// none.
func (rf *reportFinder) contrastEnd(k, end int) int {
	for j := k + 1; j < end; j++ {
		if rf.lower(j) == "but" && !rf.inQuote(j) && rf.newSubjectCue(j+1, end) {
			return cutComma(rf.view, j)
		}
	}
	return end
}
