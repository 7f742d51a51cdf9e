package claim

import (
	"slices"
	"strings"
	"sync"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// clauseLemmas report words only with a clause: "said the talks failed",
// not "said goodbye".
var clauseLemmas = sync.OnceValue(func() map[string]bool { return lemmasOf(lexicon.Clause) })

// objectLemmas report a noun phrase as well as a clause: "noted the
// rule", "explained its importance".
var objectLemmas = sync.OnceValue(func() map[string]bool { return lemmasOf(lexicon.Object) })

// reported finds reported speech in paragraph pi: "X said (that) C",
// "C, X said", "C, said X", "according to X, C", "X told Y that C". The
// attribution that ends a sentence is read first, since it governs what
// the sentence reports; a cue inside the content of a claim already found
// is nested speech and is left alone.
func (rf *reportFinder) reported(pi int) {
	p := rf.doc.Paragraphs[pi]
	for si := p.First; si < p.Last && si < len(rf.doc.Sentences) && !rf.poll.Done(); si++ {
		s := rf.doc.Sentences[si]
		for i := s.First; i < s.Last; i++ {
			if rf.inQuote(i) {
				continue
			}
			if rf.lower(i) == "according" && rf.lower(i+1) == "to" {
				rf.accordingTo(si, i)
				continue
			}
			if rf.inPoll(si, i, pi) || !rf.mayCue(i) {
				continue
			}
			if a, b, info, ok := rf.cueVerb(i); ok {
				rf.postposed(si, a, b, info, pi)
			}
		}
		for i := s.First; i < s.Last; i++ {
			if rf.inQuote(i) || rf.cueUsed(i) || rf.inContent(i) {
				continue
			}
			if rf.passive(si, i, pi) || rf.agentless(si, i, pi) || rf.asked(si, i, pi) {
				continue
			}
			if rf.maybe(i, kindNoun) && nounCues()[rf.lower(i)] && nounComplement(rf.lower(i+1), rf.tag(i+2)) && (rf.norm(i-1) == "'s" || rf.possessor(i) > 0) {
				rf.possessive(si, i, pi)
				continue
			}
			if c := rf.adjectiveCue(i); c >= 0 {
				rf.preposed(si, c, i+1, cueInfo{lemma: rf.lower(i), class: thought}, pi)
				continue
			}
			if !rf.mayCue(i) {
				continue // most tokens: cueVerb, not inlined, would say no
			}
			if a, b, info, ok := rf.cueVerb(i); ok {
				rf.preposed(si, a, b, info, pi)
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
func (f *finder) inContent(i int) bool { return f.used(i, covered) }

// postposed reads "C, X said" and "C, said X" at the cue [a, b) of
// sentence si: the content is the clause before the comma.
func (rf *reportFinder) postposed(si, a, b int, info cueInfo, pi int) {
	s := rf.doc.Sentences[si]
	end := rf.sentContentEnd(si)
	limit := end
	for j := b; j+1 < end; j++ {
		if rf.norm(j) == "," && rf.tag(j+1) == "VBG" {
			limit = j
			break
		}
		if j == b && (rf.norm(j) == "," || ortho.IsDash(rf.norm(j))) && (rf.lower(j+1) == "and" || rf.lower(j+1) == "but") {
			limit = j // "C, Okafor said — and he added D"
			break
		}
		if (rf.norm(j) == "," || rf.norm(j) == "(") && !rf.clauseAfter(b, j) && !rf.isQuoteTok(j+1) {
			// "C, said Ann Lee, an adviser who …", "C, lawmakers said
			// Friday, as they …": what follows the comma is no complement.
			limit = j
			break
		}
	}
	// "The harbour, she said, is doing well": the attribution interrupts
	// the clause it reports.
	// "…, she said on Monday, is" allows an adjunct before the comma.
	cb := b
	for cb < end && cb-b <= 8 && rf.norm(cb) != "," && !isVerb(rf.tag(cb)) && !rf.inQuote(cb) {
		cb++
	}
	interrupts := rf.norm(cb) == "," && !rf.clauseAfter(s.First, a)
	if a <= s.First+2 || (rf.clauseAfter(b, limit) || rf.quotedVerbAfter(b, limit)) && !(interrupts && limit <= cb) || rf.tag(a) == "VBG" {
		return // a participle does not invert: "C, citing X" is X cited, not said
	}
	if rf.lower(b) == "to" && rf.tag(b+1) == "VB" {
		return // "if she stands, she would try to mend": the cue has its complement
	}
	if rf.proForm(b, b+1) {
		return // "Asked if she is honest, 75 percent said yes": the answer is the report
	}
	cd := cand{kind: Indirect, cue: rf.span(a, b), how: byNP, origin: "cue", para: pi}
	comma, after := -1, b
	if rf.closesClause(a-1) && !info.tellClass() && info.class != thought && actOf(rf.cues.acts, info.lemma) != Thought &&
		!stanceLemmas()[info.lemma] && !passiveLemmas()[info.lemma] && !rf.isQuoteTok(b) {
		// "C, said X"; but "…, told his aides to", "…, branded Cole
		// as" and "…, wants an inquiry" (a thought never inverts) have
		// their subject before, and in "X, who ran the campaign, said
		// “…”" the quotation is what was said.
		if na, nb := rf.npRight(b, end); nb > na && !isVerb(rf.tag(nb)) && !(nb-na == 1 && nonSources()[rf.lower(na)]) {
			cd.np, cd.alt, comma, after = rf.span(na, nb), rf.appositionRight(nb, end), a-1, nb
		}
	}
	if comma < 0 {
		na, nb, xa, xb, ok := rf.subjectLeft(a, s.First)
		if !ok || na <= s.First+1 || !rf.closesClause(na-1) || rf.relativeSubject(a) {
			return // "…, a birther who has pledged": a relative clause, not an attribution
		}
		cd.np, cd.alt, comma = rf.span(na, nb), rf.span(xa, xb), na-1
	}
	if rf.overlapping(rf.span(s.First, comma), corpus.Span{}) {
		return // already reported, as a quotation or by an earlier cue
	}
	rf.lastSubj[si] = [2]corpus.Span{cd.np, cd.alt}
	first := s.First
	if !rf.clauseAfter(first, comma) {
		// "The harbour, she said, is doing well": the attribution
		// interrupts the clause, which is the content, whole.
		if interrupts && after == b && comma > first && rf.tag(first) != "IN" && rf.clauseAfter(cb+1, end) &&
			!rf.cueUsed(a) {
			cd.content = trimReported(rf.doc.Text, rf.span(first, end))
			rf.finishReported(cd, a, b, info, true)
			return
		}
		// "People like Tom Baker, she said.": a phrase that closes its
		// sentence with the attribution is what was said; so are a
		// quoted clause and the phrase after it ("“We're thrilled” about
		// the ruling, said Ruiz").
		t := rf.tag(first)
		phrase := b == end && comma-first >= 2 && clauseLemmas()[info.lemma] &&
			(t == "DT" || t == "JJ" || t == "CD" || strings.HasPrefix(t, "NN")) && !timeWords()[rf.lower(first)]
		if phrase || rf.isMark(first) && rf.clauseStart(first+1, comma) && rf.quoteClosesIn(first, comma) {
			cd.content = rf.leftContent(first, comma)
			rf.finishReported(cd, a, b, info, true)
		}
		return // "In Lagos, Okafor said": no clause before the comma
	}
	if w := rf.lower(comma - 1); (w == "which" || w == "who") && rf.norm(b) == "," && rf.clauseAfter(b+1, end) {
		// "the arena, which, Okafor said, is full": the relative
		// clause, interrupted, is what was said.
		cd.content = trimReported(rf.doc.Text, rf.span(comma-1, end))
		rf.finishReported(cd, a, b, info, true)
		return
	}
	for j := comma - 1; j > first; j-- {
		if n := rf.norm(j); (n == ":" || n == ";") && !rf.inQuote(j) {
			if !rf.clauseAfter(j+1, comma) {
				return // "…: On May 9, 2012, the two neighbours signed": a date, not a report
			}
			break
		}
	}
	k := first
	for rf.tag(k) == "CC" || rf.tag(k) == "RB" {
		k++
	}
	if subordinators()[rf.lower(k)] && !rf.hasWord(k, comma, ",") {
		return // "When the council cut the budget, the mayor said enough": no report before
	}
	if rf.reportOpens(first, comma) {
		return // "she disclosed that after the attack, Finch called her": the clause before is a report of its own
	}
	if rf.norm(cb) == "," && after == b && rf.goesOn(cb+1, end) {
		// "It is rare, Finch said, for a patient to wait a week": the
		// attribution interrupts a clause that goes on after it, with
		// no subject of its own; the content is the whole.
		cd.content = trimReported(rf.doc.Text, rf.span(first, end))
		rf.finishReported(cd, a, b, info, true)
		return
	}
	cd.content = rf.leftContent(first, comma)
	rf.finishReported(cd, a, b, info, true)
}

// goesOn reports whether the words [k, end) after an interrupting
// attribution finish the clause before it: a phrase opened by a
// preposition or an infinitive's "to" ("for a patient to wait", "to
// anyone who asks"), with no cue of its own.
func (rf *reportFinder) goesOn(k, end int) bool {
	if k >= end || rf.lower(k) == "that" || ortho.Capitalized(rf.tok(k).Text) || rf.tag(k) != "IN" && rf.tag(k) != "TO" {
		return false
	}
	for j := k; j < end; j++ {
		if rf.mayCue(j) && rf.speechCue(j) {
			return false
		}
	}
	return true
}

// reportOpens reports a finite cue verb in [a, b) whose "that" follows in
// it with no verb after it before b: the clause it opens runs past b
// ("she disclosed that after the attack, | Finch called her").
func (rf *reportFinder) reportOpens(a, b int) bool {
	for j := max(a, b-48); j < b; j++ {
		if !isFinite(rf.tag(j)) || rf.inQuote(j) || !rf.speechCue(j) {
			continue
		}
		for k := j + 1; k < b && k-j <= 24; k++ { // as far as skipToContent looks for "that"
			if rf.lower(k) == "that" {
				return !rf.hasVerb(k+1, b)
			}
		}
	}
	return false
}

// closesClause reports whether token j closes the clause that a
// postposed attribution reports: a comma, or a closing quotation mark
// after the quotation's own comma or stop ("“…,” said X", "“…?” she
// asked"). A quoted term that ends in a word ("any “confidential” email
// threads") closes nothing: the word after it is no cue.
func (rf *reportFinder) closesClause(j int) bool {
	if rf.norm(j) == "," {
		return true
	}
	if !rf.isQuoteTok(j) {
		return false
	}
	switch n := rf.norm(j - 1); {
	case n == "," || n == "." || n == "?" || n == "!" || n == "…" || n == "..." || ortho.IsDash(n):
		return true
	}
	return false
}

// finishReported classifies the content (indirect, mixed, or a direct
// quotation), checks it, marks the cue used and adds the candidate.
func (rf *reportFinder) finishReported(cd cand, a, b int, info cueInfo, left bool) {
	if cd.content.Len() == 0 {
		return
	}
	ka, kb := rf.tokAt(cd.content.Start), rf.tokEndingBy(cd.content.End)
	if kb-ka == 1 && rf.tag(ka) == "RB" && (left || !rf.proForm(ka, kb)) {
		return // "According to the mayor, basically": no statement; but "said so" is one
	}
	if kb-ka < 2 && !left && !prepBefore(rf.lower(ka-1)) && rf.lower(ka-1) != "for" && !rf.proForm(ka, kb) &&
		!(info.learned && (rf.tag(ka) == "NNP" || objectPronouns()[rf.lower(ka)])) {
		return
	}
	if rf.lower(ka) == "not" && rf.lower(ka+1) == "to" && (info.lemma == "ask" || info.lemma == "request" || rf.lower(ka+2) == "be") {
		return // "asked not to be named": a request, not a statement
	}
	if !left && rf.tag(ka) == "VBZ" && !rf.isQuoteTok(ka) {
		return // a finite verb has no subject: "the deal announces includes"
	}
	hasQuote, whole := false, -1
	lo, hi := rf.quotesOver(cd.content)
	for qi := lo; qi < hi; qi++ {
		if q := rf.quotes[qi]; q.span.Overlaps(cd.content) {
			hasQuote = true
			if trimPunct(rf.doc.Text, cd.content, endPunct+quoteMarks) == trimPunct(rf.doc.Text, q.inner, endPunct) {
				whole = qi
			}
		}
	}
	if info.lemma == "call" && !hasQuote && rf.lower(ka-1) != "for" && rf.lower(ka-1) != "on" && !rf.hasVerb(ka, kb+1) &&
		!rf.namesAs(ka, kb) {
		return // "called the police": a call, not a claim, unless it names ("called it “a disgrace”")
	}
	if whole >= 0 {
		if rf.usedQuote[whole] {
			return
		}
		cd.kind, cd.content = Direct, rf.quotes[whole].inner
	} else if hasQuote {
		cd.kind = Mixed
		// A quotation inside reported content is part of it, not a claim
		// of its own.
		rf.absorb(&cd)
	}
	if info.class == thought && !hasQuote && !left && !rf.hasVerb(ka, kb+1) && rf.lower(ka-1) != "that" && !rf.proForm(ka, kb) &&
		!(adjectiveCues()[info.lemma] && (rf.lower(ka-1) == "of" || rf.lower(ka-1) == "about")) &&
		rf.tag(ka) != "VBG" && !rf.hasInfinitive(ka, kb+1) {
		return // "considered the matter": a belief needs a proposition
	}
	if clauseLemmas()[info.lemma] && !objectLemmas()[info.lemma] && !hasQuote && !left && !rf.hasVerb(ka, kb+1) && !rf.proForm(ka, kb) &&
		!rf.hiddenVerb(ka, kb) &&
		!prepBefore(rf.lower(ka-1)) && !(rf.lower(ka) == "to" && rf.tag(ka+1) == "VB") && rf.tag(ka) != "VBG" &&
		!slices.Contains(prepOf()[info.lemma], info.particle) {
		// A clause verb reports a noun phrase only after its preposition:
		// "did not respond to requests for comment".
		return
	}
	// A quotation the content holds, or the speaker's words overlap, is
	// used: both overlap the quotation's span.
	lo, hi = rf.quotesOver(cd.content)
	np0, np1 := rf.quotesOver(cd.np)
	for _, r := range [2][2]int{{lo, hi}, {np0, np1}} {
		for qi := r[0]; qi < r[1]; qi++ {
			if q := rf.quotes[qi]; cd.content.Contains(q.inner) || q.span.Overlaps(cd.np) {
				rf.usedQuote[qi] = true
			}
		}
	}
	if !left && !hasQuote && (rf.tag(ka) == "RBR" || rf.tag(ka) == "JJR") && rf.lower(ka+1) == "than" && !rf.hasVerb(ka, kb) {
		return // "spoke longer than ten minutes": how much, not what
	}
	if info.learned && !hasQuote && (rf.lower(ka) == "no" || reflexives()[rf.lower(ka)]) && !rf.hasVerb(ka, kb) {
		return // "offered no proof", "found themselves in": nothing put forward
	}
	if t := rf.tok(ka); !left && !hasQuote && (placePreps()[rf.lower(ka)] || t.Tag == "RP" ||
		t.Tag == "TO" && !strings.HasPrefix(rf.tag(ka+1), "VB")) && !rf.hasVerb(ka, kb) {
		return // "shouted to the crowd", "called into the show": where, not what
	}
	if info.learned {
		if t := rf.tok(ka); t.Tag == "IN" && rf.lower(ka) != "that" || t.Tag == "RP" ||
			t.Tag == "TO" && !strings.HasPrefix(rf.tag(ka+1), "VB") {
			return // "pushed for", "talked down", "backed by": an action, not a statement
		}
		cd.learned, cd.precision = true, info.precision
	}
	if raisingLemmas()[info.lemma] && (placePreps()[rf.lower(ka)] || placePreps()[rf.lower(ka-1)] || rf.lower(ka-1) == "on" || rf.lower(ka) == "on") {
		return // "appeared on a reality show": a showing, not an impression
	}
	if raisingLemmas()[info.lemma] && (rf.tag(ka) == "JJ" || rf.tag(ka) == "RB" && rf.tag(ka+1) == "JJ") {
		return // "appeared cautious": how the subject looked to the writer, no report
	}
	if raisingLemmas()[info.lemma] && !(rf.lower(ka) == "to" && rf.cueWord(ka+1)) {
		// "The forum appears to be used by smugglers": the subject is what the
		// report is about; no one is its source. "He appeared to blame
		// them" keeps its source, the subject of the inner cue. The
		// impression is of the subject, so the content opens with it, as
		// PolNeAR marks it: "the plan seems to have failed".
		if !left && !cd.np.IsZero() && cd.np.End <= cd.cue.Start {
			cd.content.Start = rf.raisedSubject(rf.tokAt(cd.np.Start)).Start
		}
		cd.how, cd.np, cd.alt = byAgentless, corpus.Span{}, corpus.Span{}
	}
	rf.markCue(a, b)
	rf.add(cd)
}

// raisedSubject returns the start of the subject of a raising verb whose
// head is token h: the phrase back to the clause's opening comma, dash or
// subordinator, or the sentence start ("Still, the shortage of nurses
// in rural clinics seems").
func (rf *reportFinder) raisedSubject(h int) corpus.Token {
	first := rf.sentFirst(rf.sentOf(h))
	j := h
	for j > first {
		p := rf.tok(j - 1)
		if p.Norm == "," || p.Norm == ";" || p.Norm == ":" || ortho.IsDash(p.Norm) || rf.isQuoteTok(j-1) ||
			p.Tag == "CC" || subordinators()[rf.lower(j-1)] || isFinite(p.Tag) || rf.lower(j-1) == "that" {
			break
		}
		j--
	}
	return rf.tok(j)
}

// subordinators open a clause that cannot stand as reported content.
var subordinators = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.Subordinator) })

// openingName returns the name of the person that opens sentence si in
// apposition, when the cue at a closes the apposition: "Dennis Oduya,
// chief executive of a firm that offers loans to farmers, said".
func (rf *reportFinder) openingName(si, a int) (corpus.Span, bool) {
	if rf.norm(a-1) != "," {
		return corpus.Span{}, false
	}
	first := rf.doc.Sentences[si].First
	if rf.isQuoteTok(first) {
		first++
	}
	e, m, ok := rf.look.EntityAt(rf.tok(first).Span)
	if !ok || e.Type != entity.Person || m.Start != rf.tok(first).Start {
		return corpus.Span{}, false
	}
	if after := rf.tokAt(m.End); after >= a-1 || rf.norm(after) != "," {
		return corpus.Span{}, false
	}
	return m.Span, true
}

// preposed reads "X said (that) C" at the cue [a, b) of sentence si.
func (rf *reportFinder) preposed(si, a, b int, info cueInfo, pi int) {
	s := rf.doc.Sentences[si]
	end := rf.sentContentEnd(si)
	cd := cand{kind: Indirect, cue: rf.span(a, b), how: byNP, origin: "cue", para: pi}
	fronted := false
	if np, c, ok := rf.frontedSubject(si, a, end); ok {
		// "Claiming C, Lee told reporters", "After saying C, she left": the
		// participle's subject follows its clause.
		fronted, cd.np, end = true, np, c
	}
	if rf.tag(a) == "VBG" && !rf.participleCue(a) && !fronted {
		rf.reducedRelative(si, a, b, info, pi)
		return // "officials briefing reporters": a modifier, not a report
	}
	if rf.asideParticiple(a, end) {
		return // "An official, speaking on condition of anonymity, said C": the verb after reports
	}
	na, nb, xa, xb, ok := rf.subjectLeft(a, rf.sentFirst(si))
	if fronted {
		ok = false
	}
	if ok && rf.tag(a) == "VBG" && rf.setsOff(a-1) && rf.hasClauseSubject(si, na) {
		// "X spoke about the closing of a clinic in Fresno, California,
		// arguing that C": a participle after a comma has the clause's
		// subject, not the phrase before it.
		ok = false
	}
	borrowed := false
	switch {
	case fronted:
	case ok:
		cd.np, cd.alt = rf.span(na, nb), rf.span(xa, xb)
		rf.lastSubj[si] = [2]corpus.Span{cd.np, cd.alt}
	case rf.tag(a) == "VBG" && (rf.setsOff(a-1) || rf.leadsParticiple(a-1)) || rf.coordinated(a, s.First) ||
		rf.goesOnTo(a):
		// "..., adding that", "... but said": the subject of the cue
		// before, or of the sentence.
		borrowed = true
		if np, alt, ok := rf.cueBeforeComma(si, a); ok {
			cd.np, cd.alt = np, alt // "“…,” he said, adding that": the subject of that cue
		} else if sub, ok := rf.lastSubj[si]; ok {
			cd.np, cd.alt = sub[0], sub[1]
		} else if sa, sb, ok := rf.sentenceSubject(si); ok {
			cd.np = rf.span(sa, sb)
		} else if np, ok := rf.openingName(si, a); ok {
			cd.np = np
		} else {
			cd.how = byContinuation
		}
	default:
		return
	}
	if ok && rf.lower(na-1) != "who" && rf.thatSubject(a) && (info.learned && rf.tag(na) != "NNS" && rf.tag(nb-1) != "NNS" || actOf(rf.cues.acts, rf.norm(a)) == Statement) {
		return // "an advisory that warned of": a document's words are read only after a name
	}
	if rf.lower(b) == "on" && rf.lower(b+1) == "condition" || rf.lower(b) == "and" && rf.lower(b+1) == "done" {
		return // "spoke on condition of anonymity", "all was said and done": idioms, no report
	}
	k := rf.skipToContent(b, end, info)
	if info.lemma == "tell" && k == b && rf.tag(k) == "PRP" && nominative()[rf.lower(k)] && isFinite(rf.tag(k+1)) {
		return // "diagnosed with cancer and told he had months to live": no addressee, a passive
	}
	if k == b && rf.timeAdjunct(k, end) {
		return // "Edmonton replied two minutes later when …": when it acted, no words
	}
	if info.lemma == "add" && k == b && rf.addsThing(k, end) {
		return // "the index added 1.4 points", "added one more title to her name": no words
	}
	if k >= end || ok && rf.objectGap(na) && !rf.clauseStart(k, end) {
		return // "what she said when she resigned": the object comes before
	}
	if borrowed && rf.tag(a) == "VBG" && rf.leadsAdverbial(a-1) && rf.lower(k-1) != "that" && !rf.clauseStart(k, end) {
		return // "before mocking her offer": an act done, where "before insisting he had" reports
	}
	if borrowed && rf.tag(a) == "VBG" && !prepBefore(rf.lower(k-1)) && !rf.isQuoteTok(k) && !rf.clauseStart(k, end) &&
		!info.learned && info.particle == "" && !(rf.lower(k) == "to" && rf.tag(k+1) == "VB") &&
		!(info.lemma == "say" && rf.clauseAfter(k, end)) && !(info.lemma == "call" && rf.callsNames(k, end)) &&
		!(whWords()[rf.lower(k)] && rf.clauseAfter(k+1, end)) && !(rf.lower(a-1) == "," && !clauseLemmas()[info.lemma] && rf.nounLike(k+1) && !rf.citesInformant(info, k, end)) {
		return
	}
	stop := rf.contentEnd(k, end)
	if n := rf.proFormLen(k); n > 0 && rf.lower(k) != "the" && (rf.norm(k+n) == "," || rf.tag(k+n) == "IN" || rf.tag(k+n) == "RB") {
		// "said so in March", "thinks so, too", "said as much in": the
		// pro-form alone ("said the same of Cole" says of whom).
		stop = k + n
	}
	if rf.relativeSubject(a) {
		// "Lee, who said he votes, said C": the relative clause ends where
		// its antecedent's own verb comes back.
		// "Officials who have seen the plan say C": a restrictive clause
		// with a noun phrase for its content ends before the
		// antecedent's cue.
		finite := false
		for j := k + 1; j < stop; j++ {
			if (rf.norm(j-1) == "," || ortho.IsDash(rf.norm(j-1))) && isFinite(rf.tag(j)) && !rf.inQuote(j) {
				stop = j - 1 // "the report -- which finds C -- was shelved"
				break
			}
			if !finite && isFinite(rf.tag(j)) && rf.nounLike(j-1) && rf.speechCue(j) && !rf.inQuote(j) && rf.norm(na-1) != "," {
				stop = j
				break
			}
			finite = finite || isFinite(rf.tag(j))
		}
	}
	if ok && (subordinators()[rf.lower(na-1)] || rf.lower(na-1) == "as" || rf.openingSubordinate(si, na)) {
		// "Though Greer notes A, the roles matter": the report ends with
		// its subordinate clause.
		for j := k + 1; j < stop; j++ {
			if rf.norm(j) == "," && !rf.inQuote(j) && (rf.clauseStart(j+1, stop) || rf.adjunctThenClause(j+1, stop)) {
				stop = j
				break
			}
		}
	}
	if !clauseLemmas()[info.lemma] && info.class != thought && rf.lower(k-1) != "that" && !whWords()[rf.lower(k)] &&
		rf.lower(k) != "to" && rf.lower(k) != "that" {
		stop = rf.objectEnd(k, stop)
	}
	cd.content = trimReported(rf.doc.Text, rf.span(k, stop))
	// A quotation opened in the content runs to its closing mark, past
	// the sentence: "adding that “A. B,”".
	lo, hi := rf.quotesOver(cd.content)
	for _, q := range rf.quotes[lo:hi] {
		if q.span.Start >= cd.content.Start && q.span.Start < cd.content.End && q.span.End > cd.content.End &&
			!q.unclosed && len(q.parts) == 1 {
			cd.content.End = q.span.End
		}
	}
	rf.finishReported(cd, a, b, info, false)
	// "said that A and that B": a second content for the same cue.
	j := stop
	if rf.norm(j) == "," {
		j++
	}
	if rf.cueUsed(a) && rf.lower(k-1) == "that" && rf.lower(j) == "and" && rf.lower(j+1) == "that" {
		k2 := j + 2
		stop2 := rf.contentEnd(k2, end)
		cd.content = trimReported(rf.doc.Text, rf.span(k2, stop2))
		cd.kind = Indirect
		rf.finishReported(cd, a, b, info, false)
	}
}

// reflexives as the object of a stance verb make an idiom ("found
// themselves in"), not a report.
var reflexives = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.Reflexive) })

// stanceLemmas of the written lexicon take an object, not a clause, and so
// never invert their source: "…, branded Cole as a fraud".
var stanceLemmas = sync.OnceValue(func() map[string]bool { return lemmasOf(lexicon.NoInvert) })

// hasClauseSubject reports whether sentence si has a subject found before
// token na for a participle to borrow: that of an earlier cue, or a name
// of a person or an organization before the sentence's first finite verb.
func (rf *reportFinder) hasClauseSubject(si, na int) bool {
	if _, ok := rf.lastSubj[si]; ok {
		return true
	}
	sa, sb, ok := rf.sentenceSubject(si)
	if !ok || sb > na || sb <= sa {
		return false
	}
	e, _, ok := rf.look.EntityAt(rf.tok(sb - 1).Span)
	return ok && (e.Type == entity.Person || e.Type == entity.Org)
}

// frontedSubject finds the subject of a participle cue at a that opens
// sentence si, alone or after "after", "before", "while" or "when"
// ("Claiming C, Lee told reporters", "After saying C, she left"): the noun
// phrase after the comma that closes the participle's clause, before a
// finite verb. It returns that phrase and the comma's index.
func (rf *reportFinder) frontedSubject(si, a, end int) (corpus.Span, int, bool) {
	if !rf.opensWithParticiple(a) {
		return corpus.Span{}, 0, false
	}
	for c := a + 1; c < end && c-a <= 40; c++ {
		next := c + 1
		switch {
		case rf.norm(c) != ",":
			continue
		case rf.isMark(c + 1):
			next = c + 2 // "After saying it was “so sore,” she left": the comma before the closing mark
		case rf.inQuote(c):
			continue
		}
		na, nb := rf.npRight(next, end)
		n := nb
		for n < end && (rf.tag(n) == "RB" || rf.tag(n) == "MD" || auxWords[rf.lower(n)]) {
			n++
		}
		if nb > na && n < end && isFinite(rf.tag(n)) {
			return rf.span(na, nb), c, true
		}
		return corpus.Span{}, 0, false
	}
	return corpus.Span{}, 0, false
}

// timeAdjunct reports a phrase of time at k (timeEnd) that is all there
// is after the cue: "a couple of minutes later", "just 17 seconds later".
// A clause or a "that" after it is the content still ("said years later
// he C", "imagined a year ago, as …, that C").
func (rf *reportFinder) timeAdjunct(k, end int) bool {
	e := rf.timeEnd(k, end)
	return e > k && !rf.clauseStart(e, end) && !rf.hasWord(e, min(end, e+40), "that")
}

// addsThing reports an object of "add" at k that is a thing added, not
// words: an amount ("0.2 per cent", "$5"), "another …", or a noun phrase
// added to something ("one more case to the list").
func (rf *reportFinder) addsThing(k, end int) bool {
	if rf.tag(k) == "CD" || rf.norm(k) == "$" || rf.lower(k) == "another" {
		return true
	}
	j := k
	for j < end && j-k < 8 && rf.nounLike(j) && !rf.inQuote(j) {
		j++
	}
	return j > k && rf.lower(j) == "to" && rf.tag(j+1) != "VB"
}

// cueBeforeComma returns the subject of a cue verb that ends right
// before the comma ahead of the participle at a: "he said, adding".
func (rf *reportFinder) cueBeforeComma(si, a int) (np, alt corpus.Span, ok bool) {
	c := a - 2
	if rf.norm(a-1) != "," || c < rf.sentFirst(si) || !isFinite(rf.tag(c)) || !rf.isCueAt(c) {
		return np, alt, false
	}
	na, nb, xa, xb, ok := rf.subjectLeft(c, rf.sentFirst(si))
	if !ok {
		return np, alt, false
	}
	return rf.span(na, nb), rf.span(xa, xb), true
}

// quotedVerbAfter reports a subject at b whose verb opens a quoted
// fragment: "said the reach “is much wider” than", a clause
// for the cue before it.
func (rf *reportFinder) quotedVerbAfter(b, end int) bool {
	k := b
	for k < end && k-b < 12 && rf.nounLike(k) && !rf.isMark(k) && !rf.inQuote(k) {
		k++
	}
	if k == b || !rf.isMark(k) {
		return false
	}
	return k+1 < end && rf.inQuote(k+1) && isFinite(rf.tag(k+1))
}

// speechCue reports a cue verb at j that is not of the learned list:
// "say", "believe", not "made".
func (rf *reportFinder) speechCue(j int) bool {
	info, ok := rf.cueAt(j)
	return ok && !info.learned
}

// openingSubordinate reports whether the subject at na is the first
// phrase of a subordinate clause that opens sentence si, after an adjunct
// with no comma: "Although in September she said A, …".
func (rf *reportFinder) openingSubordinate(si, na int) bool {
	k := rf.doc.Sentences[si].First
	for k < na && (rf.tag(k) == "CC" || rf.tag(k) == "RB") {
		k++
	}
	if k >= na || na-k > 12 || !subordinators()[rf.lower(k)] {
		return false
	}
	for j := k + 1; j < na; j++ {
		if rf.norm(j) == "," || isVerb(rf.tag(j)) || rf.inQuote(j) {
			return false
		}
	}
	return true
}

// hiddenVerb reports a verb in the present that the tagger read as a
// plural noun inside content [ka, kb) with no other verb: a word in -s
// after a singular noun and before what follows a verb ("say the lead
// hides/NNS problems", "said every extra hour yields/NNS a gain").
func (v *view) hiddenVerb(ka, kb int) bool {
	for j := ka + 1; j+1 < kb; j++ {
		w := v.lower(j)
		if v.tag(j) != "NNS" || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || ortho.Capitalized(v.tok(j).Text) {
			continue
		}
		if p := v.tag(j - 1); p != "NN" && p != "NNP" {
			continue
		}
		switch v.tag(j + 1) {
		case "DT", "PRP$", "PRP", "TO", "CD", "RB", "NNS":
			return true
		}
	}
	return false
}
