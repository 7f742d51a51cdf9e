package entity

import (
	"slices"
	"strings"
)

// mergeContained joins a short name to the longer name that contains it:
// a surname or first name to the person ("Hale" to "Jane Hale"), a
// shortened organization to its full name ("Haqq" to "al-Haqq Front",
// "Justice Department" to "U.S. Justice Department"). Places contained in
// longer names ("Kharkiv" in "Kharkiv Province") stay apart. When a surname
// fits several people, each mention goes to the one named most recently.
func (rs *resolver) mergeContained() {
	gs := sortedGroups(rs.groups())
	// Shorter names first look for a longer one; the longer sets are
	// unchanged by the merges of shorter ones into them.
	order := append([]*group(nil), gs...)
	sortByKeyLen(order)
	for _, g := range order {
		if rs.hasLex(g) {
			continue // contains is false for every l: skip the scan
		}
		var cands []*group
		for _, l := range gs {
			if l == g || len(l.long) <= len(g.long) || rs.find(l.root) == rs.find(g.root) {
				continue
			}
			if rs.contains(l, g) {
				cands = append(cands, l)
			}
		}
		switch {
		case len(cands) == 1:
			rs.union(cands[0].root, g.root)
			if rs.allPeople(cands) {
				rs.markParts(g)
			}
		case len(cands) > 1 && rs.allPeople(cands):
			rs.splitAmong(g, cands)
			rs.markParts(g)
		}
	}
}

// stateWords name the form of a state in its official name.
var stateWords = set(`federation republic kingdom emirates emirate state states confederation
commonwealth union principality sultanate democratic people's peoples islamic arab socialist
federal united`)

func sortByKeyLen(gs []*group) {
	for i := 1; i < len(gs); i++ {
		for j := i; j > 0 && len(gs[j].long) < len(gs[j-1].long); j-- {
			gs[j], gs[j-1] = gs[j-1], gs[j]
		}
	}
}

func (rs *resolver) markParts(g *group) {
	for _, i := range g.members {
		rs.ns[i].part = true
	}
}

func (rs *resolver) allPeople(gs []*group) bool {
	for _, g := range gs {
		if g.typ() != Person && g.cues.best() != Person {
			return false
		}
	}
	return true
}

// contains reports whether the set l, with the longer name, may absorb
// the set s; the caller has checked that s is not hasLex.
func (rs *resolver) contains(l, s *group) bool {
	if !rs.shareWord(l, s) {
		// Only a state's official name holds its one-word short name in
		// another form ("Argentine Republic"); see containsKey.
		if len(s.long) != 1 {
			return false
		}
		if lt, _ := containedTypes(l, s); lt != GPE {
			return false
		}
	}
	lt, st := containedTypes(l, s)
	var tried [][]string // each distinct name of l is tested once
	for _, i := range l.members {
		key := rs.ns[i].key
		if len(key) <= len(s.long) || slices.ContainsFunc(tried, func(k []string) bool { return slices.Equal(k, key) }) {
			continue
		}
		if rs.containsKey(l, s, key, lt, st) {
			return true
		}
		tried = append(tried, key)
	}
	return false
}

// hasLex reports whether a name of g matched a lexicon: such a set is
// never contained in another (see contains).
func (rs *resolver) hasLex(g *group) bool {
	for _, i := range g.members {
		if rs.ns[i].lex != 0 {
			return true
		}
	}
	return false
}

// shareWord reports whether a name of l longer than s's holds the first
// word of s's name, which containsKey needs but for one case (or s's name
// is empty).
func (rs *resolver) shareWord(l, s *group) bool {
	if len(s.long) == 0 {
		return true
	}
	for _, i := range l.members {
		key := rs.ns[i].key
		if len(key) > len(s.long) && slices.Contains(key, s.long[0]) {
			return true
		}
	}
	return false
}

// containedTypes returns the types under which the set l, with the
// longer name, and the set s are compared.
func containedTypes(l, s *group) (lt, st Type) {
	ls, ss := l.summary(), s.summary()
	lt, st = ls.typ, ss.typ
	if ls.cueTotal < weak && ss.cueTotal >= weak {
		lt = ss.cueBest // a guess gives way to evidence
	}
	if ls.cueTotal >= weak {
		lt = ls.cueBest
	}
	if ss.cueTotal >= weak {
		st = ss.cueBest
	} else {
		st = lt // the short name's type is open
	}
	return lt, st
}

// groupSummary is a group's type and the best and total of its cues.
type groupSummary struct {
	typ, cueBest Type
	cueTotal     float64
}

// summary returns g's summary, computed once: the votes of a group do not
// change after groups builds it.
func (g *group) summary() groupSummary {
	if !g.summed {
		g.sum = groupSummary{typ: g.voteType(), cueBest: g.cues.best(), cueTotal: g.cues.total()}
		g.summed = true
	}
	return g.sum
}

// containsKey reports whether long, a name of the set l, contains the
// name of the set s in a way that makes them one entity; lt and st are
// their types from containedTypes.
func (rs *resolver) containsKey(l, s *group, long []string, lt, st Type) bool {
	short := s.long
	switch lt {
	case GPE:
		// "Moldova" and "Republic of Moldova", "Korea" and "Republic of Korea".
		if len(short) != 1 || st != GPE || !compatible(l, s) {
			return false
		}
		first := long[0]
		if c, ok := rs.r.kb.norp(first); ok && foldWord(c) == short[0] {
			first = short[0] // "Argentine Republic"
		}
		// long must hold short's word once, and state words besides.
		n := 0
		for i, w := range long {
			if i == 0 {
				w = first
			}
			if w == short[0] {
				n++
			} else if !stateWords[w] {
				return false
			}
		}
		return n == 1 && len(long) > 1
	case Person:
		if len(short) > 0 && !slices.Contains(long, short[0]) {
			return false // a surname or a first name is a word of long
		}
		if l.cues.best() != Person {
			return false // only the model says it is a person
		}
		if st != Person && !(st == GPE && len(short) == 1 && !rs.r.kb.major(rs.ws.norms(rs.ns[s.members[0]].first, rs.ns[s.members[0]].last))) {
			return false // a city may also be a surname ("Lopez"), a country hardly
		}
		if long[0] != short[0] && rs.genderClash(l, s) {
			return false // "Mr. Okafor" is not "Grace Okafor"
		}
		n := len(short)
		if n < len(long) && equalWords(long[len(long)-n:], short) {
			return true // surname, or "van Dijk"
		}
		// A first name alone, unless it is also a place ("Charlotte").
		return n == 1 && long[0] == short[0] && !rs.isKnownPlace(s)
	case Org, Fac:
		if len(short) > 0 && !slices.Contains(long, short[0]) {
			return false // containsRun below needs it
		}
		if st != lt || !compatible(l, s) || rs.isKnownPlace(s) || len(short) == 1 && rs.ws.lower[short[0]] {
			// A word also written in lower case ("National") is too
			// common to stand for one organization.
			return false
		}
		end, ok := containsRun(long, short)
		if !ok {
			return false
		}
		if end == len(long) || len(short) == 1 && orgHeads[short[0]] {
			return true // "Justice Department" in "U.S. Justice Department"
		}
		for _, w := range long[end:] {
			if !orgHeads[w] && !facHeads[w] {
				return false
			}
		}
		return true // "Haqq" in "al-Haqq Front", "Bagram" in "Bagram air base"
	}
	return false
}

// isKnownPlace reports whether a set's name is a place or group in the
// gazetteers: such names are their own entities even inside longer names
// ("Kenya" in "Kenya Airways").
func (rs *resolver) isKnownPlace(g *group) bool {
	n := rs.ns[g.members[0]]
	norms := rs.ws.norms(n.first, n.last)
	if rs.r.kb.place(norms) != "" {
		return true
	}
	_, ok := rs.r.norpPhrase(norms)
	return ok
}

// splitAmong gives each mention of g to the candidate named last before
// it, or to the first one named after it.
func (rs *resolver) splitAmong(g *group, cands []*group) {
	for _, i := range g.members {
		rs.parent[i] = i
	}
	genders := make([]Gender, len(cands))
	titles := make([]map[string]bool, len(cands))
	for k, c := range cands {
		genders[k] = rs.groupGender(c)
		titles[k] = rs.titleHeads(c)
	}
	for _, i := range g.members {
		at := rs.ns[i].Start
		// A title shared with some candidates ("President Okafor" after
		// "President Ben Okafor") limits the choice to them.
		head := rs.titleHead(i)
		titled := false
		for k := range cands {
			titled = titled || head != "" && titles[k][head]
		}
		best, bestPos := -1, -1
		for k, c := range cands {
			if g := rs.ns[i].gender; g != Unknown && genders[k] != Unknown && g != genders[k] {
				continue // "Mrs. Okafor" is not her husband
			}
			if titled && !titles[k][head] {
				continue
			}
			for _, j := range c.members {
				if p := rs.ns[j].Start; p < at && p > bestPos {
					best, bestPos = c.root, p
				}
			}
		}
		if best < 0 {
			best = cands[0].root
		}
		rs.union(best, i)
	}
}

// genderClash reports whether the surname s, used alone before the full
// name l is first written, names someone else: the two have known genders
// that differ ("Mr. Okafor" all through a story, then "his wife, Grace
// Okafor"). A surname first used after the full name is taken to be that
// person's even so, as first-name genders are often wrong for names given
// to both sexes.
func (rs *resolver) genderClash(l, s *group) bool {
	if rs.ns[slices.Min(s.members)].Start > rs.ns[slices.Min(l.members)].Start {
		return false
	}
	gl, gs := rs.groupGender(l), rs.groupGender(s)
	return gl != Unknown && gs != Unknown && gl != gs
}

// titleHead returns the last word of the title written before mention i,
// in lower case, or "".
func (rs *resolver) titleHead(i int) string {
	t := rs.ns[i].title
	if t.IsZero() {
		return ""
	}
	fs := strings.Fields(strings.ToLower(t.In(rs.ws.doc.Text)))
	if len(fs) == 0 {
		return ""
	}
	return fs[len(fs)-1]
}

// titleHeads returns the title heads of the mentions of a set.
func (rs *resolver) titleHeads(g *group) map[string]bool {
	out := map[string]bool{}
	for _, i := range g.members {
		if h := rs.titleHead(i); h != "" {
			out[h] = true
		}
	}
	return out
}

// groupGender is the gender of a set's people from honorifics, else from
// the first name of its longest name.
func (rs *resolver) groupGender(g *group) Gender {
	var votes [3]int
	longest := g.members[0]
	for _, i := range g.members {
		votes[rs.ns[i].gender]++
		if len(rs.ns[i].key) > len(rs.ns[longest].key) {
			longest = i
		}
	}
	return rs.gender(rs.ns[longest].text, votes)
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
