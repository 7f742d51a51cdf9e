package claim

// pollHeads head a phrase that names a poll: "in the latest city poll", "in
// most surveys", "in the county average".
var pollHeads = setOf("poll", "polls", "survey", "surveys", "average", "averages", "polling")

// inPoll builds the candidate for a poll as the source of its figures, at
// the "in" of token i in sentence si: "In the latest city poll, Lopez
// leads by five points" or "Baker leads by nine points in the county
// average". Nothing but a phrase headed by a poll word counts.
func (rf *reportFinder) inPoll(si, i, pi int) bool {
	if rf.lower(i) != "in" || rf.cueUsed(i) || rf.inQuote(i) || rf.lower(i-1) == "than" || rf.lower(i-1) == "as" {
		return false // "better than in other polls": a comparison
	}
	s := rf.doc.Sentences[si]
	end := rf.sentContentEnd(si)
	na, nb := rf.npRight(i+1, end)
	if nb <= na || !rf.pollPhrase(na, nb) {
		return false
	}
	// The phrase may go on with a participle: "a poll released Sunday".
	k := nb
	for k < end && rf.norm(k) != "," && k-nb <= 8 && !isFinite(rf.tag(k)) {
		k++
	}
	// ", conducted in May,": a participle phrase before the clause.
	for k < end && rf.norm(k) == "," && (rf.tag(k+1) == "VBN" || rf.tag(k+1) == "VBG") {
		n := k + 1
		for n < end && rf.norm(n) != "," && !isFinite(rf.tag(n)) {
			n++
		}
		if n >= end || rf.norm(n) != "," {
			break
		}
		k = n
	}
	cd := cand{kind: Indirect, cue: rf.tok(i).Span, np: rf.span(na, nb), how: byNP, origin: "poll", para: pi}
	switch {
	case i == s.First && rf.norm(k) == "," && rf.clauseAfter(k+1, end):
		cd.content = trimReported(rf.doc.Text, rf.span(k+1, rf.contentEnd(k+1, end)))
	case i > s.First+2 && rf.clauseAfter(s.First, i) && (nb >= end || rf.norm(nb) == "," ||
		rf.tag(nb) == "VBN" || rf.tag(nb) == "VBG") && (k >= end || rf.norm(k) == ","):
		cd.content = rf.leftContent(s.First, i)
	default:
		return false
	}
	rf.finishReported(cd, i, i+1, cueInfo{lemma: "in"}, true)
	return true
}

// pollPhrase reports whether tokens [a, b) are a phrase headed by a poll
// word, the head being the last noun.
func (rf *reportFinder) pollPhrase(a, b int) bool {
	h := rf.headEnd(a, b) - 1
	return h >= a && pollHeads[rf.lower(h)]
}
