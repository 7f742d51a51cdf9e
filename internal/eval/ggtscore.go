package eval

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// The coverage thresholds of GGT quote matching: a claim matches a gold
// quote when it covers more than this share of the quote's characters.
const (
	GGTLoose  = 0.3
	GGTStrict = 0.8
)

// The kinds of Miss that GGT scoring adds to those of the seeds.
const (
	MissedQuote  = "missed quote"
	MissedPerson = "missed person"
	FalsePerson  = "false person"
	MissedSource = "missed source"
	FalseSource  = "false source"
)

// GGTReport holds the figures of one or more GGT articles; see the
// package documentation for the definitions. Reports add up, so the
// figures of a sum are micro-averages. The zero GGTReport is empty.
type GGTReport struct {
	Docs int `json:"docs"`
	// Quotes counts claims and gold quotes matched at coverage above
	// GGTLoose; Strict the same above GGTStrict.
	Quotes Tally `json:"quotes"`
	Strict Tally `json:"strict"`
	// Speakers counts the quotes matched in Quotes whose speaker is right
	// by name; SpeakerSpans those whose claim's speaker span overlaps the
	// gold speaker span (the Gender Gap Tracker's own speaker measure).
	Speakers     int `json:"speakers"`
	SpeakerSpans int `json:"speaker_spans"`
	// People counts PERSON entities against the gold people, Sources the
	// PERSON entities that speak a claim against the gold sources.
	People  Tally `json:"people"`
	Sources Tally `json:"sources"`
	// Misses lists the errors in article order, for reading; Group is
	// what WriteMissCounts tallies them by.
	Misses []Miss `json:"misses,omitempty"`
}

// Add returns the sum of r and o. Neither is modified.
func (r GGTReport) Add(o GGTReport) GGTReport {
	s := r
	s.Docs += o.Docs
	s.Quotes = r.Quotes.Add(o.Quotes)
	s.Strict = r.Strict.Add(o.Strict)
	s.Speakers += o.Speakers
	s.SpeakerSpans += o.SpeakerSpans
	s.People = r.People.Add(o.People)
	s.Sources = r.Sources.Add(o.Sources)
	s.Misses = append(append([]Miss(nil), r.Misses...), o.Misses...)
	return s
}

// SpeakerAccuracy is the share of matched quotes (at GGTLoose) whose
// speaker is right by name.
func (r GGTReport) SpeakerAccuracy() float64 { return ratio(r.Speakers, r.Quotes.Found) }

// SpeakerSpanAccuracy is the share of matched quotes whose speaker spans
// overlap.
func (r GGTReport) SpeakerSpanAccuracy() float64 { return ratio(r.SpeakerSpans, r.Quotes.Found) }

// ScoreGGT scores one article's entities and claims against its
// annotations; see the package documentation for the definitions.
func ScoreGGT(doc *GGTDoc, ents []*entity.Entity, claims []claim.Claim) GGTReport {
	r := GGTReport{Docs: 1}
	byID := map[string]*entity.Entity{}
	for _, e := range ents {
		if e != nil {
			byID[e.ID] = e
		}
	}
	cover := coverage(doc, claims)
	loose := matchQuotes(cover, GGTLoose)
	strict := matchQuotes(cover, GGTStrict)
	r.Quotes = quoteTally(loose, len(claims))
	r.Strict = quoteTally(strict, len(claims))
	used := make([]bool, len(claims))
	for _, i := range loose {
		if i >= 0 {
			used[i] = true
		}
	}
	for i := range claims {
		if !used[i] {
			r.missFalseClaim(doc, claims, cover, loose, i)
		}
	}
	for j, q := range doc.Quotes {
		i := loose[j]
		if i < 0 {
			r.missQuote(doc, claims, cover, loose, j)
			continue
		}
		c := &claims[i]
		right, bySpan := ggtSpeaker(&q, c, byID)
		r.Speakers += b2i(right)
		r.SpeakerSpans += b2i(bySpan)
		if !right {
			r.miss(doc.Name, WrongSpeaker, c.Rule.String(), fmt.Sprintf("@%d gold %q (%q), sayso %s [%s]: %q",
				q.Start, q.Reference, q.Speaker, speakerNames(c, byID), c.Rule, clip(q.Text, 70)))
		}
	}
	r.scorePeople(doc, ents, claims)
	return r
}

// coverage returns, per gold quote and claim, the share of the quote's
// characters (code points) that the claim's span covers.
func coverage(doc *GGTDoc, claims []claim.Claim) [][]float64 {
	out := make([][]float64, len(doc.Quotes))
	for j, q := range doc.Quotes {
		out[j] = make([]float64, len(claims))
		n := utf8.RuneCountInString(q.Span.In(doc.Text))
		if n == 0 {
			continue
		}
		for i := range claims {
			s := claims[i].Span
			lo, hi := max(s.Start, q.Start), min(s.End, q.End)
			if lo < hi {
				out[j][i] = float64(utf8.RuneCountInString(corpus.Span{Start: lo, End: hi}.In(doc.Text))) / float64(n)
			}
		}
	}
	return out
}

// matchQuotes matches gold quotes to claims as the Gender Gap Tracker
// does: in gold order, each quote takes the claim not yet taken that covers
// the most of it, the first such claim on a tie, when that share is above
// threshold. match[j] is the claim of quote j, or -1.
func matchQuotes(cover [][]float64, threshold float64) []int {
	match := make([]int, len(cover))
	var used []bool
	for j, row := range cover {
		if used == nil {
			used = make([]bool, len(row))
		}
		match[j] = -1
		best := -1
		for i, share := range row {
			if !used[i] && (best < 0 || share > row[best]) {
				best = i
			}
		}
		if best >= 0 && row[best] > threshold {
			match[j], used[best] = best, true
		}
	}
	return match
}

// quoteTally counts a matching: every claim is a system item, every quote
// a gold item.
func quoteTally(match []int, claims int) Tally {
	t := Tally{System: claims, Gold: len(match)}
	for _, i := range match {
		if i >= 0 {
			t.Correct++
			t.Found++
		}
	}
	return t
}

// ggtSpeaker decides whether claim c names the speaker of quote q. It is
// right when the surname of the gold reference is the surname of the
// speaker's or a co-speaker's name, or of its entity's name or an alias,
// or when a speaker span of the claim overlaps the gold one; bySpan
// reports the overlap alone.
func ggtSpeaker(q *GGTQuote, c *claim.Claim, byID map[string]*entity.Entity) (right, bySpan bool) {
	last := surname(q.Reference)
	byName := false
	for _, sp := range append([]claim.Speaker{c.Speaker}, c.Others...) {
		if !sp.Span.IsZero() && sp.Span.Overlaps(q.SpeakerSpan) {
			bySpan = true
		}
		names := []string{sp.Name}
		if e := byID[sp.Entity]; sp.Entity != "" && e != nil {
			names = append(names, personForms(e)...)
		}
		for _, n := range names {
			if last != "" && surname(n) == last {
				byName = true
			}
		}
	}
	return byName || bySpan, bySpan
}

// speakerNames shows a claim's speakers for a miss: name, then the text
// nearest the cue when it differs.
func speakerNames(c *claim.Claim, byID map[string]*entity.Entity) string {
	var parts []string
	for _, sp := range append([]claim.Speaker{c.Speaker}, c.Others...) {
		s := fmt.Sprintf("%q", sp.Name)
		if sp.Name == "" {
			s = "none"
		}
		if e := byID[sp.Entity]; sp.Entity != "" && e != nil && e.Type != entity.Person {
			s += " " + string(e.Type)
		}
		if sp.Text != "" && sp.Text != sp.Name {
			s += fmt.Sprintf(" (%q)", sp.Text)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " + ")
}

// missFalseClaim records claim i, matched to no quote, grouped by its cue,
// with the rule that decided it and the gold quote it overlaps most, if
// any: then it is a further part of a quote another claim matched, or a
// boundary error, rather than an invented quote.
func (r *GGTReport) missFalseClaim(doc *GGTDoc, claims []claim.Claim, cover [][]float64, match []int, i int) {
	c := &claims[i]
	near, best := "", 0.0
	for j := range cover {
		if cover[j][i] <= best {
			continue
		}
		best = cover[j][i]
		if k := match[j]; k >= 0 {
			near = fmt.Sprintf("; covers %.2f of gold @%d, matched by claim @%d", best, doc.Quotes[j].Start, claims[k].Start)
		} else {
			near = fmt.Sprintf("; covers %.2f of missed gold @%d", best, doc.Quotes[j].Start)
		}
	}
	cue := strings.ToLower(c.Cue)
	if cue == "" {
		cue = "no cue"
	}
	r.miss(doc.Name, FalseClaim, cue, fmt.Sprintf("@%d [%s %s cue %q] %s: %q%s",
		c.Start, c.Kind, c.Rule, c.Cue, speakerNames(c, nil), clip(c.Text, 90), near))
}

// missQuote records gold quote j, matched to no claim, grouped by its
// shape, with the claim that covers most of it, if any, and the quote that
// took that claim.
func (r *GGTReport) missQuote(doc *GGTDoc, claims []claim.Claim, cover [][]float64, match []int, j int) {
	q := &doc.Quotes[j]
	near, best := "", 0.0
	for i, share := range cover[j] {
		if share <= best {
			continue
		}
		best = share
		near = fmt.Sprintf("; claim @%d [%s] covers %.2f", claims[i].Start, claims[i].Rule, share)
		for k, m := range match {
			if m == i {
				near += fmt.Sprintf(", taken by gold @%d", doc.Quotes[k].Start)
			}
		}
	}
	verb := q.Verb
	if verb == "" {
		verb = "no verb"
	}
	r.miss(doc.Name, MissedQuote, quoteShape(q), fmt.Sprintf("@%d [%s, %s, %q by %q]: %q%s",
		q.Start, quoteShape(q), verb, q.Speaker, q.Reference, clip(q.Text, 90), near))
}

// quoteShape names the shape of a gold quote for grouping misses: direct
// or indirect, floating when it has no speaker span, and whether it has a
// reporting verb.
func quoteShape(q *GGTQuote) string {
	s := "indirect"
	if q.Direct {
		s = "direct"
	}
	switch {
	case q.SpeakerSpan.IsZero():
		s += " floating"
	case q.Verb == "":
		s += " verbless"
	}
	return s
}

// scorePeople scores the PERSON entities against the gold people, and
// those that speak a claim against the gold sources.
func (r *GGTReport) scorePeople(doc *GGTDoc, ents []*entity.Entity, claims []claim.Claim) {
	speaks := map[string]bool{}
	for _, c := range claims {
		for _, sp := range append([]claim.Speaker{c.Speaker}, c.Others...) {
			if sp.Entity != "" {
				speaks[sp.Entity] = true
			}
		}
	}
	var people, sources []*entity.Entity
	for _, e := range ents {
		if e != nil && e.Type == entity.Person && e.Where != entity.WhereCredit {
			people = append(people, e)
			if speaks[e.ID] {
				sources = append(sources, e)
			}
		}
	}
	r.People = r.scoreNames(doc, doc.People, people, ents, MissedPerson, FalsePerson, nil)
	r.Sources = r.scoreNames(doc, doc.Sources, sources, ents, MissedSource, FalseSource, people)
}

// scoreNames matches gold names with system entities (see matchPeople) and
// records the misses. A missed name says what sayso has for it instead: an
// entity of another type (from all), or a person who speaks no claim (from
// silent).
func (r *GGTReport) scoreNames(doc *GGTDoc, gold []string, sys, all []*entity.Entity, missed, spurious string, silent []*entity.Entity) Tally {
	match := matchPeople(gold, sys)
	t := Tally{System: len(sys), Gold: len(gold)}
	found := make([]bool, len(sys))
	for j, g := range gold {
		if i := match[j]; i >= 0 {
			t.Found++
			t.Correct++
			found[i] = true
			continue
		}
		why, group := insteadOf(g, all, silent)
		r.miss(doc.Name, missed, group, fmt.Sprintf("%q%s", g, why))
	}
	for i, e := range sys {
		if !found[i] {
			r.miss(doc.Name, spurious, "", fmt.Sprintf("%s %q%s", e.ID, e.Name, aliasList(e)))
		}
	}
	return t
}

// insteadOf says what sayso has for a missed gold name, and the group of
// the miss: a person who speaks no claim, an entity of another type, or
// nothing.
func insteadOf(gold string, all, silent []*entity.Entity) (why, group string) {
	for _, e := range silent {
		if sameName(gold, e) || sameSurname(gold, e) {
			return fmt.Sprintf(" (PERSON %q speaks no claim)", e.Name), "silent person"
		}
	}
	for _, e := range all {
		if e != nil && e.Type != entity.Person && (sameName(gold, e) || sameSurname(gold, e)) {
			return fmt.Sprintf(" (found as %s %q)", e.Type, e.Name), "as " + string(e.Type)
		}
	}
	return "", "not found"
}

// aliasList shows an entity's aliases other than its name, for a miss.
func aliasList(e *entity.Entity) string {
	var out []string
	for _, a := range e.Aliases {
		if a != e.Name {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return ""
	}
	return " aka " + strings.Join(out, ", ")
}

func (r *GGTReport) miss(doc, what, group, text string) {
	r.Misses = append(r.Misses, Miss{Doc: doc, What: what, Group: group, Text: text})
}
