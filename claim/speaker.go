package claim

import (
	"math"
	"strings"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
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
}

// resolveAll resolves every candidate's speaker in text order and returns
// the claims.
func (r *speakers) resolveAll(cands []cand) []Claim {
	var done []hist
	out := make([]Claim, 0, len(cands))
	var forward []int // claims waiting for the next speaker
	var paraOf []int  // the paragraph of each claim in out
	for _, c := range cands {
		cl := Claim{Kind: c.kind, Text: c.content.In(r.doc.Text), Span: c.content,
			Cue: c.cue.In(r.doc.Text), CueSpan: c.cue}
		var w who
		ok := false
		switch c.how {
		case byNP:
			w, ok = r.resolveNP(c.np, c.alt, c.cue.Start, done)
		case byContinuation:
			if len(done) > 0 && c.para-done[len(done)-1].para <= 2 {
				w, ok = done[len(done)-1].w, true
				w.res = "continuation"
			}
		}
		if c.how == byAgentless {
			// A report with no source ("is expected to"): no speaker, and
			// nothing for a later pronoun to refer to.
			cl.Rule, cl.Confidence = confidence(ruleAgentless, confAgentless)
			out = append(out, cl)
			paraOf = append(paraOf, c.para)
			continue
		}
		if c.how == byForward {
			cl.Rule, cl.Confidence = ruleNoSpeaker, confNoSpeaker
			forward = append(forward, len(out))
			out = append(out, cl)
			paraOf = append(paraOf, c.para)
			continue
		}
		if !ok && c.how == byNP && !c.learned {
			// A subject that names no entity and no known role ("nearly
			// eight in ten voters", "she" with no antecedent) is still the
			// source as written.
			w, ok = r.describe(c.np)
		}
		if !ok {
			cl.Rule, cl.Confidence = ruleNoSpeaker, confNoSpeaker
			if c.origin != "quote" && c.origin != "leftover" {
				continue // reported speech needs a source
			}
			out = append(out, cl)
			paraOf = append(paraOf, c.para)
			continue
		}
		if c.how == byNP {
			w.sp = r.withRelative(w.sp, c.np, c.cue)
		}
		cl.Speaker, cl.Others = w.sp, w.others
		cl.Rule, cl.Confidence = ruleFor(c, w)
		if c.learned {
			// The claim must be one, and its speaker right.
			cl.Confidence = math.Round(100*cl.Confidence*c.precision) / 100
		}
		out = append(out, cl)
		paraOf = append(paraOf, c.para)
		done = append(done, hist{w: w, para: c.para, pos: c.cue.Start})
	}
	// A quotation paragraph with no cue, followed by the speaker's
	// attributed quotation, is the same speaker's.
	for _, i := range forward {
		if j := i + 1; j < len(out) && out[j].Rule != ruleNoSpeaker && paraOf[j]-paraOf[i] <= 1 &&
			out[j].Kind == Direct {
			out[i].Speaker, out[i].Others = out[j].Speaker, out[j].Others
			out[i].Rule, out[i].Confidence = "continuation", confForward
		}
	}
	return out
}

// resolveNP resolves the source noun phrase np (with an optional
// apposition alt) at position pos.
func (r *speakers) resolveNP(np, alt corpus.Span, pos int, done []hist) (who, bool) {
	a, b := r.trimNP(r.tokAt(np.Start), r.tokEndingBy(np.End))
	if b <= a {
		return who{}, false
	}
	w, ok := r.resolveTokens(a, b, pos, done)
	if alt.Len() > 0 && (!ok || w.res == resNominal || w.res == resUnnamed) {
		xa, xb := r.trimNP(r.tokAt(alt.Start), r.tokEndingBy(alt.End))
		if aw, aok := r.resolveTokens(xa, xb, pos, done); aok && (aw.res == resName || aw.res == resOrg) {
			aw.sp.Span = corpus.Span{Start: r.tok(a).Start, End: r.tok(xb - 1).End}
			aw.sp.Text = aw.sp.Span.In(r.doc.Text)
			return aw, true
		}
	}
	return w, ok
}

// withRelative stretches a speaker's span over the relative pronoun that
// joins its phrase np to the cue: "the economist, who said" is written
// "the economist, who" nearest the cue.
func (r *speakers) withRelative(sp Speaker, np, cue corpus.Span) Speaker {
	if np.Len() == 0 || sp.Span.Len() == 0 || sp.End > np.End {
		return sp
	}
	k := r.tokEndingBy(np.End)
	if r.tok(k).Norm == "," {
		k++
	}
	w := r.lower(k)
	if w != "who" && w != "which" || k >= len(r.doc.Tokens) {
		return sp
	}
	j := k + 1
	for j < len(r.doc.Tokens) && r.tok(j).End <= cue.Start && (auxWords[r.lower(j)] || r.tok(j).Tag == "RB") {
		j++
	}
	if r.tok(j).Start == cue.Start {
		sp.Span.End = r.tok(k).End
		sp.Text = sp.Span.In(r.doc.Text)
	}
	return sp
}

// describe keeps an unresolved source phrase as an unnamed speaker: the
// phrase itself is the description.
func (r *speakers) describe(np corpus.Span) (who, bool) {
	if np.Len() == 0 {
		return who{}, false
	}
	a, b := r.trimNP(r.tokAt(np.Start), r.tokEndingBy(np.End))
	if b <= a || b-a > 12 {
		return who{}, false
	}
	// A source ends in a noun or a number: "an hourlong", "a strong" and
	// "Now" are pieces of a phrase the tagger cut in the wrong place.
	if h := r.tok(b - 1); !strings.HasPrefix(h.Tag, "NN") && h.Tag != "CD" && h.Tag != "PRP" && !r.nounLike(b-1) ||
		r.tok(a).Tag == "RB" && b-a == 1 {
		return who{}, false
	}

	sp := Speaker{Span: r.span(a, b)}
	sp.Text = sp.Span.In(r.doc.Text)
	sp.Name = sp.Text
	return who{sp: sp, res: resDescribed, head: r.lower(b - 1)}, true
}

// trimNP drops quotation marks, commas and leading conjunctions from the
// edges of a phrase.
func (r *speakers) trimNP(a, b int) (int, int) {
	for a < b {
		w := r.lower(a)
		if r.isQuoteTok(a) || w == "," || w == "both" || npPreps[w] || strings.HasPrefix(r.tok(a).Tag, "W") || r.tok(a).Tag == "IN" || w == "but" || w == "and" || w == "however" || isDash(w) ||
			(r.tok(a).Tag == "RB" || r.tok(a).Tag == "CC") && (!capitalized(r.tok(a).Text) || a+1 < b && (r.tok(a+1).Tag == "DT" || r.tok(a+1).Tag == "PRP$")) {
			a++
			continue
		}
		break
	}
	for b > a && (r.isQuoteTok(b-1) || r.tok(b-1).Norm == "," || isDash(r.tok(b-1).Norm)) {
		b--
	}
	return a, b
}

// resolveTokens resolves the phrase [a, b).
func (r *speakers) resolveTokens(a, b, pos int, done []hist) (who, bool) {
	if b <= a {
		return who{}, false
	}
	sp := Speaker{Span: r.span(a, b)}
	sp.Text = sp.Span.In(r.doc.Text)
	// "Rep. Gwen Moore (D-Wis.)": the bracket is not the head.
	if r.tok(b-1).Norm == ")" {
		for k := b - 2; k > a; k-- {
			if r.tok(k).Norm == "(" {
				w, ok := r.resolveTokens(a, k, pos, done)
				w.sp.Span, w.sp.Text = sp.Span, sp.Text
				return w, ok
			}
		}
	}
	if b-a == 1 && (speakerPronouns[r.lower(a)] || possessivePronouns[r.lower(a)] != "" && r.tok(a).Tag == "PRP$") {
		return r.resolvePronoun(a, pos, done)
	}
	if w, ok := r.resolveJoint(a, b, pos, done); ok {
		return w, true
	}
	he := r.headEnd(a, b)
	h := he - 1
	for h > a && (r.tok(h).Norm == "'s" || r.tok(h).Tag == "POS") {
		h--
	}
	if e, m, ok := r.look.EntityAt(r.tok(h).Span); ok && m.Overlaps(r.tok(h).Span) && speakerType(e.Type) {
		res := resName
		if e.Type != entity.Person {
			res = resOrg
		}
		sp.Entity, sp.Name = e.ID, e.Name
		return who{sp: sp, res: res, ent: e}, true
	}
	if allCaps(r.tok(h).Text) {
		// "WALLACE:" in a transcript names "Chris Wallace".
		if e, ok := r.look.ByName(r.phrase(a, he)); ok {
			sp.Entity, sp.Name = e.ID, e.Name
			return who{sp: sp, res: resName, ent: e}, true
		}
		if r.labels >= 3 && he-a <= 3 {
			sp.Name = sp.Text // a transcript's speaker label
			return who{sp: sp, res: resUnnamed, head: strings.ToLower(sp.Text)}, true
		}
	}
	head := singular(r.lower(h))
	if !r.nounLike(h) || speakerPronouns[head] || timeWords[head] {
		return who{}, false
	}
	plural := r.tok(h).Tag == "NNS" || r.tok(h).Tag == "NNPS" || head != r.lower(h)
	// "the state NTA news channel": an organization named in its
	// description.
	if orgRoles[head] {
		for k := a; k < he; k++ {
			if e, m, ok := r.look.EntityAt(r.tok(k).Span); ok && m.Overlaps(r.tok(k).Span) && e.Type == entity.Org {
				sp.Entity, sp.Name = e.ID, e.Name
				return who{sp: sp, res: resOrg, ent: e}, true
			}
		}
	}
	if r.definite(a) || r.lower(a-1) == "both" || cardinal(r.lower(a)) > 0 {
		if w, ok := r.resolveNominal(a, he, h, head, plural, pos, done); ok {
			w.sp.Span, w.sp.Text = sp.Span, sp.Text
			return w, true
		}
	}
	if !sourceHead(head, capitalized(r.tok(h).Text) && strings.HasPrefix(r.tok(h).Tag, "NNP")) {
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
func (r *speakers) definite(a int) bool {
	switch r.lower(a) {
	case "the", "this", "that", "these", "those", "his", "her", "its", "their":
		return true
	}
	return false
}

// headEnd returns the index past the head region of [a, b): the phrase
// before a modifying preposition ("a spokesman | for the faction"), where
// a preposition inside a name or title ("Secretary of State") does not
// count.
func (r *grammar) headEnd(a, b int) int {
	for k := a + 1; k < b-1; k++ {
		if postAdjectives[r.lower(k)] && k > a {
			return k // "a source | close to the talks"
		}
		if !npPreps[r.lower(k)] {
			continue
		}
		if _, m, ok := r.look.EntityAt(r.tok(k).Span); ok && m.Contains(r.tok(k).Span) {
			continue
		}
		if r.lower(k) == "of" && capitalized(r.tok(k-1).Text) && capitalized(r.tok(k+1).Text) {
			continue
		}
		return k
	}
	return b
}

// resolveJoint splits "Okafor and Costa" into named sources.
func (r *speakers) resolveJoint(a, b, pos int, done []hist) (who, bool) {
	var parts [][2]int
	start := a
	for k := a; k < b; k++ {
		w := r.lower(k)
		if w != "and" && w != "&" && w != "," {
			continue
		}
		if _, m, ok := r.look.EntityAt(r.tok(k).Span); ok && m.Contains(r.tok(k).Span) {
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
		pa, pb := r.trimNP(p[0], p[1])
		w, ok := r.resolveTokens(pa, pb, pos, done)
		if !ok || (w.res != resName && w.res != resOrg) && (len(ws) == 0 || w.res != resUnnamed || !r.quantified(pa)) {
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
func (r *speakers) quantified(a int) bool {
	switch r.tok(a).Tag {
	case "DT", "PDT", "CD":
		return true
	case "JJ", "JJS":
		return !capitalized(r.tok(a).Text)
	}
	switch r.lower(a) {
	case "other", "some", "several", "many", "few":
		return true
	}
	return false
}

// ruleNoSpeaker names claims without a source.
const ruleNoSpeaker = "no-speaker"

// ruleAgentless names reports whose text gives no source ("is expected
// to"); they are kept, with an empty Speaker.
const ruleAgentless = "agentless"
