package claim

// pollHeads head a phrase that names a poll: "in the latest CNN poll", "in
// most surveys", "in the RealClearPolitics average".
var pollHeads = setOf("poll", "polls", "survey", "surveys", "average", "averages", "polling")

// inPoll builds the candidate for a poll as the source of its figures, at
// the "in" of token i in sentence si: "In the latest CNN poll, Clinton
// leads by five points" or "Trump leads by nine points in the RealClear
// average". Nothing but a phrase headed by a poll word counts.
func (r *reportFinder) inPoll(si, i, pi int) bool {
	if r.lower(i) != "in" || r.usedCue[i] || r.inQuote(i) || r.lower(i-1) == "than" || r.lower(i-1) == "as" {
		return false // "better than in other polls": a comparison
	}
	s := r.doc.Sentences[si]
	end := r.sentContentEnd(si)
	na, nb := r.npRight(i+1, end)
	if nb <= na || !r.pollPhrase(na, nb) {
		return false
	}
	// The phrase may go on with a participle: "a poll released Sunday".
	k := nb
	for k < end && r.tok(k).Norm != "," && k-nb <= 8 && !isFinite(r.tok(k).Tag) {
		k++
	}
	// ", conducted in May,": a participle phrase before the clause.
	for k < end && r.tok(k).Norm == "," && (r.tok(k+1).Tag == "VBN" || r.tok(k+1).Tag == "VBG") {
		n := k + 1
		for n < end && r.tok(n).Norm != "," && !isFinite(r.tok(n).Tag) {
			n++
		}
		if n >= end || r.tok(n).Norm != "," {
			break
		}
		k = n
	}
	cd := cand{kind: Indirect, cue: r.tok(i).Span, np: r.span(na, nb), how: byNP, origin: "poll", para: pi}
	switch {
	case i == s.First && r.tok(k).Norm == "," && r.clauseAfter(k+1, end):
		cd.content = trimReported(r.doc.Text, r.span(k+1, r.contentEnd(k+1, end)))
	case i > s.First+2 && r.clauseAfter(s.First, i) && (nb >= end || r.tok(nb).Norm == "," ||
		r.tok(nb).Tag == "VBN" || r.tok(nb).Tag == "VBG") && (k >= end || r.tok(k).Norm == ","):
		cd.content = r.leftContent(s.First, i)
	default:
		return false
	}
	r.finishReported(cd, i, i+1, cueInfo{lemma: "in"}, true)
	return true
}

// pollPhrase reports whether tokens [a, b) are a phrase headed by a poll
// word, the head being the last noun.
func (r *reportFinder) pollPhrase(a, b int) bool {
	h := r.headEnd(a, b) - 1
	return h >= a && pollHeads[r.lower(h)]
}
