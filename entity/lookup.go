package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
)

// Lookup indexes the entities of one document for the questions that claim
// attribution asks: which entity is named at this offset, who was last named
// before it, who holds a role such as "minister" or "spokesman", who is a
// woman. Build it with Index. A Lookup is immutable and safe for concurrent
// use; it does not copy the entities, so they must not change while it is in
// use.
type Lookup struct {
	ents []*Entity
	refs []mentionRef // every mention, sorted by Start then by longer first
	// longest is the length of the longest mention: no mention starting
	// further than that before a span can reach it.
	longest int
}

type mentionRef struct {
	ent *Entity
	m   Mention
	seq int32 // the order of indexing, which breaks ties
	at  int32 // the index of ent in the Lookup's ents
}

// Index builds a Lookup over ents, as returned by Recognizer.Recognize.
// Nil entities are ignored.
func Index(ents []*Entity) *Lookup {
	n, refs := 0, 0
	for _, e := range ents {
		if e != nil {
			n++
			refs += len(e.Mentions)
		}
	}
	l := &Lookup{ents: make([]*Entity, 0, n), refs: make([]mentionRef, 0, refs)}
	for _, e := range ents {
		if e == nil {
			continue
		}
		at := int32(len(l.ents))
		l.ents = append(l.ents, e)
		for _, m := range e.Mentions {
			l.refs = append(l.refs, mentionRef{ent: e, m: m, seq: int32(len(l.refs)), at: at})
			l.longest = max(l.longest, m.Len())
		}
	}
	slices.SortFunc(l.refs, func(a, b mentionRef) int {
		if a.m.Start != b.m.Start {
			return a.m.Start - b.m.Start
		}
		if a.m.End != b.m.End {
			return b.m.End - a.m.End
		}
		return int(a.seq - b.seq)
	})
	return l
}

// Filter returns a Lookup of the entities for which keep returns true. Asked
// the same question many times over a long document, as a resolver asks
// "which organization named like this came last", it answers each in
// logarithmic time where Before with keep would scan back.
func (l *Lookup) Filter(keep func(*Entity) bool) *Lookup {
	out := &Lookup{}
	// at holds the new index of each kept entity, -1 for the others.
	at := make([]int32, len(l.ents))
	n := 0
	for i, e := range l.ents {
		at[i] = -1
		if keep(e) {
			at[i] = int32(len(out.ents))
			out.ents = append(out.ents, e)
			n += len(e.Mentions)
		}
	}
	out.refs = make([]mentionRef, 0, n)
	for _, r := range l.refs {
		if r.at = at[r.at]; r.at >= 0 {
			out.refs = append(out.refs, r)
			out.longest = max(out.longest, r.m.Len())
		}
	}
	return out
}

// Entities returns the indexed entities in their original order.
func (l *Lookup) Entities() []*Entity { return l.ents }

// EntityAt returns the entity with a mention that covers span, and that
// mention. A mention that contains span wins, the shortest such when names
// nest ("Spain" in "Spain's Foreign Ministry"); otherwise the mention
// that overlaps span the most. ok is false when no mention overlaps span.
func (l *Lookup) EntityAt(span corpus.Span) (e *Entity, m Mention, ok bool) {
	best := -1
	for _, r := range l.refs[l.from(span.Start-l.longest):] {
		if r.m.Start > span.End {
			break
		}
		var score int
		switch {
		case r.m.Contains(span):
			score = 1<<30 - r.m.Len() // the closest fit: "Spain" in "Spain's Foreign Ministry"
		case r.m.Overlaps(span):
			score = min(r.m.End, span.End) - max(r.m.Start, span.Start)
		default:
			continue
		}
		if score > best {
			best, e, m, ok = score, r.ent, r.m, true
		}
	}
	return e, m, ok
}

// Mentions returns every mention of every entity whose span lies inside
// span, in text order, each with its entity.
func (l *Lookup) Mentions(span corpus.Span) (ents []*Entity, ms []Mention) {
	for _, r := range l.refs[l.from(span.Start):] {
		if r.m.Start >= span.End {
			break
		}
		if span.Contains(r.m.Span) {
			ents, ms = append(ents, r.ent), append(ms, r.m)
		}
	}
	return ents, ms
}

// Before returns the entity mentioned last before offset pos (its mention
// ending at or before pos) for which keep returns true; a nil keep accepts
// every entity. It is the usual candidate for "he", "the minister".
func (l *Lookup) Before(pos int, keep func(*Entity) bool) (*Entity, Mention, bool) {
	for i := l.from(pos) - 1; i >= 0; i-- {
		r := l.refs[i]
		if r.m.End > pos {
			continue
		}
		if keep == nil || keep(r.ent) {
			return r.ent, r.m, true
		}
	}
	return nil, Mention{}, false
}

// from returns the index of the first mention starting at or after pos.
func (l *Lookup) from(pos int) int {
	return sort.Search(len(l.refs), func(i int) bool { return l.refs[i].m.Start >= pos })
}

// ByType returns the entities of type t, in order of first mention.
func (l *Lookup) ByType(t Type) []*Entity {
	return l.filter(func(e *Entity) bool { return e.Type == t })
}

// ByGender returns the people of gender g, in order of first mention.
func (l *Lookup) ByGender(g Gender) []*Entity {
	return l.filter(func(e *Entity) bool { return e.Type == Person && e.Gender == g })
}

// ByTitle returns the entities one of whose titles contains the role word
// ("minister", "spokesman", "envoy", "foreign minister"), compared
// case-insensitively on word boundaries, with a plural "s" allowed. The
// results are in order of first mention.
func (l *Lookup) ByTitle(role string) []*Entity {
	return l.filter(func(e *Entity) bool { return e.HasTitle(role) })
}

// ByName returns the entity with an alias or name equal to name, compared
// case-insensitively, and whether there was one.
func (l *Lookup) ByName(name string) (*Entity, bool) {
	for _, e := range l.ents {
		if strings.EqualFold(e.Name, name) {
			return e, true
		}
		for _, a := range e.Aliases {
			if strings.EqualFold(a, name) {
				return e, true
			}
		}
	}
	return nil, false
}

func (l *Lookup) filter(keep func(*Entity) bool) []*Entity {
	var out []*Entity
	for _, e := range l.ents {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

// HasTitle reports whether one of e's titles contains the role word or
// phrase ("minister", "Foreign Minister", "spokesmen"), case-insensitively,
// on word boundaries, allowing a plural "s" or "men" for "man".
func (e *Entity) HasTitle(role string) bool {
	want := titleWords(role)
	if len(want) == 0 {
		return false
	}
	for _, t := range e.Titles {
		if containsWords(titleWords(t), want) {
			return true
		}
	}
	return false
}

// titleWords lower-cases s and splits it into words, cutting the plural
// ending of each so that "ministers" finds "Minister". The cut is
// ortho.TrimPlural, not ortho.Singular: both sides go through it, and its
// doc says which titles Singular would find otherwise.
func titleWords(s string) []string {
	fs := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.'
	})
	for i, f := range fs {
		fs[i] = ortho.TrimPlural(strings.Trim(f, "."))
	}
	return fs
}

func containsWords(have, want []string) bool {
	for i := 0; i+len(want) <= len(have); i++ {
		if slices.Equal(have[i:i+len(want)], want) {
			return true
		}
	}
	return false
}
