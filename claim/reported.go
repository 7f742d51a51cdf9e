package claim

import (
	"strings"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/lexicon"
)

// clauseLemmas report words only with a clause: "said the talks failed",
// not "said goodbye".
var clauseLemmas = lemmasOf(lexicon.Clause)

// objectLemmas report a noun phrase as well as a clause: "noted the
// rule", "explained its importance".
var objectLemmas = lemmasOf(lexicon.Object)

// reported finds reported speech in paragraph pi: "X said (that) C",
// "C, X said", "C, said X", "according to X, C", "X told Y that C". The
// attribution that ends a sentence is read first, since it governs what
// the sentence reports; a cue inside the content of a claim already found
// is nested speech and is left alone.
func (r *run) reported(pi int) {
	p := r.doc.Paragraphs[pi]
	for si := p.First; si < p.Last && si < len(r.doc.Sentences); si++ {
		s := r.doc.Sentences[si]
		for i := s.First; i < s.Last; i++ {
			if r.inQuote(i) {
				continue
			}
			if r.lower(i) == "according" && r.lower(i+1) == "to" {
				r.accordingTo(si, i)
				continue
			}
			if r.inPoll(si, i, pi) {
				continue
			}
			if a, b, info, ok := r.cueVerb(i); ok {
				r.postposed(si, a, b, info, pi)
			}
		}
		for i := s.First; i < s.Last; i++ {
			if r.inQuote(i) || r.usedCue[i] || r.inContent(i) {
				continue
			}
			if r.passive(si, i, pi) || r.agentless(si, i, pi) || r.asked(si, i, pi) {
				continue
			}
			if nounCues[r.lower(i)] && nounComplement(r.lower(i+1), r.tok(i+2).Tag) && (r.tok(i-1).Norm == "'s" || r.possessor(i) > 0) {
				r.possessive(si, i, pi)
				continue
			}
			if c := r.adjectiveCue(i); c >= 0 {
				r.preposed(si, c, i+1, cueInfo{lemma: r.lower(i), class: thought}, pi)
				continue
			}
			if a, b, info, ok := r.cueVerb(i); ok {
				r.preposed(si, a, b, info, pi)
			}
		}
	}
}

// prepBefore reports the words after which content is a noun phrase:
// "said that", "told the council of the need", "warned about".
func prepBefore(w string) bool {
	return w == "that" || w == "of" || w == "about" || w == "on"
}

func isCopula(w string) bool {
	switch w {
	case "is", "was", "are", "were", "be", "been", "am", "remains", "remained":
		return true
	}
	return false
}

// inContent reports whether token i lies in the content of a claim found.
func (r *run) inContent(i int) bool {
	s := r.tok(i).Span
	for _, c := range r.cands {
		if c.content.Contains(s) {
			return true
		}
	}
	return false
}

// postposed reads "C, X said" and "C, said X" at the cue [a, b) of
// sentence si: the content is the clause before the comma.
func (r *run) postposed(si, a, b int, info cueInfo, pi int) {
	s := r.doc.Sentences[si]
	end := r.sentContentEnd(si)
	limit := end
	for j := b; j+1 < end; j++ {
		if r.tok(j).Norm == "," && r.tok(j+1).Tag == "VBG" {
			limit = j
			break
		}
		if (r.tok(j).Norm == "," || isDash(r.tok(j).Norm)) && (r.lower(j+1) == "and" || r.lower(j+1) == "but") && j == b {
			limit = j // "C, Okafor said — and he added D"
			break
		}
		if (r.tok(j).Norm == "," || r.tok(j).Norm == "(") && !r.clauseAfter(b, j) && !r.isQuoteTok(j+1) {
			// "C, said Ann Lee, an adviser who …", "C, lawmakers said
			// Friday, as they …": what follows the comma is no complement.
			limit = j
			break
		}
	}
	// "The industry, she said, is doing well": the attribution interrupts
	// the clause it reports.
	// "…, she said on Monday, is" allows an adjunct before the comma.
	cb := b
	for cb < end && cb-b <= 8 && r.tok(cb).Norm != "," && !isVerb(r.tok(cb).Tag) && !r.inQuote(cb) {
		cb++
	}
	interrupts := r.tok(cb).Norm == "," && !r.clauseAfter(s.First, a)
	if a <= s.First+2 || r.clauseAfter(b, limit) && !(interrupts && limit <= cb) || r.tok(a).Tag == "VBG" {
		return // a participle does not invert: "C, citing X" is X cited, not said
	}
	cd := cand{kind: Indirect, cue: r.span(a, b), how: byNP, origin: "cue", para: pi}
	comma, after := -1, b
	if (r.tok(a-1).Norm == "," || r.isQuoteTok(a-1)) && !info.tellClass() && !stanceLemmas[info.lemma] && !passiveLemmas[info.lemma] {
		// "C, said X"; but "…, told his aides to" and "…, blasted
		// Clinton as" have their subject before.
		if na, nb := r.npRight(b, end); nb > na && !isVerb(r.tok(nb).Tag) && !(nb-na == 1 && nonSources[r.lower(na)]) {
			cd.np, comma, after = r.span(na, nb), a-1, nb
		}
	}
	if comma < 0 {
		na, nb, xa, xb, ok := r.subjectLeft(a, s.First)
		if !ok || na <= s.First+1 || (r.tok(na-1).Norm != "," && !r.isQuoteTok(na-1)) || r.relativeSubject(a) {
			return // "…, a birther who has pledged": a relative clause, not an attribution
		}
		cd.np, cd.alt, comma = r.span(na, nb), r.span(xa, xb), na-1
	}
	for _, c := range r.cands {
		if c.content.Overlaps(r.span(s.First, comma)) {
			return // already reported, as a quotation or by an earlier cue
		}
	}
	r.lastSubj[si] = [2]corpus.Span{cd.np, cd.alt}
	first := s.First
	if !r.clauseAfter(first, comma) {
		// "The industry, she said, is doing well": the attribution
		// interrupts the clause, which is the content, whole.
		if interrupts && after == b && comma > first && r.tok(first).Tag != "IN" && r.clauseAfter(cb+1, end) &&
			!r.usedCue[a] {
			cd.content = trimReported(r.doc.Text, r.span(first, end))
			r.finishReported(cd, a, b, info, true)
			return
		}
		// "People like Scott, he said.": a phrase that closes its
		// sentence with the attribution is what was said.
		if t := r.tok(first).Tag; b == end && comma-first >= 2 && clauseLemmas[info.lemma] &&
			(t == "DT" || t == "JJ" || t == "CD" || strings.HasPrefix(t, "NN")) && !timeWords[r.lower(first)] {
			cd.content = r.leftContent(first, comma)
			r.finishReported(cd, a, b, info, true)
		}
		return // "In Lagos, Okafor said": no clause before the comma
	}
	if w := r.lower(comma - 1); (w == "which" || w == "who") && r.tok(b).Norm == "," && r.clauseAfter(b+1, end) {
		// "the stadium, which, Tompkins said, is full": the relative
		// clause, interrupted, is what was said.
		cd.content = trimReported(r.doc.Text, r.span(comma-1, end))
		r.finishReported(cd, a, b, info, true)
		return
	}
	for j := comma - 1; j > first; j-- {
		if n := r.tok(j).Norm; (n == ":" || n == ";") && !r.inQuote(j) {
			if !r.clauseAfter(j+1, comma) {
				return // "…: On July 6, 2011, the two countries signed": a date, not a report
			}
			break
		}
	}
	k := first
	for r.tok(k).Tag == "CC" || r.tok(k).Tag == "RB" {
		k++
	}
	if subordinators[r.lower(k)] && !r.hasComma(k, comma) {
		return // "When Congress cut funding, Mexico said enough": no report before
	}
	cd.content = r.leftContent(first, comma)
	r.finishReported(cd, a, b, info, true)
}

// finishReported classifies the content (indirect, mixed, or a direct
// quotation), checks it, marks the cue used and adds the candidate.
func (r *run) finishReported(cd cand, a, b int, info cueInfo, left bool) {
	if cd.content.Len() == 0 {
		return
	}
	ka, kb := r.tokAt(cd.content.Start), r.tokEndingBy(cd.content.End)
	if kb-ka == 1 && r.tok(ka).Tag == "RB" {
		return // "According to MSNBC, basically": no statement
	}
	if kb-ka < 2 && !left && !prepBefore(r.lower(ka-1)) && r.lower(ka-1) != "for" && !r.proForm(ka, kb) &&
		!(info.learned && (r.tok(ka).Tag == "NNP" || objectPronouns[r.lower(ka)])) {
		return
	}
	if r.lower(ka) == "not" && r.lower(ka+1) == "to" && (info.lemma == "ask" || info.lemma == "request" || r.lower(ka+2) == "be") {
		return // "asked not to be named": a request, not a statement
	}
	if !left && r.tok(ka).Tag == "VBZ" && !r.isQuoteTok(ka) {
		return // a finite verb has no subject: "the deal announces includes"
	}
	hasQuote, whole := false, -1
	for qi, q := range r.quotes {
		if q.span.Overlaps(cd.content) {
			hasQuote = true
			if trimPunct(r.doc.Text, cd.content, endPunct+quoteMarks) == trimPunct(r.doc.Text, q.inner, endPunct) {
				whole = qi
			}
		}
	}
	if info.lemma == "call" && !hasQuote && r.lower(ka-1) != "for" && r.lower(ka-1) != "on" && !r.hasVerb(ka, kb+1) &&
		!r.namesAs(ka, kb) {
		return // "called the police": a call, not a claim, unless it names ("called it “a disgrace”")
	}
	if whole >= 0 {
		if r.usedQuote[whole] {
			return
		}
		cd.kind, cd.content = Direct, r.quotes[whole].inner
	} else if hasQuote {
		cd.kind = Mixed
		// A quotation inside reported content is part of it, not a claim
		// of its own.
		kept := r.cands[:0]
		for _, o := range r.cands {
			if !(o.origin == "quote" && o.kind == Direct && cd.content.Contains(o.content)) {
				kept = append(kept, o)
			}
		}
		r.cands = kept
	}
	if info.class == thought && !hasQuote && !left && !r.hasVerb(ka, kb+1) && r.lower(ka-1) != "that" &&
		!(adjectiveCues[info.lemma] && (r.lower(ka-1) == "of" || r.lower(ka-1) == "about")) &&
		r.tok(ka).Tag != "VBG" && !r.hasInfinitive(ka, kb+1) {
		return // "considered the matter": a belief needs a proposition
	}
	if clauseLemmas[info.lemma] && !objectLemmas[info.lemma] && !hasQuote && !left && !r.hasVerb(ka, kb+1) && !r.proForm(ka, kb) &&
		!prepBefore(r.lower(ka-1)) && !(r.lower(ka) == "to" && r.tok(ka+1).Tag == "VB") {
		return
	}
	for qi, q := range r.quotes {
		if cd.content.Contains(q.inner) || q.span.Overlaps(cd.np) {
			r.usedQuote[qi] = true
		}
	}
	if !left && !hasQuote && (r.tok(ka).Tag == "RBR" || r.tok(ka).Tag == "JJR") && r.lower(ka+1) == "than" && !r.hasVerb(ka, kb) {
		return // "spoke longer than 30 minutes": how much, not what
	}
	if info.learned && !hasQuote && (r.lower(ka) == "no" || reflexives[r.lower(ka)]) && !r.hasVerb(ka, kb) {
		return // "offered no proof", "found themselves in": nothing put forward
	}
	if t := r.tok(ka); !left && !hasQuote && (placePreps[r.lower(ka)] || t.Tag == "RP" ||
		t.Tag == "TO" && !strings.HasPrefix(r.tok(ka+1).Tag, "VB")) && !r.hasVerb(ka, kb) {
		return // "shouted to the crowd", "called into the show": where, not what
	}
	if info.learned {
		if t := r.tok(ka); t.Tag == "IN" && r.lower(ka) != "that" || t.Tag == "RP" ||
			t.Tag == "TO" && !strings.HasPrefix(r.tok(ka+1).Tag, "VB") {
			return // "pushed for", "talked down", "backed by": an action, not a statement
		}
		cd.learned, cd.precision = true, info.precision
	}
	if raisingLemmas[info.lemma] && (placePreps[r.lower(ka)] || placePreps[r.lower(ka-1)] || r.lower(ka-1) == "on" || r.lower(ka) == "on") {
		return // "appeared on a reality show": a showing, not an impression
	}
	if raisingLemmas[info.lemma] && !(r.lower(ka) == "to" && r.cueWord(ka+1)) {
		// "Twitter appears to be used by ISIS": the subject is what the
		// report is about; no one is its source. "He appeared to blame
		// them" keeps its source, the subject of the inner cue.
		cd.how, cd.np, cd.alt = byAgentless, corpus.Span{}, corpus.Span{}
	}
	r.markCue(a, b)
	r.add(cd)
}

// subordinators open a clause that cannot stand as reported content.
var subordinators = wordsOf(lexicon.Subordinator)

// preposed reads "X said (that) C" at the cue [a, b) of sentence si.
func (r *run) preposed(si, a, b int, info cueInfo, pi int) {
	s := r.doc.Sentences[si]
	end := r.sentContentEnd(si)
	cd := cand{kind: Indirect, cue: r.span(a, b), how: byNP, origin: "cue", para: pi}
	if r.tok(a).Tag == "VBG" && !r.participleCue(a) {
		r.reducedRelative(si, a, b, info, pi)
		return // "officials briefing reporters": a modifier, not a report
	}
	na, nb, xa, xb, ok := r.subjectLeft(a, r.sentFirst(si))
	borrowed := false
	switch {
	case ok:
		cd.np, cd.alt = r.span(na, nb), r.span(xa, xb)
		r.lastSubj[si] = [2]corpus.Span{cd.np, cd.alt}
	case r.tok(a).Tag == "VBG" && (r.tok(a-1).Norm == "," || r.lower(a-1) == "as" || r.lower(a-1) == "while") || r.coordinated(a, s.First) ||
		r.goesOnTo(a):
		// "..., adding that", "... but said": the subject of the cue
		// before, or of the sentence.
		borrowed = true
		if sub, ok := r.lastSubj[si]; ok {
			cd.np, cd.alt = sub[0], sub[1]
		} else if sa, sb, ok := r.sentenceSubject(si); ok {
			cd.np = r.span(sa, sb)
		} else {
			cd.how = byContinuation
		}
	default:
		return
	}
	k := r.skipToContent(b, end, info)
	if k >= end || ok && r.objectGap(na) && !r.clauseStart(k, end) {
		return // "what she said when she resigned": the object comes before
	}
	if borrowed && r.tok(a).Tag == "VBG" && !prepBefore(r.lower(k-1)) && !r.isQuoteTok(k) && !r.clauseStart(k, end) &&
		!info.learned && info.particle == "" && !(r.lower(k) == "to" && r.tok(k+1).Tag == "VB") &&
		!(info.lemma == "say" && r.clauseAfter(k, end)) && !(info.lemma == "call" && r.callsNames(k, end)) &&
		!(whWords[r.lower(k)] && r.clauseAfter(k+1, end)) && !(r.lower(a-1) == "," && !clauseLemmas[info.lemma] && r.nounLike(k+1) && !r.citesInformant(info, k, end)) {
		return
	}
	stop := r.contentEnd(k, end)
	if r.relativeSubject(a) {
		// "Lee, who said he votes, said C": the relative clause ends where
		// its antecedent's own verb comes back.
		for j := k + 1; j < stop; j++ {
			if r.tok(j-1).Norm == "," && isFinite(r.tok(j).Tag) && !r.inQuote(j) {
				stop = j - 1
				break
			}
		}
	}
	if ok && (subordinators[r.lower(na-1)] || r.lower(na-1) == "as") {
		// "Though Lynch notes A, the roles matter": the report ends with
		// its subordinate clause.
		for j := k + 1; j < stop; j++ {
			if r.tok(j).Norm == "," && !r.inQuote(j) && r.clauseStart(j+1, stop) {
				stop = j
				break
			}
		}
	}
	if !clauseLemmas[info.lemma] && info.class != thought && r.lower(k-1) != "that" && !whWords[r.lower(k)] &&
		r.lower(k) != "to" && r.lower(k) != "that" {
		stop = r.objectEnd(k, stop)
	}
	cd.content = trimReported(r.doc.Text, r.span(k, stop))
	// A quotation opened in the content runs to its closing mark, past
	// the sentence: "adding that “A. B,”".
	for _, q := range r.quotes {
		if q.span.Start >= cd.content.Start && q.span.Start < cd.content.End && q.span.End > cd.content.End &&
			!q.unclosed && len(q.parts) == 1 {
			cd.content.End = q.span.End
		}
	}
	r.finishReported(cd, a, b, info, false)
	// "said that A and that B": a second content for the same cue.
	j := stop
	if r.tok(j).Norm == "," {
		j++
	}
	if r.usedCue[a] && r.lower(k-1) == "that" && r.lower(j) == "and" && r.lower(j+1) == "that" {
		k2 := j + 2
		stop2 := r.contentEnd(k2, end)
		cd.content = trimReported(r.doc.Text, r.span(k2, stop2))
		cd.kind = Indirect
		r.finishReported(cd, a, b, info, false)
	}
}

// reflexives as the object of a stance verb make an idiom ("found
// themselves in"), not a report.
var reflexives = wordsOf(lexicon.Reflexive)

// stanceLemmas of the written lexicon take an object, not a clause, and so
// never invert their source: "…, blasted Clinton as a disgrace".
var stanceLemmas = lemmasOf(lexicon.NoInvert)
