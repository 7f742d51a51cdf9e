package claim

import (
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/internal/ortho"
)

// nameColon attributes a quotation that a name and a colon introduce,
// with no verb: `Ruiz: "We will win."`, "Dale Finch on the budget:
// “…”", "Here's Ruiz in May 2019: “…”", "- Ana Ruiz and Dale Finch:
// “…”". The words before the colon run back to their sentence's start or
// to a dash; past a lead ("Here's", "More from", "From") they open with
// a person or organization the recognizer found, perhaps joined by "and"
// to another, and go on with a prepositional phrase at most. The
// quotation is a whole sentence.
func (d *directFinder) nameColon(q qmark) (cand, bool) {
	c, ok := d.colonBefore(q)
	if !ok {
		return cand{}, false
	}
	first := d.sentFirst(d.sentOf(c))
	a := c - 1
	for a > first && !ortho.IsDash(d.norm(a-1)) {
		if c-a >= 12 {
			return cand{}, false
		}
		a--
	}
	a = d.skipLead(a, c)
	na, k, ok := d.nameAt(a, c)
	if !ok {
		return cand{}, false
	}
	nb := k
	if d.lower(k) == "and" {
		if _, k2, ok := d.nameAt(k+1, c); ok {
			nb, k = k2, k2 // "Ana Ruiz and Dale Finch:"
		}
	}
	if k < c && d.tag(k) != "IN" || d.hasVerb(k, c) {
		return cand{}, false // "Ruiz agreed: “…”" and "Ruiz, angry:" are left to the other rules
	}
	return cand{kind: Direct, content: q.inner, cue: d.tok(c).Span, np: d.span(na, nb), how: byNP,
		origin: "block", para: q.para}, true
}

// skipLead returns the token after a lead that may open a name's
// introduction at a ("Here's", "Here is", "More from", "From"), a if
// there is none.
func (d *directFinder) skipLead(a, c int) int {
	switch w := d.lower(a); {
	case w == "here" && (d.norm(a+1) == "'s" || d.lower(a+1) == "is"):
		return min(a+2, c)
	case w == "more" && d.lower(a+1) == "from":
		return min(a+2, c)
	case w == "from":
		return min(a+1, c)
	}
	return a
}

// nameAt returns the tokens [a, b) of the mention of a person or an
// organization that opens at token a and ends before token c.
func (d *directFinder) nameAt(a, c int) (int, int, bool) {
	if a >= c {
		return 0, 0, false
	}
	e, m, ok := d.look.EntityAt(d.tok(a).Span)
	if !ok || e.Type != entity.Person && e.Type != entity.Org || m.Start != d.tok(a).Start || m.End > d.tok(c).Start {
		return 0, 0, false
	}
	return a, d.tokEndingBy(m.End), true
}
