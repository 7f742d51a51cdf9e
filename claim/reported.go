package claim

import (
	"strings"

	"github.com/sayso/sayso/corpus"
)

// clauseLemmas report words only with a clause: "said the talks failed",
// not "said goodbye".
var clauseLemmas = map[string]bool{
	"say": true, "tell": true, "add": true, "note": true, "explain": true, "write": true,
	"reply": true, "respond": true, "comment": true, "remark": true, "observe": true,
	"agree": true, "think": true, "believe": true, "argue": true, "conclude": true,
	"admit": true, "concede": true, "insist": true, "answer": true, "recall": true,
	"repeat": true, "assure": true, "inform": true, "ask": true, "feel": true,
	"assume": true, "suspect": true, "doubt": true, "wonder": true, "imagine": true,
	"state": true, "maintain": true, "contend": true, "counter": true, "retort": true,
	"tweet": true, "declare": true, "joke": true, "quip": true, "continue": true,
	"worry": true, "read": true, "express": true, "sing": true, "chant": true, "yell": true, "scream": true, "indicate": true, "signal": true, "find": true,
	"recognize": true, "recognise": true, "realize": true, "realise": true,
}

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
			if a, b, info, ok := r.cueVerb(i); ok {
				r.postposed(si, a, b, info, pi)
			}
		}
		for i := s.First; i < s.Last; i++ {
			if r.inQuote(i) || r.usedCue[i] || r.inContent(i) {
				continue
			}
			if nounCues[r.lower(i)] && nounComplement(r.lower(i+1), r.tok(i+2).Tag) && r.tok(i-1).Norm == "'s" {
				r.possessive(si, i, pi)
				continue
			}
			if adjectiveCues[r.lower(i)] && nounComplement(r.lower(i+1), r.tok(i+2).Tag) && r.lower(i+1) != "for" && isCopula(r.lower(i-1)) {
				r.preposed(si, i-1, i+1, cueInfo{lemma: r.lower(i), class: thought}, pi)
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

// nounCues are nouns that report a statement of their possessor:
// "Trump's claim that C".
var nounCues = setOf("claim", "assertion", "statement", "promise", "warning", "argument",
	"insistence", "suggestion", "accusation", "allegation", "announcement", "pledge",
	"contention", "admission", "denial", "prediction", "belief", "view", "hope", "fear",
	"criticism", "support", "opposition", "endorsement", "praise", "attack", "call",
	"plan", "decision", "concern", "response", "message", "proposal", "comment",
	"complaint", "vow", "remark", "assessment", "threat", "demand", "request",
	"defense", "defence", "description", "characterization", "dismissal", "rejection",
	"condemnation", "acknowledgment", "acknowledgement", "explanation", "insinuation")

// nounComplement reports whether word w (followed by a word tagged next)
// opens the complement of a noun cue: "that C", "of X", "about X", "for
// X", "to V".
func nounComplement(w, next string) bool {
	switch w {
	case "that", "of", "about", "for":
		return true
	case "to":
		return next == "VB"
	}
	return false
}

// possessive reads "X's claim that C" at the noun cue i of sentence si.
func (r *run) possessive(si, i, pi int) {
	s := r.doc.Sentences[si]
	na, nb := r.npLeft(i-2, s.First)
	if nb <= na {
		return
	}
	end := r.sentContentEnd(si)
	from := i + 2
	if r.lower(i+1) == "to" {
		from = i + 1 // "X's promise | to build a wall"
	}
	stop := r.contentEnd(from, end)
	// The clause ends where the sentence's own verb begins: "X's claim
	// that crime has soared | is false"; a phrase ends at the first
	// finite verb: "X's criticism of the plan | was sharp".
	phrase := r.lower(i+1) != "that"
	seen := false
	for k := from; k < stop; k++ {
		if !isFinite(r.tok(k).Tag) || r.inQuote(k) {
			continue
		}
		if phrase || seen && isVerb(r.tok(k-1).Tag) {
			stop = k
			break
		}
		seen = true
	}
	cd := cand{kind: Indirect, cue: r.tok(i).Span, np: r.span(na, nb), how: byNP, origin: "cue", para: pi,
		content: trimReported(r.doc.Text, r.span(from, stop))}
	r.finishReported(cd, i, i+1, cueInfo{lemma: r.lower(i), class: speech}, false)
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
	}
	if a <= s.First+2 || r.clauseAfter(b, limit) || r.tok(a).Tag == "VBG" {
		return // a participle does not invert: "C, citing X" is X cited, not said
	}
	cd := cand{kind: Indirect, cue: r.span(a, b), how: byNP, origin: "cue", para: pi}
	comma := -1
	if r.tok(a-1).Norm == "," || r.isQuoteTok(a-1) {
		if na, nb := r.npRight(b, end); nb > na && !isVerb(r.tok(nb).Tag) {
			cd.np, comma = r.span(na, nb), a-1
		}
	}
	if comma < 0 {
		na, nb, xa, xb, ok := r.subjectLeft(a, s.First)
		if !ok || na <= s.First+1 || (r.tok(na-1).Norm != "," && !r.isQuoteTok(na-1)) {
			return
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
		return // "In Lagos, Okafor said": no clause before the comma
	}
	cd.content = r.leftContent(first, comma)
	r.finishReported(cd, a, b, info, true)
}

// preposed reads "X said (that) C" at the cue [a, b) of sentence si.
func (r *run) preposed(si, a, b int, info cueInfo, pi int) {
	s := r.doc.Sentences[si]
	end := r.sentContentEnd(si)
	cd := cand{kind: Indirect, cue: r.span(a, b), how: byNP, origin: "cue", para: pi}
	if r.tok(a).Tag == "VBG" && !r.participleCue(a) {
		return // "officials briefing reporters": a modifier, not a report
	}
	na, nb, xa, xb, ok := r.subjectLeft(a, r.sentFirst(si))
	borrowed := false
	switch {
	case ok:
		cd.np, cd.alt = r.span(na, nb), r.span(xa, xb)
		r.lastSubj[si] = [2]corpus.Span{cd.np, cd.alt}
	case r.tok(a).Tag == "VBG" && (r.tok(a-1).Norm == "," || r.lower(a-1) == "as" || r.lower(a-1) == "while") || r.coordinated(a, s.First):
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
	if k >= end {
		return
	}
	if borrowed && r.tok(a).Tag == "VBG" && !prepBefore(r.lower(k-1)) && !r.isQuoteTok(k) && !r.clauseStart(k, end) &&
		!info.learned && info.particle == "" && !(r.lower(k) == "to" && r.tok(k+1).Tag == "VB") &&
		!(info.lemma == "say" && r.clauseAfter(k, end)) {
		return
	}
	stop := r.contentEnd(k, end)
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

// namesAs reports whether the content [ka, kb) of "call" is an object and
// what it is called: "called the senator a liar", "called the plan
// reckless".
func (r *run) namesAs(ka, kb int) bool {
	for k := ka + 1; k < kb && k <= ka+12; k++ {
		w := r.lower(k)
		// "the ruling", "him": an object before what it is called
		noun := r.nounLike(k-1) || r.tok(k-1).Tag == "VBG" && r.tok(k-2).Tag == "DT" || k-1 == ka && r.tok(ka).Tag == "PRP"
		if (w == "a" || w == "an") && noun || r.tok(k).Tag == "JJ" && r.tok(k-1).Tag != "DT" && noun && !r.nounLike(k+1) {
			return true
		}
	}
	return false
}

// participleCue reports whether the -ing cue at a reports speech: after a
// comma ("..., saying"), a form of "be" ("was saying"), "as" ("quoted
// as saying") or "while" ("while acknowledging that").
func (r *run) participleCue(a int) bool {
	k := a - 1
	for k > 0 && r.tok(k).Tag == "RB" {
		k--
	}
	w := r.lower(k)
	return r.lower(a+1) == "that" || w == "," || w == "as" || w == "while" || w == "and" || w == "but" || isCopula(w) ||
		r.withSubject(a)
}

// withSubject reports a speech participle whose subject follows "with":
// "with 30 percent of voters saying they approve".
func (r *run) withSubject(a int) bool {
	if c, ok := lookupCue(r.tok(a).Norm); !ok || !clauseLemmas[c.lemma] {
		return false
	}
	na, nb := r.npLeft(a-1, max(0, a-10))
	return nb == a && nb > na && r.lower(na-1) == "with"
}

// sentFirst returns the first token of sentence si, or of the sentence
// before when the segmenter split inside brackets ("Sen. David Perdue
// (R-Ga.) | said").
func (r *run) sentFirst(si int) int {
	s := r.doc.Sentences[si]
	if si > 0 && r.tok(s.First).Norm == ")" && r.doc.Sentences[si-1].Paragraph == s.Paragraph {
		return r.doc.Sentences[si-1].First
	}
	return s.First
}

// coordinated reports whether the cue at a is the second verb of its
// subject: "X told reporters C, but conceded that D".
func (r *run) coordinated(a, lo int) bool {
	k := a - 1
	for k > lo && (r.tok(k).Tag == "RB" || auxWords[r.lower(k)]) {
		k--
	}
	w := r.lower(k)
	return w == "but" || w == "and" || w == "," || w == "or"
}

// clauseStart reports whether a clause starts at k: a subject and then a
// finite verb within a few words ("his is confident", "he doesn't").
func (r *run) clauseStart(k, end int) bool {
	for k < end && r.tok(k).Tag == "RB" {
		k++
	}
	t := r.tok(k)
	if t.Tag != "PRP" && t.Tag != "PRP$" && t.Tag != "DT" && !strings.HasPrefix(t.Tag, "NN") && t.Tag != "EX" {
		return false
	}
	for j := k + 1; j < end && j <= k+6; j++ {
		if isFinite(r.tok(j).Tag) {
			return true
		}
	}
	return false
}

// finishReported classifies the content (indirect, mixed, or a direct
// quotation), checks it, marks the cue used and adds the candidate.
func (r *run) finishReported(cd cand, a, b int, info cueInfo, left bool) {
	if cd.content.Len() == 0 {
		return
	}
	ka, kb := r.tokAt(cd.content.Start), r.tokEndingBy(cd.content.End)
	if kb-ka < 2 && !left && !prepBefore(r.lower(ka-1)) && r.lower(ka-1) != "for" && !r.proForm(ka, kb) {
		return
	}
	if r.lower(ka) == "not" && r.lower(ka+1) == "to" {
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
	if clauseLemmas[info.lemma] && !hasQuote && !left && !r.hasVerb(ka, kb+1) && !r.proForm(ka, kb) &&
		!prepBefore(r.lower(ka-1)) && !(r.lower(ka) == "to" && r.tok(ka+1).Tag == "VB") {
		return
	}
	for qi, q := range r.quotes {
		if cd.content.Contains(q.inner) || q.span.Overlaps(cd.np) {
			r.usedQuote[qi] = true
		}
	}
	if info.learned {
		if t := r.tok(ka); t.Tag == "IN" && r.lower(ka) != "that" || t.Tag == "RP" ||
			t.Tag == "TO" && !strings.HasPrefix(r.tok(ka+1).Tag, "VB") {
			return // "pushed for", "talked down", "backed by": an action, not a statement
		}
		cd.learned, cd.precision = true, info.precision
	}
	r.markCue(a, b)
	r.add(cd)
}
