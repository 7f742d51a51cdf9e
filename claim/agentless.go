package claim

import "github.com/sayso/sayso/lexicon"

// agentlessLemmas are participles that report a belief held by no one in
// particular when passive and followed by an infinitive: "The vote is
// expected to be close", "He was said to favor the plan".
var agentlessLemmas = lexicon.Set(lexicon.Default().Forms(lexicon.Agentless, lexicon.Participle))

// judgedLemmas report a judgment on their subject when passive, with no
// agent: "He was accused of lying", "The plan is seen as a gamble".
var judgedLemmas = lexicon.Set(lexicon.Default().Forms(lexicon.Judged, lexicon.Participle))

// agentless reads a passive report with no source at token i of sentence
// si: "[The vote] is [widely] expected [to be close]". The content is the
// subject and the infinitive clause, the cue the participle, and the claim
// has no speaker (rule "agentless"). An agent ("expected by analysts")
// makes it an ordinary passive instead.
func (r *run) agentless(si, i, pi int) bool {
	judged := judgedLemmas[r.lower(i)] && r.lower(i+1) != "by" && r.lower(i+1) != "to" && r.lower(i+1) != "," &&
		r.lower(i+1) != "." && !isVerb(r.tok(i+1).Tag)
	if !(agentlessLemmas[r.lower(i)] && r.lower(i+1) == "to" && r.tok(i+2).Tag == "VB" || judged) || r.usedCue[i] || r.inQuote(i) {
		return false
	}
	s := r.doc.Sentences[si]
	k := i - 1
	for k > s.First && (r.tok(k).Tag == "RB" || r.lower(k) == "not") {
		k--
	}
	if w := r.lower(k); w != "is" && w != "are" && w != "was" && w != "were" && w != "be" && w != "been" && w != "'s" {
		return false
	}
	na, nb, _, _, ok := r.subjectLeft(k, s.First)
	if !ok || nb <= na {
		return false
	}
	end := r.sentContentEnd(si)
	stop := r.contentEnd(i+1, end)
	content := trimReported(r.doc.Text, r.span(na, stop))
	if content.Len() == 0 {
		return false
	}
	r.markCue(i, i+1)
	r.add(cand{kind: Indirect, content: content, cue: r.tok(i).Span, how: byAgentless, origin: "agentless", para: pi})
	return true
}

// asked reads a question put by a source the text does not name, at the
// participle "asked" (token i): "When asked about the plan, …", "Lee, asked
// why he left, said …", "Lee was asked whether …". The content is the
// question; with "by X" ("asked by reporters if") X is its source,
// otherwise the claim is agentless. The person asked is not the source. A
// sentence opening with a bare "Asked whether …, Lee said" is left alone:
// the answer that follows is the report that matters there.
func (r *run) asked(si, i, pi int) bool {
	if r.lower(i) != "asked" || r.usedCue[i] || r.inQuote(i) {
		return false
	}
	s := r.doc.Sentences[si]
	p := i - 1
	for p > s.First && r.tok(p).Tag == "RB" {
		p--
	}
	fronted := p >= s.First && (r.lower(p) == "when" || r.lower(p) == "if" || r.lower(p) == "after" ||
		r.lower(p) == "," || r.lower(p) == "once")
	passive := p >= s.First && (r.lower(p) == "was" || r.lower(p) == "were" || r.lower(p) == "is" ||
		r.lower(p) == "are" || r.lower(p) == "been" || r.lower(p) == "being")
	if !fronted && !passive {
		return false
	}
	end := r.sentContentEnd(si)
	k := i + 1
	cd := cand{kind: Indirect, cue: r.tok(i).Span, how: byAgentless, origin: "agentless", para: pi}
	if r.lower(k) == "by" {
		na, nb := r.npRight(k+1, end)
		if nb <= na {
			return false
		}
		cd.how, cd.origin, cd.np, k = byNP, "cue", r.span(na, nb), nb
	}
	for j := k; j < end && j-k <= 10 && !whWords[r.lower(k)] && r.lower(k) != "about" && r.lower(k) != "whether"; j++ {
		if w := r.lower(j); whWords[w] || w == "whether" {
			if r.tok(j-1).Norm == "," || r.tok(j-1).Tag == "NN" || r.tok(j-1).Tag == "NNP" || r.tok(j-1).Tag == "CD" {
				k = j // "asked during a luncheon on Monday if"
			}
			break
		}
	}
	switch w := r.lower(k); {
	case w == "about":
		k++
	case whWords[w] || w == "whether":
	case r.isQuoteTok(k) || r.tok(k).Norm == "“" || w == "," && (r.isQuoteTok(k+1) || r.tok(k+1).Norm == "“"):
		return false // a quoted question is a quotation's business
	default:
		return false
	}
	stop := r.contentEnd(k, end)
	if fronted && !passive {
		for j := k + 1; j < stop; j++ {
			if r.tok(j).Norm == "," && !r.inQuote(j) && (r.clauseStart(j+1, end) || r.nounLike(j+1) || isFinite(r.tok(j+1).Tag)) {
				stop = j // "Asked why he left, Lee said": the question ends at the comma
				break
			}
		}
	}
	cd.content = trimReported(r.doc.Text, r.span(k, stop))
	if cd.content.Len() == 0 {
		return false
	}
	r.markCue(i, i+1)
	r.add(cd)
	return true
}
