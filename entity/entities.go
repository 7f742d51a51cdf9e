package entity

import (
	"slices"
	"strconv"
	"strings"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
)

// entities turns the final sets into Entities in order of first mention.
func (rs *resolver) entities() []*Entity {
	doc, titles := rs.ws.doc, titleFinder{rs.ws}
	gs := sortedGroups(rs.groups())
	out := make([]*Entity, 0, len(gs))
	// The entities and their mentions are carved from one array each;
	// the three-index slices keep an append to one entity's mentions from
	// writing into the next one's.
	arena := make([]Entity, len(gs))
	mentions := make([]Mention, 0, len(rs.ns))
	for k, g := range gs {
		if rs.poll.Done() {
			break // the caller returns the context's error
		}
		t, why := decide(g)
		if t == "" {
			continue
		}
		slices.Sort(g.members)
		// Empty lists, never nil, so that JSON shows [] rather than null.
		e := &arena[k]
		*e = Entity{Type: t, Aliases: []string{}, Titles: []string{}, TitleMentions: []Title{}}
		e.Mentions = mentions[len(mentions) : len(mentions) : len(mentions)+len(g.members)]
		mentions = mentions[:len(mentions)+len(g.members)]
		var gender [3]int
		for _, i := range g.members {
			n := &rs.ns[i]
			e.Mentions = append(e.Mentions, Mention{Span: n.Span, Text: n.text, Type: t})
			if !slices.Contains(e.Aliases, n.text) {
				e.Aliases = append(e.Aliases, n.text)
			}
			gender[n.gender]++
			if t == Person {
				if !n.title.IsZero() {
					e.addTitle(doc.Text, n.title)
				}
				for _, sp := range titles.contextTitles(n.mention) {
					e.addTitle(doc.Text, sp)
				}
			}
		}
		if rs.tr != nil {
			e.Trace = rs.trace(g, t, why)
		}
		e.Name = rs.lexName(g)
		if e.Name == "" {
			e.Name = canonicalName(rs.ns, g)
		}
		if t == Person {
			e.Gender = personGender(rs.kb, e.Name, gender)
		}
		slices.SortFunc(e.TitleMentions, func(a, b Title) int { return a.Start - b.Start })
		out = append(out, e)
	}
	for i, e := range out {
		e.ID = "E" + strconv.Itoa(i+1)
	}
	return out
}

// addTitle records a title span once, and its text among Titles once.
func (e *Entity) addTitle(text string, sp corpus.Span) {
	s := sp.In(text)
	if s == "" {
		return
	}
	for _, t := range e.TitleMentions {
		if t.Span == sp {
			return
		}
	}
	e.TitleMentions = append(e.TitleMentions, Title{Span: sp, Text: s})
	if !slices.Contains(e.Titles, s) {
		e.Titles = append(e.Titles, s)
	}
}

// canonicalName picks the fullest proper form: the most key words, then
// a form not in capitals, without a possessive, used most often, first.
func canonicalName(ns []node, g *group) string {
	count := map[string]int{}
	for _, i := range g.members {
		count[ns[i].text]++
	}
	best, bestScore := "", -1<<30
	for _, i := range g.members {
		n := &ns[i]
		s := len(n.key) * 1000
		if !ortho.Uppercase(n.text) {
			s += 100 // "Reyes" before "REYES"
		}
		// Two searches in place of strings.ContainsAny(n.text, "'’"),
		// whose non-ASCII set takes a slow path.
		if !strings.Contains(n.text, "'") && !strings.Contains(n.text, "’") || !strings.Contains(corpus.Normalize(n.text), "'s ") {
			s += 200
		}
		s += 10*len(n.key) + count[n.text]
		if s > bestScore {
			best, bestScore = n.text, s
		}
	}
	return best
}

// personGender decides a person's gender from the votes of honorifics,
// else from the first name of name.
func personGender(kb knowledge, name string, votes [3]int) Gender {
	switch {
	case votes[Male] > votes[Female]:
		return Male
	case votes[Female] > votes[Male]:
		return Female
	}
	fs := strings.Fields(name)
	if len(fs) < 2 {
		return Unknown
	}
	g, _ := kb.firstName(corpus.Normalize(fs[0]))
	return g
}

// decide returns the type of the set g, "" for none, and how it was
// decided, which the trace gives as its decision. The type is g.typ(),
// but for a set that only the model calls a person, with no first name,
// title or honorific to say so: when any evidence, or another label of
// the model, points elsewhere ("the Xinhua news agency"), that wins;
// otherwise the model's unanimous label stands.
func decide(g *group) (Type, string) {
	t := g.typ()
	if t == Person && g.cues.of(Person) == 0 {
		other := g.votes.without(Person)
		if model := g.votes.total() - other.total(); model >= 10 && model >= 8*other.total() {
			// "Denton sent four readers home", said over a dozen mentions:
			// a gazetteer's town of that name is no match for it.
			return Person, "the model says person on many mentions, far above the other votes"
		}
		if t := other.best(); t != "" {
			return t, "only the model says person: the other votes decide"
		}
		if t := g.guesses.without(Person).best(); t != "" {
			return t, "only the model says person: the other guesses decide"
		}
		return Person, "only the model says person, but on every mention" // "Okafor said"
	}
	if g.votes.best() != "" {
		return t, "most votes: the class first, then the type within it"
	}
	return t, "no votes: the most frequent guess"
}

// lexName returns the name of the lexicon entry of g's first mention that
// has one, or "".
func (rs *resolver) lexName(g *group) string {
	if rs.lex == nil {
		return ""
	}
	for _, i := range g.members {
		if k := rs.ns[i].lex; k > 0 && k <= len(rs.lex.entries) {
			return rs.lex.entries[k-1].Name
		}
	}
	return ""
}
