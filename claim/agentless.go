package claim

import (
	"sync"

	"github.com/sayso/sayso/lexicon"
)

// agentlessLemmas are participles that report a belief held by no one in
// particular when passive and followed by an infinitive: "The vote is
// expected to be close", "He was said to favor the plan".
var agentlessLemmas = sync.OnceValue(func() map[string]bool {
	return lexicon.Set(lexicon.Default().Forms(lexicon.Agentless, lexicon.Participle))
})

// judgedLemmas report a judgment on their subject when passive, with no
// agent: "He was accused of lying", "The plan is seen as a gamble".
var judgedLemmas = sync.OnceValue(func() map[string]bool {
	return lexicon.Set(lexicon.Default().Forms(lexicon.Judged, lexicon.Participle))
})

// agentless reads a passive report with no source at token i of sentence
// si: "[The vote] is [widely] expected [to be close]". The content is the
// subject and the infinitive clause, the cue the participle, and the claim
// has no speaker (rule "agentless"). An agent ("expected by analysts")
// makes it an ordinary passive instead.
func (rf *reportFinder) agentless(si, i, pi int) bool {
	if !rf.maybe(i, kindAgentless|kindJudged) {
		return false
	}
	judged := judgedLemmas()[rf.lower(i)] && rf.lower(i+1) != "by" && rf.lower(i+1) != "to" && rf.lower(i+1) != "," &&
		rf.lower(i+1) != "." && !isVerb(rf.tag(i+1))
	if !(agentlessLemmas()[rf.lower(i)] && rf.lower(i+1) == "to" && rf.tag(i+2) == "VB" || judged) || rf.cueUsed(i) || rf.inQuote(i) {
		return false
	}
	s := rf.doc.Sentences[si]
	k := i - 1
	for k > s.First && (rf.tag(k) == "RB" || rf.lower(k) == "not") {
		k--
	}
	if w := rf.lower(k); w != "is" && w != "are" && w != "was" && w != "were" && w != "be" && w != "been" && w != "'s" {
		return false
	}
	na, nb, _, _, ok := rf.subjectLeft(k, s.First)
	if !ok || nb <= na {
		return false
	}
	end := rf.sentContentEnd(si)
	stop := rf.contentEnd(i+1, end)
	content := trimReported(rf.doc.Text, rf.span(na, stop))
	if content.Len() == 0 {
		return false
	}
	rf.markCue(i, i+1)
	rf.add(cand{kind: Indirect, content: content, cue: rf.tok(i).Span, how: byAgentless, origin: "agentless", para: pi})
	return true
}

// asked reads a question put by a source the text does not name, at the
// participle "asked" (token i): "When asked about the plan, …", "Lee, asked
// why he left, said …", "Lee was asked whether …". The content is the
// question; with "by X" ("asked by reporters if") X is its source,
// otherwise the claim is agentless. The person asked is not the source. A
// sentence opening with a bare "Asked whether …, Lee said" is left alone:
// the answer that follows is the report that matters there; but when the
// answer is only "yes", "no" or "so" ("Asked whether …, 46 percent said
// yes"), question and answer are two reports.
func (rf *reportFinder) asked(si, i, pi int) bool {
	if rf.lower(i) != "asked" || rf.cueUsed(i) || rf.inQuote(i) {
		return false
	}
	s := rf.doc.Sentences[si]
	p := i - 1
	for p > s.First && rf.tag(p) == "RB" {
		p--
	}
	fronted := p >= s.First && (rf.lower(p) == "when" || rf.lower(p) == "if" || rf.lower(p) == "after" ||
		rf.lower(p) == "," || rf.lower(p) == "once")
	passive := p >= s.First && (rf.lower(p) == "was" || rf.lower(p) == "were" || rf.lower(p) == "is" ||
		rf.lower(p) == "are" || rf.lower(p) == "been" || rf.lower(p) == "being")
	end := rf.sentContentEnd(si)
	fronted = fronted || p < s.First && rf.answered(i+1, end)
	if !fronted && !passive {
		return false
	}
	k := i + 1
	cd := cand{kind: Indirect, cue: rf.tok(i).Span, how: byAgentless, origin: "agentless", para: pi}
	if rf.lower(k) == "by" {
		na, nb := rf.npRight(k+1, end)
		if nb <= na {
			return false
		}
		cd.how, cd.origin, cd.np, k = byNP, "cue", rf.span(na, nb), nb
	}
	for j := k; j < end && j-k <= 10 && !whWords()[rf.lower(k)] && rf.lower(k) != "about" && rf.lower(k) != "whether"; j++ {
		if w := rf.lower(j); whWords()[w] || w == "whether" {
			if rf.norm(j-1) == "," || rf.tag(j-1) == "NN" || rf.tag(j-1) == "NNP" || rf.tag(j-1) == "CD" {
				k = j // "asked during a dinner on Monday if"
			}
			break
		}
	}
	switch w := rf.lower(k); {
	case w == "about":
		k++
	case whWords()[w] || w == "whether":
	case rf.isQuoteTok(k) || rf.norm(k) == "“" || w == "," && (rf.isQuoteTok(k+1) || rf.norm(k+1) == "“"):
		return false // a quoted question is a quotation's business
	default:
		return false
	}
	stop := rf.contentEnd(k, end)
	if fronted && !passive {
		for j := k + 1; j < stop; j++ {
			if rf.norm(j) == "," && !rf.inQuote(j) && (rf.clauseStart(j+1, end) || rf.nounLike(j+1) || isFinite(rf.tag(j+1))) {
				stop = j // "Asked why he left, Lee said": the question ends at the comma
				break
			}
		}
	}
	cd.content = trimReported(rf.doc.Text, rf.span(k, stop))
	if cd.content.Len() == 0 {
		return false
	}
	rf.markCue(i, i+1)
	rf.add(cd)
	return true
}

// answered reports a cue answered by "yes", "no" or "so" in [k, end):
// "…, 46 percent said yes".
func (rf *reportFinder) answered(k, end int) bool {
	for j := k + 1; j < end; j++ {
		if rf.cueWord(j-1) && rf.proForm(j, j+1) && (j+1 == end || rf.norm(j+1) == ",") {
			return true
		}
	}
	return false
}
