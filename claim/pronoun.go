package claim

import (
	"github.com/sayso/sayso/entity"
)

// maxPronounDistance is how many paragraphs back a pronoun may reach for
// the previous speaker.
const maxPronounDistance = 3

// resolvePronoun resolves the pronoun at token a: the previous speaker if
// compatible in gender and number, else the latest compatible mention.
func (sr *speakers) resolvePronoun(a, pos int, done []hist) (who, bool) {
	t := sr.tok(a)
	sp := Speaker{Text: t.Text, Span: t.Span}
	w := sr.lower(a)
	if n, ok := possessivePronouns[w]; ok {
		w = n // "his refusal to": he refused
	}
	para := sr.textPara(sr.doc.Sentences[t.Sentence].Paragraph)
	var prev *hist
	if n := len(done); n > 0 && para-done[n-1].para <= maxPronounDistance {
		prev = &done[n-1]
	}
	if w == "i" {
		// The writer's own "I think": kept as written.
		sp.Name = t.Text
		return who{sp: sp, res: resLonePronoun}, true
	}
	fit := func(x who) bool { return pronounFits(w, x) }
	if prev != nil && fit(prev.w) && !sr.closerMention(w, prev, pos) && !sr.betterGender(w, prev, pos) {
		out := prev.w
		out.sp.Text, out.sp.Span = sp.Text, sp.Span
		out.others = nil
		if prev.w.res == resJoint {
			out.others = prev.w.others
		}
		out.res = resPronoun
		return out, true
	}
	e, _, ok := sr.subset(question{"fits as org", w}, func(e *entity.Entity) bool {
		return pronounFits(w, who{ent: e, res: resOrg})
	}).Before(pos, nil)
	if ok {
		sp.Entity, sp.Name = e.ID, e.Name
		return who{sp: sp, res: resPronoun, ent: e}, true
	}
	if prev != nil && (w == "he" || w == "she") && prev.w.ent != nil && prev.w.ent.Type == entity.Person {
		// No person of the pronoun's gender is named before it: a first
		// name's gender is a guess ("Rowan", "Avery"), and the previous
		// speaker the likeliest referent.
		out := prev.w
		out.sp.Text, out.sp.Span, out.res, out.others = sp.Text, sp.Span, resPronoun, nil
		return out, true
	}
	if w == "he" || w == "she" {
		// Nobody of the pronoun's gender is named and nobody spoke: the
		// person who opens this sentence or one of the two before it,
		// whatever the guess from the first name ("Lu Wen gave no
		// details. But he said …").
		e, m, ok := sr.subset(question{"person", ""}, func(e *entity.Entity) bool {
			return e.Type == entity.Person
		}).Before(pos, nil)
		if ok && sr.opensRecentSentence(m, pos) {
			sp.Entity, sp.Name = e.ID, e.Name
			return who{sp: sp, res: resPronoun, ent: e}, true
		}
	}
	if prev != nil && (w == "they" || w == "we" || w == "i") {
		out := prev.w
		out.sp.Text, out.sp.Span, out.res = sp.Text, sp.Span, resPronoun
		return out, true
	}
	// No antecedent: keep the pronoun as an unresolved description.
	sp.Name = t.Text
	return who{sp: sp, res: resLonePronoun}, true
}

// closerMention reports whether a different compatible person is named
// between the previous claim and the pronoun, as the subject that opens
// the pronoun's sentence or one just before it, so that the pronoun more
// likely refers to that person.
func (sr *speakers) closerMention(w string, prev *hist, pos int) bool {
	if w != "he" && w != "she" {
		return false
	}
	e, m, ok := sr.subset(question{"fits as name", w}, func(e *entity.Entity) bool {
		return pronounFits(w, who{ent: e, res: resName})
	}).Before(pos, nil)
	if !ok || prev.w.ent == nil || e == prev.w.ent || m.Start < prev.pos {
		return false
	}
	// Only a mention in the subject position of the same sentence, or of
	// one of the two before it, counts: "Ana Ruiz was on a trip when …
	// “…,” she said."
	return sr.opensRecentSentence(m, pos)
}

// opensRecentSentence reports whether mention m opens the sentence of
// byte pos or one of the two sentences before it.
func (sr *speakers) opensRecentSentence(m entity.Mention, pos int) bool {
	ti := sr.tokAt(m.Start)
	si := sr.sentOf(ti)
	d := sr.sentOf(sr.tokAt(pos)) - si
	return ti == sr.doc.Sentences[si].First && d >= 0 && d <= 2
}

// betterGender reports whether, when the previous speaker's gender is
// unknown, a person of the pronoun's known gender was named since, who is
// then the likelier referent.
func (sr *speakers) betterGender(w string, prev *hist, pos int) bool {
	want := entity.Male
	switch w {
	case "he":
	case "she":
		want = entity.Female
	default:
		return false
	}
	if prev.w.ent == nil || prev.w.ent.Gender != entity.Unknown {
		return false
	}
	// A person of that gender mentioned since shortly before the last
	// source, and before the pronoun: the last such mention before the
	// pronoun starts after that.
	_, m, ok := sr.subset(question{"person of gender", w}, func(e *entity.Entity) bool {
		return e.Type == entity.Person && e.Gender == want
	}).Before(pos, nil)
	return ok && m.Start >= prev.pos-200
}

// pronounFits reports whether a pronoun can refer to a resolved source.
func pronounFits(pron string, x who) bool {
	e := x.ent
	switch pron {
	case "he", "she":
		if e == nil {
			return x.res == resUnnamed && !x.plural && personRoles()[x.head]
		}
		if e.Type != entity.Person || x.res == resJoint {
			return false
		}
		if pron == "he" {
			return e.Gender != entity.Female
		}
		return e.Gender != entity.Male
	case "they":
		if x.res == resJoint || x.plural {
			return true
		}
		return e != nil && (e.Type == entity.Org || e.Type == entity.NORP || e.Type == entity.GPE) && x.res != resName
	case "it":
		if e == nil {
			return x.res == resUnnamed && !x.plural && !personRoles()[x.head]
		}
		return e.Type == entity.Org || e.Type == entity.GPE
	case "we", "i":
		return true
	}
	return false
}

// possessivePronouns map a possessor of a noun cue to its subject form.
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}
