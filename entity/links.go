package entity

import (
	"slices"
	"strings"

	"github.com/sayso/sayso/internal/ctxpoll"
	"github.com/sayso/sayso/lexicon"
)

// mergeContained joins a short name to the longer name that contains it:
// a surname or first name to the person ("Hale" to "Jane Hale"), a
// shortened organization to its full name ("Haqq" to "al-Haqq Front",
// "Justice Department" to "U.S. Justice Department"). Places contained in
// longer names ("Kharkiv" in "Kharkiv Province") stay apart. When a surname
// fits several people, each mention goes to the one named most recently.
func (rs *resolver) mergeContained() {
	ct := containment{ws: rs.ws, kb: rs.kb, ns: rs.ns, sets: rs.sets, poll: rs.poll}
	ct.merge(sortedGroups(rs.groups()))
}

// containment is the step of the resolver that joins short names to the
// longer names that contain them (see mergeContained). It shares the
// resolver's nodes, whose part flags it sets, and its sets; it serves one
// call of Recognize.
type containment struct {
	ws   *words
	kb   knowledge
	ns   []node
	sets unionFind
	poll *ctxpoll.Poll
}

// merge joins the sets gs, in order of first mention, to the longer sets
// that contain them.
func (ct containment) merge(gs []*group) {
	// Shorter names first look for a longer one; the longer sets are
	// unchanged by the merges of shorter ones into them.
	order := append([]*group(nil), gs...)
	sortByKeyLen(order)
	holding := ct.wordIndex(gs)
	for _, g := range order {
		if ct.poll.Done() {
			return // the caller returns the context's error
		}
		if ct.hasLex(g) {
			continue // contains is false for every l: skip the scan
		}
		var cands []*group
		each := func(l *group) {
			if l == g || len(l.long) <= len(g.long) || ct.sets.find(l.root) == ct.sets.find(g.root) {
				return
			}
			if ct.contains(l, g) {
				cands = append(cands, l)
			}
		}
		if len(g.long) == 0 {
			for _, l := range gs {
				each(l)
			}
		} else {
			for _, k := range holding.sets(g.long[0]) {
				each(gs[k.set])
			}
		}
		if len(cands) > 0 && len(g.long) == 1 && allPeople(cands) {
			// "Vrbka" after "Tomas Vrbka" and "Zuzka Vrbka":
			// a full name only the model calls a person still claims its
			// own surname when a person of that surname is named too.
			for _, k := range holding.sets(g.long[0]) {
				l := gs[k.set]
				if l.typ() == Person && len(l.long) > 1 && l.long[len(l.long)-1] == g.long[0] && !slices.Contains(cands, l) &&
					ct.sets.find(l.root) != ct.sets.find(g.root) {
					cands = append(cands, l)
				}
			}
		}
		if len(cands) > 1 && g.typ() == Person {
			// "Quist" is the person of "Donald Quist", not the
			// "Quist administration" named after him.
			if people := slices.DeleteFunc(slices.Clone(cands), func(l *group) bool { return !allPeople([]*group{l}) }); len(people) > 0 {
				cands = people
			}
		}
		switch {
		case len(cands) == 1:
			ct.sets.union(cands[0].root, g.root)
			if allPeople(cands) {
				ct.markParts(g)
			}
		case len(cands) > 1 && allPeople(cands):
			ct.splitAmong(g, cands)
			ct.markParts(g)
		}
	}
}

// wordSet is a word and the index of a set of mentions that holds it.
type wordSet struct {
	word string
	set  int
}

// wordIndex lists the word and set pairs sorted by word, then by set.
type wordIndex []wordSet

// wordIndex indexes, for each word, the sets of gs that may contain a set
// whose name starts with it (see contains): those with a name that holds
// the word, and those with a name opened by a nationality of the country
// the word names ("Argentine Republic"). A set is thus compared with the
// few that share its first word, not with all. The index is one sorted
// slice, so that a short article pays a few allocations for it.
func (ct containment) wordIndex(gs []*group) wordIndex {
	var ix wordIndex
	for k, l := range gs {
		for _, i := range l.members {
			if j := ct.ns[i].sameKey; j != i && ct.sets.find(j) == ct.sets.find(i) {
				continue // a name of the set that is already indexed
			}
			key := ct.ns[i].key
			for _, w := range key {
				ix = append(ix, wordSet{w, k})
			}
			if len(key) > 0 {
				if c, ok := ct.kb.norp(key[0]); ok {
					ix = append(ix, wordSet{foldWord(c), k})
				}
			}
		}
	}
	slices.SortFunc(ix, func(a, b wordSet) int {
		if c := strings.Compare(a.word, b.word); c != 0 {
			return c
		}
		return a.set - b.set
	})
	return slices.Compact(ix)
}

// sets returns the pairs of word w, in increasing order of set.
func (ix wordIndex) sets(w string) []wordSet {
	lo, _ := slices.BinarySearchFunc(ix, w, func(e wordSet, w string) int { return strings.Compare(e.word, w) })
	hi := lo
	for hi < len(ix) && ix[hi].word == w {
		hi++
	}
	return ix[lo:hi]
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

func (ct containment) markParts(g *group) {
	for _, i := range g.members {
		ct.ns[i].part = true
	}
}

func allPeople(gs []*group) bool {
	for _, g := range gs {
		if g.typ() != Person && g.cues.best() != Person {
			return false
		}
	}
	return true
}

// contains reports whether the set l, with the longer name, may absorb
// the set s; the caller has checked that s is not hasLex.
func (ct containment) contains(l, s *group) bool {
	if !ct.shareWord(l, s) {
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
		key := ct.ns[i].key
		if len(key) <= len(s.long) || slices.ContainsFunc(tried, func(k []string) bool { return slices.Equal(k, key) }) {
			continue
		}
		if ct.containsKey(l, s, key, lt, st) {
			return true
		}
		tried = append(tried, key)
	}
	return false
}

// hasLex reports whether a name of g matched a lexicon: such a set is
// never contained in another (see contains).
func (ct containment) hasLex(g *group) bool {
	for _, i := range g.members {
		if ct.ns[i].lex != 0 {
			return true
		}
	}
	return false
}

// shareWord reports whether a name of l longer than s's holds the first
// word of s's name, which containsKey needs but for one case (or s's name
// is empty).
func (ct containment) shareWord(l, s *group) bool {
	if len(s.long) == 0 {
		return true
	}
	for _, i := range l.members {
		key := ct.ns[i].key
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
	lt = ls.typ
	if ls.cueTotal < weak && ss.cueTotal >= weak && l.cues.of(lt) == 0 {
		// A guess gives way to evidence; but not evidence of the long
		// name's own type, however slight: "Austin Parker", opened by a
		// first name, stays a person though "Parker" is also a town.
		lt = ss.cueBest
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
func (ct containment) containsKey(l, s *group, long []string, lt, st Type) bool {
	short := s.long
	switch lt {
	case GPE:
		// "Moldova" and "Republic of Moldova", "Korea" and "Republic of Korea".
		if len(short) != 1 || st != GPE || !compatible(l, s) {
			return false
		}
		first := long[0]
		if c, ok := ct.kb.norp(first); ok && foldWord(c) == short[0] {
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
		if st != Person && !(st == GPE && len(short) == 1 && !ct.kb.major(ct.ws.norms(ct.ns[s.members[0]].first, ct.ns[s.members[0]].last))) {
			return false // a city may also be a surname ("Lopez"), a country hardly
		}
		if long[0] != short[0] && ct.genderClash(l, s) {
			return false // "Mr. Okafor" is not "Grace Okafor"
		}
		n := len(short)
		if k := len(long) - 1; k > 1 && nameSuffixes[long[k]] && !nameSuffixes[short[len(short)-1]] {
			long = long[:k] // "Hale" of "Robert Hale Jr."
		}
		if n < len(long) && equalWords(long[len(long)-n:], short) {
			return true // surname, or "van Dijk"
		}
		// A first name alone, unless it is also a place ("Charlotte"), or
		// introduces someone of its own ("Ostrander's father, Daniel,").
		return n == 1 && long[0] == short[0] && !ct.isKnownPlace(s) && !ct.introduced(s)
	case Org, Fac:
		if len(short) > 0 && !slices.Contains(long, short[0]) {
			return false // containsRun below needs it
		}
		if st != lt || !compatible(l, s) {
			return false
		}
		if ct.headBeforeComplement(l, s) {
			// "House" of "House of Assembly", though a list knows a
			// building called "House".
			return true
		}
		if ct.isKnownPlace(s) {
			return false
		}
		if len(short) == 1 && ct.ws.lowered(short[0]) {
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

// headBeforeComplement reports whether the name of s is a name of l cut
// before its complement of "of" or "for": the short form that writers
// use once the full name is given ("the House" after "the House of
// Assembly", "the Dalgety Institute" after "the Dalgety Institute for
// Trade Studies", "the Court of Appeals"). Its words are the
// name's head and what comes before it, so that even a common word
// ("House") stands for the one organization it heads.
func (ct containment) headBeforeComplement(l, s *group) bool {
	for _, i := range l.members {
		n := ct.ns[i]
		norms := ct.ws.norms(n.first, n.last)
		for k := 1; k < len(norms)-1; k++ {
			if w := norms[k]; (w == "of" || w == "for") && slices.Equal(nameKey(norms[:k]), s.long) {
				return true
			}
		}
	}
	return false
}

// introduced reports whether a mention of g is a name in apposition to a
// noun that describes a person: "his father, Daniel,", where a first name
// alone names a relative, not the person of that first name named in
// full elsewhere.
func (ct containment) introduced(g *group) bool {
	ws := ct.ws
	for _, i := range g.members {
		a, b := ct.ns[i].first, ct.ns[i].last
		if a < 2 || ws.w[a-1].norm != "," || !ws.sameSentence(a-2, a) || !personRoles[ws.lowerAt(a-2)] {
			continue
		}
		if b >= len(ws.w) || !ws.sameSentence(a, b) || endsSentence(ws.w[b].norm) {
			return true
		}
	}
	return false
}

// personRoles are the nouns that describe a person as a source: "the
// minister", "his father".
var personRoles = wordsOf(lexicon.PersonRole)

// isKnownPlace reports whether a set's name is a place or group in the
// gazetteers: such names are their own entities even inside longer names
// ("Uganda" in "Uganda Airlines").
func (ct containment) isKnownPlace(g *group) bool {
	n := ct.ns[g.members[0]]
	norms := ct.ws.norms(n.first, n.last)
	if ct.kb.place(norms) != "" {
		return true
	}
	_, ok := norpPhrase(ct.kb, norms)
	return ok
}

// splitAmong gives each mention of g to the candidate named last before
// it, or to the first one named after it.
func (ct containment) splitAmong(g *group, cands []*group) {
	for _, i := range g.members {
		ct.sets.detach(i)
	}
	genders := make([]Gender, len(cands))
	titles := make([]map[string]bool, len(cands))
	for k, c := range cands {
		genders[k] = ct.groupGender(c)
		titles[k] = ct.titleHeads(c)
	}
	for _, i := range g.members {
		at := ct.ns[i].Start
		sur := ct.ws.norms(ct.ns[i].first, ct.ns[i].last)
		// A title shared with some candidates ("President Okafor" after
		// "President Ben Okafor") limits the choice to them.
		head := ct.titleHead(i)
		titled := false
		for k := range cands {
			titled = titled || head != "" && titles[k][head]
		}
		best, bestPos := -1, -1
		for k, c := range cands {
			if g := ct.ns[i].gender; g != Unknown && genders[k] != Unknown && g != genders[k] {
				continue // "Mrs. Okafor" is not her husband
			}
			if titled && !titles[k][head] {
				continue
			}
			for _, j := range c.members {
				// "Her father Tomas": a first name alone names no one
				// for the surname.
				if p := ct.ns[j].Start; p < at && p > bestPos && ct.hasWord(j, sur) {
					best, bestPos = c.root, p
				}
			}
		}
		if best < 0 {
			best = cands[0].root
		}
		ct.sets.union(best, i)
	}
}

// hasWord reports whether mention j has the words ws, in order.
func (ct containment) hasWord(j int, ws []string) bool {
	m := ct.ws.norms(ct.ns[j].first, ct.ns[j].last)
	for k := 0; k+len(ws) <= len(m); k++ {
		if slices.Equal(m[k:k+len(ws)], ws) {
			return true
		}
	}
	return false
}

// genderClash reports whether the surname s, used alone before the full
// name l is first written, names someone else: the two have known genders
// that differ ("Mr. Okafor" all through a story, then "his wife, Grace
// Okafor"). A surname first used after the full name is taken to be that
// person's even so, as first-name genders are often wrong for names given
// to both sexes.
func (ct containment) genderClash(l, s *group) bool {
	if ct.ns[slices.Min(s.members)].Start > ct.ns[slices.Min(l.members)].Start {
		return false
	}
	gl, gs := ct.groupGender(l), ct.groupGender(s)
	return gl != Unknown && gs != Unknown && gl != gs
}

// titleHead returns the last word of the title written before mention i,
// in lower case, or "".
func (ct containment) titleHead(i int) string {
	t := ct.ns[i].title
	if t.IsZero() {
		return ""
	}
	fs := strings.Fields(strings.ToLower(t.In(ct.ws.doc.Text)))
	if len(fs) == 0 {
		return ""
	}
	return fs[len(fs)-1]
}

// titleHeads returns the title heads of the mentions of a set.
func (ct containment) titleHeads(g *group) map[string]bool {
	out := map[string]bool{}
	for _, i := range g.members {
		if h := ct.titleHead(i); h != "" {
			out[h] = true
		}
	}
	return out
}

// groupGender is the gender of a set's people from honorifics, else from
// the first name of its longest name.
func (ct containment) groupGender(g *group) Gender {
	var votes [3]int
	longest := g.members[0]
	for _, i := range g.members {
		votes[ct.ns[i].gender]++
		if len(ct.ns[i].key) > len(ct.ns[longest].key) {
			longest = i
		}
	}
	return personGender(ct.kb, ct.ns[longest].text, votes)
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
