package view

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/extract"
)

// speakerGroup is one source and the claims it made.
type speakerGroup struct {
	// entity is the source's entity, nil for an unnamed source or none.
	entity *entity.Entity
	// name is the entity's name or the description ("a senior official");
	// "" when the claim has no source at all (rule agentless).
	name string
	// claims are indexes into Result.Claims, in text order.
	claims []int
}

// label returns the group's name for display.
func (g *speakerGroup) label() string {
	if g.name == "" {
		return "(no source)"
	}
	return g.name
}

// titles returns the entity's titles, or what stands for them.
func (g *speakerGroup) titles() string {
	switch {
	case g.entity != nil:
		return strings.Join(g.entity.Titles, "; ")
	case g.name == "":
		return ""
	}
	return "(unnamed source)"
}

// speakers groups r's claims by speaker: by entity when the speaker is
// one, else by description, case folded, so that every "a senior
// official" is one group. Groups with more claims come first, ties in the
// order of their first claim.
func speakers(r *extract.Result) []*speakerGroup {
	byID := make(map[string]*entity.Entity, len(r.Entities))
	for _, e := range r.Entities {
		byID[e.ID] = e
	}
	var gs []*speakerGroup
	index := make(map[string]*speakerGroup)
	for i, c := range r.Claims {
		key := "E:" + c.Speaker.Entity
		if c.Speaker.Entity == "" {
			key = "U:" + strings.ToLower(clean(c.Speaker.Name))
		}
		g := index[key]
		if g == nil {
			g = &speakerGroup{entity: byID[c.Speaker.Entity], name: clean(c.Speaker.Name)}
			if g.entity != nil && g.name == "" {
				g.name = clean(g.entity.Name)
			}
			index[key] = g
			gs = append(gs, g)
		}
		g.claims = append(g.claims, i)
	}
	// Stable, so ties keep the order of first claims.
	slices.SortStableFunc(gs, func(a, b *speakerGroup) int { return cmp.Compare(len(b.claims), len(a.claims)) })
	return gs
}

// typeGroup is the entities of one type.
type typeGroup struct {
	typ      entity.Type
	entities []*entity.Entity
}

// byType groups ents by type, types in the order of entity.Types (a type
// not in it comes after, by name), and within a type the most mentioned
// first, ties in the order of ents.
func byType(ents []*entity.Entity) []typeGroup {
	sorted := slices.Clone(ents)
	slices.SortStableFunc(sorted, func(a, b *entity.Entity) int {
		return cmp.Or(
			cmp.Compare(typeRank(a.Type), typeRank(b.Type)),
			cmp.Compare(a.Type, b.Type),
			cmp.Compare(len(b.Mentions), len(a.Mentions)))
	})
	var gs []typeGroup
	for _, e := range sorted {
		if len(gs) == 0 || gs[len(gs)-1].typ != e.Type {
			gs = append(gs, typeGroup{typ: e.Type})
		}
		gs[len(gs)-1].entities = append(gs[len(gs)-1].entities, e)
	}
	return gs
}

// typeRank returns the place of t in entity.Types, len(entity.Types) for
// a type not in it.
func typeRank(t entity.Type) int {
	if i := slices.Index(entity.Types, t); i >= 0 {
		return i
	}
	return len(entity.Types)
}

// clean makes s fit on one line: valid UTF-8, every run of white space one
// space, none at the ends.
func clean(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

// shorten cleans s and cuts it to at most n characters, the last an
// ellipsis when it was cut.
func shorten(s string, n int) string {
	s = clean(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, k := 0, 0
	for i = range s {
		if k == n-1 {
			break
		}
		k++
	}
	return strings.TrimRight(s[:i], " ") + "…"
}
