package claim

import (
	"fmt"
	"math"
	"strings"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/internal/ortho"
)

// How a speaker was found, before it is named as a rule.
const (
	resName    = "name"    // a person named at the cue
	resOrg     = "org"     // an organization or place named at the cue
	resPronoun = "pronoun" // he, she, they, it
	resNominal = "nominal" // the minister, the ministry
	resUnnamed = "unnamed" // one official, critics
	resJoint   = "joint"   // Okafor and Costa
	// resDescribed is a source phrase that resolves to nothing known.
	resDescribed = "described"
	// resLonePronoun is a pronoun with no antecedent in the text.
	resLonePronoun = "lone-pronoun"
)

// who is a resolved speaker with how it was found.
type who struct {
	sp     Speaker
	others []Speaker
	res    string
	ent    *entity.Entity
	plural bool
	head   string // the head noun of a description
}

// hist is a claim already resolved, for pronouns and continuations.
type hist struct {
	w    who
	para int
	pos  int
	// quoted marks a claim with quoted words (direct or mixed); aside one
	// reporting something other than a statement ("in which she was
	// sure", "mocking Ms. Cole's offer").
	quoted, aside bool
}

// resolveAll resolves every candidate's speaker in text order and returns
// the claims.
func (sr *speakers) resolveAll(cands []cand) []Claim {
	done := make([]hist, 0, len(cands))
	out := make([]Claim, 0, len(cands))
	var forward []int // claims waiting for the next speaker
	var paraOf []int  // the text paragraph (textPara) of each claim in out
	for _, c := range cands {
		if sr.poll.Done() {
			break // Extract returns the context's error
		}
		tp := sr.textPara(c.para)
		cl := Claim{Kind: c.kind, Text: c.content.In(sr.doc.Text), Span: c.content,
			Cue: c.cue.In(sr.doc.Text), CueSpan: c.cue}
		var w who
		ok := false
		switch c.how {
		case byNP:
			w, ok = sr.resolveNP(c.np, c.alt, c.cue.Start, done)
		case byContinuation:
			if len(done) > 0 && tp-done[len(done)-1].para <= 2 {
				w, ok = sr.continued(done, tp).w, true
				w.res = "continuation"
			}
		}
		if c.how == byAgentless {
			// A report with no source ("is expected to"): no speaker, and
			// nothing for a later pronoun to refer to.
			cl.Rule, cl.Confidence = confidence(RuleAgentless)
			cl.Trace = sr.trace(c, w, false, cl)
			out = append(out, cl)
			paraOf = append(paraOf, tp)
			continue
		}
		if c.how == byForward {
			cl.Rule, cl.Confidence = confidence(RuleNoSpeaker)
			cl.Trace = sr.trace(c, w, false, cl)
			forward = append(forward, len(out))
			out = append(out, cl)
			paraOf = append(paraOf, tp)
			continue
		}
		if !ok && c.how == byNP && !c.learned {
			// A subject that names no entity and no known role ("nearly
			// eight in ten voters", "she" with no antecedent) is still the
			// source as written.
			w, ok = sr.describe(c.np)
		}
		if !ok {
			cl.Rule, cl.Confidence = confidence(RuleNoSpeaker)
			if c.origin != "quote" && c.origin != "leftover" && c.origin != "run-on" {
				continue // reported speech needs a source
			}
			cl.Trace = sr.trace(c, w, false, cl)
			out = append(out, cl)
			paraOf = append(paraOf, tp)
			continue
		}
		if c.how == byNP {
			w.sp = sr.withRelative(w.sp, c.np, c.cue)
		}
		cl.Speaker, cl.Others = w.sp, w.others
		cl.Rule, cl.Confidence = ruleFor(c, w)
		if c.learned {
			// The claim must be one, and its speaker right.
			cl.Confidence = math.Round(100*cl.Confidence*c.precision) / 100
		}
		cl.Trace = sr.trace(c, w, true, cl)
		out = append(out, cl)
		paraOf = append(paraOf, tp)
		done = append(done, hist{w: w, para: tp, pos: c.cue.Start, quoted: c.kind != Indirect,
			aside: c.kind == Indirect && actOf(sr.cues.acts, cl.Cue) != Statement})
	}
	// A quotation paragraph with no cue, followed by the speaker's
	// attributed quotation, is the same speaker's.
	for _, i := range forward {
		if j := i + 1; j < len(out) && out[j].Rule != RuleNoSpeaker && paraOf[j]-paraOf[i] <= 1 &&
			out[j].Kind == Direct {
			out[i].Speaker, out[i].Others = out[j].Speaker, out[j].Others
			out[i].Rule, out[i].Confidence = RuleContinuation, forwardConfidence
			if t := out[i].Trace; t != nil {
				t.Confidence = "fixed for a quotation paragraph before its speaker's attributed quotation"
			}
		} else if k, ok := lastNamed(out, paraOf, i); ok {
			// No attribution follows: the quoted paragraph goes on with
			// the last named speaker a few paragraphs up.
			out[i].Speaker, out[i].Others = out[k].Speaker, out[k].Others
			out[i].Rule, out[i].Confidence = confidence(RuleRunOn)
		}
	}
	return out
}

// continued returns the claim whose speaker a quotation with no cue in
// paragraph para goes on with: the last claim, or, when the claims after
// the last quotation of the paragraph only report what was thought or
// stood for, that quotation's. "“It's settled,” she said of the
// vote, in which she was sure Lopez would win. “No doubt.”" goes on
// with "she said"; "Baker told the chamber before mocking Ms. Cole's
// offer. “She only wants to talk now.”" with Baker.
func (sr *speakers) continued(done []hist, para int) hist {
	last := done[len(done)-1]
	for k := len(done) - 1; k >= 0 && done[k].para == para; k-- {
		switch {
		case done[k].quoted:
			return done[k]
		case !done[k].aside:
			return last
		}
	}
	return last
}

// lastNamed returns the last claim before out[i], at most three
// paragraphs up, whose speaker is a named entity.
func lastNamed(out []Claim, paraOf []int, i int) (int, bool) {
	for k := i - 1; k >= 0 && paraOf[i]-paraOf[k] <= 3; k-- {
		if out[k].Rule != RuleNoSpeaker && out[k].Speaker.Entity != "" {
			return k, true
		}
	}
	return 0, false
}

// trace records how candidate c became claim cl, when tracing.
func (sr *speakers) trace(c cand, w who, ok bool, cl Claim) *Trace {
	if !sr.tracing {
		return nil
	}
	t := &Trace{Detector: c.origin, Beat: sr.beats[c.id], Sieve: sieveOf(c, w, ok), Confidence: confidenceSource(cl.Rule)}
	if c.learned {
		t.Confidence += fmt.Sprintf(", times the learned cue's precision %.2f", c.precision)
	}
	return t
}

// resolveNP resolves the source noun phrase np (with an optional
// apposition alt) at position pos.
func (sr *speakers) resolveNP(np, alt corpus.Span, pos int, done []hist) (who, bool) {
	a, b := sr.trimNP(sr.tokAt(np.Start), sr.tokEndingBy(np.End))
	if b <= a {
		return who{}, false
	}
	w, ok := sr.resolveTokens(a, b, pos, done)
	if !ok || w.res == resDescribed || w.res == resUnnamed {
		if pa, ok := sr.lastConjunct(a, b); ok {
			// "The schedule underwent a change and Okafor says": the
			// phrase taken for the subject ran over a clause into the name.
			return sr.resolveTokens(pa, b, pos, done)
		}
	}
	if alt.Len() == 0 && (!ok || w.res == resNominal || w.res == resUnnamed) {
		alt = sr.nameBefore(a)
	}
	if ok && w.res == resUnnamed {
		if fw, ok := sr.issuedBy(a, min(sr.headEnd(a, b), b), pos, done); ok {
			return fw, true
		}
	}
	if ok && w.res == resUnnamed && !w.plural {
		if e, ok := sr.namedLater(np, w.head); ok {
			w.sp.Entity, w.sp.Name, w.ent, w.res = e.ID, e.Name, e, resNominal
			return w, true
		}
	}
	if alt.Len() > 0 && (!ok || w.res == resNominal || w.res == resUnnamed) && !sr.relativeAt(sr.tokAt(alt.Start)) {
		xa, xb := sr.trimNP(sr.tokAt(alt.Start), sr.tokEndingBy(alt.End))
		// "their allies, members of the Unionist Party, said": a
		// description by a possessive pronoun gives way to an apposition
		// that names who they are.
		vague := ok && w.res == resUnnamed && sr.tag(a) == "PRP$" && sr.hasCapital(xa, xb)
		if aw, aok := sr.resolveTokens(xa, xb, pos, done); aok && (aw.res == resName || aw.res == resOrg || vague) {
			aw.sp.Span = corpus.Span{Start: min(sr.tok(a).Start, sr.tok(xa).Start), End: max(sr.tok(b-1).End, sr.tok(xb-1).End)}
			aw.sp.Text = aw.sp.Span.In(sr.doc.Text)
			return aw, true
		}
	}
	return w, ok
}

// issuedBy resolves a document that stands for a source to the named
// person or organization it comes from: "a statement from the ministry",
// "a letter by Ana Ruiz", "Ana Ruiz's statement". Tokens [a, b) are the
// document's phrase, which "from" or "by" may follow.
func (sr *speakers) issuedBy(a, b, pos int, done []hist) (who, bool) {
	head := ortho.Singular(sr.lower(b - 1))
	if !sourceNouns()[head] || personRoles()[head] {
		return who{}, false // "a spokesman for the ministry" is a person
	}
	// The source's tokens [na, nb), and the end of the whole phrase.
	na, nb, end := a, b-2, b
	if p := b - 2; p <= a || sr.norm(p) != "'s" && sr.tag(p) != "POS" {
		if w := sr.lower(b); w != "from" && w != "by" {
			return who{}, false
		}
		na, nb = sr.npRight(b+1, sr.doc.Sentences[sr.sentOf(b)].Last)
		for nb > na && sr.norm(nb-1) == "." {
			nb-- // the sentence's stop
		}
		end = nb
	}
	if nb <= na {
		return who{}, false
	}
	w, ok := sr.resolveTokens(na, nb, pos, done)
	if !ok || w.res != resName && w.res != resOrg {
		return who{}, false
	}
	w.sp.Span = sr.span(a, end)
	w.sp.Text = w.sp.Span.In(sr.doc.Text)
	return w, true
}

// relativeAt reports a relative clause opening at token k, after a
// comma or dash: "the group — which endorsed Cole —" is no apposition.
func (sr *speakers) relativeAt(k int) bool {
	w := sr.lower(k)
	return sr.relativeWord(k) && w != "that" || w == "where" || w == "when"
}

// lastConjunct returns the start of the person's name that ends tokens
// [a, b) after their last "and" or "but". The caller asks when the whole
// names no one: the words before the name are then a clause the tagger
// misread or a description, and the name the source.
func (sr *speakers) lastConjunct(a, b int) (int, bool) {
	for k := b - 1; k > a; k-- {
		if w := sr.lower(k); w != "and" && w != "but" {
			continue
		}
		e, m, ok := sr.look.EntityAt(sr.tok(k + 1).Span)
		if !ok || e.Type != entity.Person || m.Start != sr.tok(k+1).Start || m.End != sr.tok(b-1).End {
			return 0, false
		}
		return k + 1, true
	}
	return 0, false
}

// namedLater finds the person that the text names with the head noun of
// an indefinite description later in the same paragraph, the noun
// written right before the name: "A spokesman for the faction said ...
// The spokesman, Karim Nassar, said". It looks no further than the
// paragraph, and only at a person first named after the description.
func (sr *speakers) namedLater(np corpus.Span, head string) (*entity.Entity, bool) {
	if head == "" {
		return nil, false
	}
	end := sr.doc.Paragraphs[sr.doc.Sentences[sr.sentOf(sr.tokAt(np.Start))].Paragraph].End
	for k := sr.tokAt(np.End); k < len(sr.doc.Tokens) && sr.tok(k).End <= end; k++ {
		if ortho.Singular(sr.lower(k)) != head {
			continue
		}
		n := k + 1
		if sr.norm(n) == "," {
			n++
		}
		e, m, ok := sr.look.EntityAt(sr.tok(n).Span)
		if ok && e.Type == entity.Person && m.Start == sr.tok(n).Start && len(e.Mentions) > 0 && e.Mentions[0].Start >= np.End {
			return e, true
		}
	}
	return nil, false
}

// nameBefore returns the span of a person's name that opens its sentence
// and stands in apposition before token a, the first of a description:
// "Irina Sokol, an analyst who studies the navy, noted". It returns the zero span when there is none.
func (sr *speakers) nameBefore(a int) corpus.Span {
	if a < 2 || sr.norm(a-1) != "," {
		return corpus.Span{}
	}
	last := sr.tok(a - 2)
	e, m, ok := sr.look.EntityAt(last.Span)
	if !ok || e.Type != entity.Person || m.End != last.End {
		return corpus.Span{}
	}
	first := sr.tokAt(m.Start)
	s := sr.doc.Sentences[sr.sentOf(first)]
	if first != s.First && !sr.isQuoteTok(first-1) {
		return corpus.Span{}
	}
	return m.Span
}

// withRelative stretches a speaker's span over the relative pronoun that
// joins its phrase np to the cue: "the economist, who said" is written
// "the economist, who" nearest the cue.
func (sr *speakers) withRelative(sp Speaker, np, cue corpus.Span) Speaker {
	if np.Len() == 0 || sp.Span.Len() == 0 || sp.End > np.End {
		return sp
	}
	k := sr.tokEndingBy(np.End)
	if sr.norm(k) == "," {
		k++
	}
	w := sr.lower(k)
	if w != "who" && w != "which" || k >= len(sr.doc.Tokens) {
		return sp
	}
	j := k + 1
	for j < len(sr.doc.Tokens) && sr.tok(j).End <= cue.Start && (auxWords[sr.lower(j)] || sr.tag(j) == "RB") {
		j++
	}
	if sr.tok(j).Start == cue.Start {
		sp.Span.End = sr.tok(k).End
		sp.Text = sp.Span.In(sr.doc.Text)
	}
	return sp
}

// describe keeps an unresolved source phrase as an unnamed speaker: the
// phrase itself is the description.
func (sr *speakers) describe(np corpus.Span) (who, bool) {
	if np.Len() == 0 {
		return who{}, false
	}
	a, b := sr.trimNP(sr.tokAt(np.Start), sr.tokEndingBy(np.End))
	if b <= a || b-a > 12 {
		return who{}, false
	}
	// A source ends in a noun or a number: "an hourlong", "a strong" and
	// "Now" are pieces of a phrase the tagger cut in the wrong place.
	if h := sr.tok(b - 1); !strings.HasPrefix(h.Tag, "NN") && h.Tag != "CD" && h.Tag != "PRP" && !sr.nounLike(b-1) ||
		sr.tag(a) == "RB" && b-a == 1 {
		return who{}, false
	}

	sp := Speaker{Span: sr.span(a, b)}
	sp.Text = sp.Span.In(sr.doc.Text)
	sp.Name = sp.Text
	return who{sp: sp, res: resDescribed, head: sr.lower(b - 1)}, true
}

// trimNP drops quotation marks, commas and leading conjunctions from the
// edges of a phrase.
func (sr *speakers) trimNP(a, b int) (int, int) {
	for a < b {
		w := sr.lower(a)
		if sr.isQuoteTok(a) || w == "," || w == "both" || npPreps()[w] || strings.HasPrefix(sr.tag(a), "W") || sr.tag(a) == "IN" || w == "but" || w == "and" || w == "however" || ortho.IsDash(w) ||
			(sr.tag(a) == "RB" || sr.tag(a) == "CC") && (!ortho.Capitalized(sr.tok(a).Text) || a+1 < b && (sr.tag(a+1) == "DT" || sr.tag(a+1) == "PRP$")) {
			a++
			continue
		}
		break
	}
	for b > a && (sr.isQuoteTok(b-1) || sr.norm(b-1) == "," || ortho.IsDash(sr.norm(b-1))) {
		b--
	}
	return a, b
}

// resolveTokens resolves the phrase [a, b).
func (sr *speakers) resolveTokens(a, b, pos int, done []hist) (who, bool) {
	if b <= a {
		return who{}, false
	}
	sp := Speaker{Span: sr.span(a, b)}
	sp.Text = sp.Span.In(sr.doc.Text)
	// "Rep. Nora Kettering (D-Ore.)": the bracket is not the head.
	if sr.norm(b-1) == ")" {
		for k := b - 2; k > a; k-- {
			if sr.norm(k) == "(" {
				w, ok := sr.resolveTokens(a, k, pos, done)
				w.sp.Span, w.sp.Text = sp.Span, sp.Text
				return w, ok
			}
		}
	}
	if b-a == 1 && (speakerPronouns()[sr.lower(a)] || possessivePronouns[sr.lower(a)] != "" && sr.tag(a) == "PRP$") {
		return sr.resolvePronoun(a, pos, done)
	}
	if w, ok := sr.resolveJoint(a, b, pos, done); ok {
		return w, true
	}
	he := sr.headEnd(a, b)
	h := he - 1
	for h > a && (sr.norm(h) == "'s" || sr.tag(h) == "POS") {
		h--
	}
	if e, m, ok := sr.look.EntityAt(sr.tok(h).Span); ok && m.Overlaps(sr.tok(h).Span) && speakerType(e.Type) {
		res := resName
		if e.Type != entity.Person {
			res = resOrg
		}
		sp.Entity, sp.Name = e.ID, e.Name
		return who{sp: sp, res: res, ent: e}, true
	}
	if ortho.AllCaps(sr.tok(h).Text) {
		// "WHITLOCK:" in a transcript names "Dana Whitlock".
		if e, ok := sr.look.ByName(sr.phrase(a, he)); ok {
			sp.Entity, sp.Name = e.ID, e.Name
			return who{sp: sp, res: resName, ent: e}, true
		}
		if sr.labels >= 3 && he-a <= 3 {
			sp.Name = sp.Text // a transcript's speaker label
			return who{sp: sp, res: resUnnamed, head: strings.ToLower(sp.Text)}, true
		}
	}
	if b-a == 2 && sr.lower(a) == "those" && (sr.tag(a+1) == "VBN" || sr.tag(a+1) == "VBD") {
		sp.Name = sp.Text // "those surveyed said": the people a poll asked
		return who{sp: sp, res: resUnnamed, plural: true, head: "those"}, true
	}
	head := ortho.Singular(sr.lower(h))
	if !sr.nounLike(h) || speakerPronouns()[head] || timeWords()[head] {
		return who{}, false
	}
	plural := sr.tag(h) == "NNS" || sr.tag(h) == "NNPS" || head != sr.lower(h)
	// "the state NTA news channel": an organization named in its
	// description.
	if orgRoles()[head] {
		for k := a; k < he; k++ {
			if e, m, ok := sr.look.EntityAt(sr.tok(k).Span); ok && m.Overlaps(sr.tok(k).Span) && e.Type == entity.Org {
				sp.Entity, sp.Name = e.ID, e.Name
				return who{sp: sp, res: resOrg, ent: e}, true
			}
		}
	}
	if sr.definite(a) || sr.lower(a-1) == "both" || cardinal(sr.lower(a)) > 0 {
		if w, ok := sr.resolveNominal(a, he, h, head, plural, pos, done); ok {
			w.sp.Span, w.sp.Text = sp.Span, sp.Text
			return w, true
		}
	}
	if !sr.sourceWord(h) {
		return who{}, false
	}
	sp.Name = sp.Text
	return who{sp: sp, res: resUnnamed, plural: plural, head: head}, true
}

// speakerType reports the entity types that can speak.
func speakerType(t entity.Type) bool {
	return t == entity.Person || t == entity.Org || t == entity.GPE || t == entity.NORP
}

// definite reports whether a phrase starts with a definite determiner or a
// possessive: "the minister", "his deputy".
func (sr *speakers) definite(a int) bool {
	switch sr.lower(a) {
	case "the", "this", "that", "these", "those", "his", "her", "its", "their":
		return true
	}
	return false
}

// headEnd returns the index past the head region of [a, b): the phrase
// before a modifying preposition ("a spokesman | for the faction"), where
// a preposition inside a name or title ("Secretary of State") does not
// count.
func (gr *grammar) headEnd(a, b int) int {
	if e, m, ok := gr.look.EntityAt(gr.tok(b - 1).Span); ok && e.Type == entity.Person && m.End == gr.tok(b-1).End {
		return b // "the minister of fisheries Ravinder Gill": the name is the head
	}
	for k := a + 1; k < b-1; k++ {
		if postAdjectives[gr.lower(k)] && k > a {
			return k // "a source | close to the talks"
		}
		if !npPreps()[gr.lower(k)] {
			continue
		}
		if _, m, ok := gr.look.EntityAt(gr.tok(k).Span); ok && m.Contains(gr.tok(k).Span) {
			continue
		}
		if e, m, ok := gr.look.EntityAt(gr.tok(k - 1).Span); ok && e.Type == entity.Person && m.End == gr.tok(k-1).End {
			return k // "Ana Ruiz of IG": the person is the head
		}
		if gr.lower(k) == "of" && ortho.Capitalized(gr.tok(k-1).Text) && ortho.Capitalized(gr.tok(k+1).Text) {
			continue
		}
		return k
	}
	return b
}

// resolveJoint splits "Okafor and Costa" into named sources.
func (sr *speakers) resolveJoint(a, b, pos int, done []hist) (who, bool) {
	var parts [][2]int
	start := a
	for k := a; k < b; k++ {
		w := sr.lower(k)
		if w != "and" && w != "&" && w != "," {
			continue
		}
		if _, m, ok := sr.look.EntityAt(sr.tok(k).Span); ok && m.Contains(sr.tok(k).Span) {
			continue
		}
		if k > start {
			parts = append(parts, [2]int{start, k})
		}
		start = k + 1
	}
	if len(parts) == 0 {
		return who{}, false
	}
	parts = append(parts, [2]int{start, b})
	var ws []who
	for _, p := range parts {
		pa, pb := sr.trimNP(p[0], p[1])
		w, ok := sr.resolveTokens(pa, pb, pos, done)
		if !ok || (w.res != resName && w.res != resOrg) && (len(ws) == 0 || w.res != resUnnamed || !sr.quantified(pa)) {
			return who{}, false
		}
		ws = append(ws, w)
	}
	out := ws[0]
	out.res, out.plural = resJoint, true
	for _, w := range ws[1:] {
		out.others = append(out.others, w.sp)
	}
	return out, true
}

// quantified reports whether token a opens a further, unnamed part of a
// joint source ("the UN and other officials", "the mayor and senior
// officials"): a determiner, a number or a lower-case adjective. Without
// one, "the US and Brazilian diplomats" is one description, not two sources.
func (sr *speakers) quantified(a int) bool {
	switch sr.tag(a) {
	case "DT", "PDT", "CD":
		return true
	case "JJ", "JJS":
		return !ortho.Capitalized(sr.tok(a).Text)
	}
	switch sr.lower(a) {
	case "other", "some", "several", "many", "few":
		return true
	}
	return false
}

// hasCapital reports whether a token of [a, b) is capitalized: a name
// in a phrase.
func (sr *speakers) hasCapital(a, b int) bool {
	for k := a; k < b; k++ {
		if ortho.Capitalized(sr.tok(k).Text) {
			return true
		}
	}
	return false
}
