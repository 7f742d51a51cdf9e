package eval

import (
	"fmt"
	"slices"
	"strings"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// entityForms returns the normalized surface forms of a system entity: its
// name, aliases, and the text of its mentions starting before end (all
// mentions when end < 0).
func entityForms(e *entity.Entity, end int) map[string]bool {
	forms := map[string]bool{}
	add := func(s string) {
		if n := norm(s); n != "" {
			forms[n] = true
		}
	}
	add(e.Name)
	for _, a := range e.Aliases {
		add(a)
	}
	for _, m := range e.Mentions {
		if end < 0 || m.Start < end {
			add(m.Text)
		}
	}
	return forms
}

// inBody reports whether a system entity belongs to the article body: it
// has a mention there, or has no mentions at all (then its forms decide).
func inBody(e *entity.Entity, end int) bool {
	if len(e.Mentions) == 0 {
		return true
	}
	for _, m := range e.Mentions {
		if m.Start < end {
			return true
		}
	}
	return false
}

func scoreEntities(r *Report, doc, text string, end int, g *Gold, ents []*entity.Entity) {
	// owners maps each normalized gold form to the gold entities using it.
	owners := map[string][]int{}
	for j, ge := range g.Entities {
		for _, a := range append([]string{ge.Name}, ge.Aliases...) {
			if n := norm(a); n != "" && !slices.Contains(owners[n], j) {
				owners[n] = append(owners[n], j)
			}
		}
	}
	var sys []*entity.Entity
	var forms []map[string]bool
	for _, e := range ents {
		if e != nil && inBody(e, end) {
			sys = append(sys, e)
			forms = append(forms, entityForms(e, end))
		}
	}
	// shares[i][j]: system entity i uses a form of gold entity j;
	// sole[i][j]: through a form no other gold entity uses.
	shares := make([]map[int]bool, len(sys))
	sole := make([]map[int]bool, len(sys))
	for i := range sys {
		shares[i], sole[i] = map[int]bool{}, map[int]bool{}
		for f := range forms[i] {
			for _, j := range owners[f] {
				shares[i][j] = true
				if len(owners[f]) == 1 {
					sole[i][j] = true
				}
			}
		}
	}
	if r.EntityTypes == nil {
		r.EntityTypes = map[entity.Type]Tally{}
	}
	for i, e := range sys {
		r.Entities.System++
		r.EntitiesAnyType.System++
		typed := false
		for j := range shares[i] {
			typed = typed || string(e.Type) == g.Entities[j].Type
		}
		tt := r.EntityTypes[e.Type]
		tt.System++
		if typed {
			r.Entities.Correct++
			tt.Correct++
		}
		r.EntityTypes[e.Type] = tt
		if len(shares[i]) > 0 {
			r.EntitiesAnyType.Correct++
		} else {
			r.miss(doc, FalseEntity, fmt.Sprintf("%s %q", e.Type, e.Name))
		}
		if len(sole[i]) >= 2 {
			r.Merges++
			var names []string
			for j := range sole[i] {
				names = append(names, g.Entities[j].Name)
			}
			slices.Sort(names)
			r.miss(doc, MergedEntity, fmt.Sprintf("%s %q holds %s", e.ID, e.Name, strings.Join(names, " + ")))
		}
	}
	for j, ge := range g.Entities {
		r.Entities.Gold++
		r.EntitiesAnyType.Gold++
		typed, anyType, holders := false, false, 0
		for i, e := range sys {
			if shares[i][j] {
				anyType = true
				typed = typed || string(e.Type) == ge.Type
			}
			if sole[i][j] {
				holders++
			}
		}
		tt := r.EntityTypes[entity.Type(ge.Type)]
		tt.Gold++
		if typed {
			r.Entities.Found++
			tt.Found++
		}
		r.EntityTypes[entity.Type(ge.Type)] = tt
		if anyType {
			r.EntitiesAnyType.Found++
		}
		if !typed {
			r.miss(doc, MissedEntity, fmt.Sprintf("%s %q (found with another type: %v)", ge.Type, ge.Name, anyType))
		}
		if holders >= 2 {
			r.Splits++
			r.miss(doc, SplitEntity, fmt.Sprintf("%s %q over %d entities", ge.Type, ge.Name, holders))
		}
	}
	scoreMentions(r, doc, text, end, g, sys)
}

// ExpectedMentions returns the spans of the gold aliases in text[:end]:
// every word-bounded, case-sensitive occurrence, less those lying inside a
// longer occurrence, in text order.
func ExpectedMentions(text string, end int, g *Gold) []corpus.Span {
	end = min(max(end, 0), len(text))
	body := text[:end]
	seen := map[corpus.Span]bool{}
	var spans []corpus.Span
	for _, ge := range g.Entities {
		for _, a := range ge.Aliases {
			if strings.TrimSpace(a) == "" {
				continue
			}
			for off := 0; off < len(body); {
				i := strings.Index(body[off:], a)
				if i < 0 {
					break
				}
				s := corpus.Span{Start: off + i, End: off + i + len(a)}
				off = s.Start + 1
				if wordBounded(body, s.Start, s.End) && !seen[s] {
					seen[s] = true
					spans = append(spans, s)
				}
			}
		}
	}
	// Sorted by start, longest first, a span lies inside another exactly
	// when an earlier one reaches as far.
	slices.SortFunc(spans, func(a, b corpus.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	var out []corpus.Span
	reach := -1
	for _, s := range spans {
		if s.End > reach {
			out = append(out, s)
			reach = s.End
		}
	}
	return out
}

func scoreMentions(r *Report, doc, text string, end int, g *Gold, sys []*entity.Entity) {
	got := map[corpus.Span]bool{}
	for _, e := range sys {
		for _, m := range e.Mentions {
			if m.Start < end {
				got[m.Span] = true
			}
		}
	}
	want := ExpectedMentions(text, end, g)
	wanted := map[corpus.Span]bool{}
	for _, s := range want {
		wanted[s] = true
		r.Mentions.Gold++
		if got[s] {
			r.Mentions.Found++
		} else {
			r.miss(doc, MissedMention, fmt.Sprintf("%q at %d", s.In(text), s.Start))
		}
	}
	for s := range got {
		r.Mentions.System++
		if wanted[s] {
			r.Mentions.Correct++
		}
	}
}
