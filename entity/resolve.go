package entity

import (
	"cmp"
	"encoding/binary"
	"slices"
	"strconv"
	"strings"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// node is one mention during resolution, with its comparison key.
type node struct {
	mention
	key []string
	// joined is the words of key joined by spaces.
	joined string
	// sameKey is the index of the first node with the same key.
	sameKey int
	// part is set when the mention is a part of a person's longer name
	// ("Lopez" of "Maria Lopez"): its votes for other types no longer
	// count, since they were about the word, not the person.
	part bool
}

// resolver merges the mentions of one document into entities. The merge
// rules run from the safest to the boldest; each joins sets of mentions in
// a union-find forest, and the type of a set is the vote of all its
// mentions. It serves one call of Recognize and is not safe for
// concurrent use.
type resolver struct {
	ws   *words
	kb   knowledge
	lex  *userLexicon // nil without WithLexicon
	poll *ctxpoll.Poll
	ns   []node
	sets unionFind
	tr   *tracer // nil unless WithTrace
}

// resolve merges the mentions ms of the words ws into entities, in order
// of first mention; an entity with a mention of a lexicon entry takes the
// entry's name. With a tracer, each entity carries its Trace. It stops
// early, with entities left out, once poll is done.
func resolve(ws *words, kb knowledge, ms []mention, lex *userLexicon, poll *ctxpoll.Poll, tr *tracer) []*Entity {
	rs := &resolver{ws: ws, kb: kb, lex: lex, poll: poll, ns: slices.Grow(ws.scratch.nodes[:0], len(ms)), tr: tr}
	defer func() { ws.scratch.nodes = rs.ns }()
	// Names repeat: the key of each distinct sequence of words is made
	// once, and shared by the nodes, which never modify their keys.
	keys := ws.scratch.keyMemo()
	var buf []byte
	first := ws.scratch.firstMemo()
	for x := range ms {
		m := &ms[x]
		if poll.Done() {
			return nil // the caller returns the context's error
		}
		norms := ws.norms(m.first, m.last)
		buf = appendWords(buf[:0], norms)
		k, ok := keys[string(buf)]
		if !ok {
			k.key = mentionKey(kb, norms)
			k.joined = strings.Join(k.key, " ")
			keys[string(buf)] = k
		}
		if len(k.key) == 0 {
			continue
		}
		i := len(rs.ns)
		j, ok := first[k.joined]
		if !ok {
			j = i
			first[k.joined] = i
		}
		rs.ns = append(rs.ns, node{mention: *m, key: k.key, joined: k.joined, sameKey: j})
	}
	rs.sets = make(unionFind, len(rs.ns))
	for i := range rs.sets {
		rs.sets[i] = i
	}
	for _, merge := range []func(){rs.mergeLexicon, rs.mergeExact, rs.mergeVariants, rs.mergeLinks, rs.mergeAcronyms, rs.mergeContained} {
		if poll.Check() {
			return nil // the caller returns the context's error
		}
		merge()
	}
	return rs.entities()
}

// mentionKeys are a mentionKey and its words joined by spaces.
type mentionKeys struct {
	key    []string
	joined string
}

// appendWords appends ws to b, each word preceded by its length, so that
// distinct word sequences give distinct byte strings.
func appendWords(b []byte, ws []string) []byte {
	for _, w := range ws {
		b = binary.AppendUvarint(b, uint64(len(w)))
		b = append(b, w...)
	}
	return b
}

// mentionKey is nameKey with, in names of several words, a leading
// nationality replaced by its country, so that "German Foreign Ministry"
// and "Germany's Foreign Ministry" compare equal.
func mentionKey(kb knowledge, words []string) []string {
	key := nameKey(words)
	if len(key) > 1 && kb.place(words) == "" {
		if c, ok := kb.norp(words[0]); ok && c != "" {
			key = append(nameKey(strings.Fields(c)), key[1:]...)
		}
	}
	return key
}

// unionFind is a forest of sets of nodes: each element holds the index of
// its parent, and a root is its own parent.
type unionFind []int

// find returns the root of i's set, halving the path to it on the way.
func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// union joins the sets of i and j.
func (u unionFind) union(i, j int) {
	a, b := u.find(i), u.find(j)
	if a == b {
		return
	}
	if b < a {
		a, b = b, a
	}
	u[b] = a // the earliest mention stays the root
}

// detach makes i a set of its own again. Nodes whose path to their root
// passed through i keep i as their root.
func (u unionFind) detach(i int) { u[i] = i }

// group is a set of mentions found so far to name one entity.
type group struct {
	root    int
	members []int
	votes   typeVotes
	cues    typeVotes
	guesses typeVotes
	long    []string // the longest key
	// sum caches what containedTypes reads of the votes, which are final
	// once the group is built; summed tells it is set.
	sum    groupSummary
	summed bool
	// inits caches initials(long); initsSet tells it is set.
	inits    string
	initsSet bool
}

// initials returns initials(g.long), computed once: long does not change
// after groups builds g.
func (g *group) initials() string {
	if !g.initsSet {
		g.inits, g.initsSet = initials(g.long), true
	}
	return g.inits
}

// typ is the set's type: the best-supported one, or the most frequent
// guess when nothing supports any. It is computed once (see summary).
func (g *group) typ() Type { return g.summary().typ }

// voteType computes typ from the votes.
func (g *group) voteType() Type {
	if t := g.votes.best(); t != "" {
		return t
	}
	return g.guesses.best()
}

// groups builds the current sets, keyed by their roots. The sets and
// their member lists are carved from one array each, reused from the last
// call (see scratch), since the merge stages rebuild them several times
// per document: a call invalidates the sets the previous one returned.
func (rs *resolver) groups() map[int]*group {
	n := len(rs.ns)
	buf := rs.ws.scratch.zeroInts(3*n + 1)
	roots, at := buf[:n], buf[n:2*n] // at: for a root, its set's index + 1
	sets := 0
	for i := range rs.ns {
		root := rs.sets.find(i)
		roots[i] = root
		if at[root] == 0 {
			sets++
			at[root] = sets
		}
	}
	arena, members, gs := rs.ws.scratch.groupArena(sets, n)
	sizes := buf[2*n : 2*n+sets+1]
	for _, root := range roots {
		sizes[at[root]]++
	}
	for k := 1; k <= sets; k++ {
		// The three-index slice keeps an append to one set's members
		// from writing into the next set's.
		arena[k-1].members = members[len(members) : len(members) : len(members)+sizes[k]]
		members = members[:len(members)+sizes[k]]
	}
	for i := range rs.ns {
		root := roots[i]
		g := &arena[at[root]-1]
		if len(g.members) == 0 {
			g.root = root
			gs[root] = g
		}
		g.members = append(g.members, i)
		n := &rs.ns[i]
		var minus typeVotes
		if rs.repeated(i, root) {
			minus = n.lexical
		}
		g.votes.merge(n.votes, minus, n.part)
		g.cues.merge(n.cues, minus, n.part)
		g.guesses.add(n.guess, 1)
		if len(rs.ns[i].key) > len(g.long) {
			g.long = rs.ns[i].key
		}
	}
	return gs
}

// repeated reports whether node i, of the set with the given root, writes
// again the name of an earlier node of that set. An ambiguous lexicon
// match (mention.lexical) is one fact however often the name is written:
// it counts once per set, on the first node with the name.
func (rs *resolver) repeated(i, root int) bool {
	j := rs.ns[i].sameKey
	return j != i && rs.sets.find(j) == root
}

// weak is the evidence under which a set's type is open to revision.
const weak = 1.5

// compatible reports whether two sets may name one entity as far as their
// types go: the same best type, or one of them with too little evidence to
// tell. Only the gazetteers, head words and titles count here: the model
// labels one name differently from sentence to sentence.
func compatible(a, b *group) bool {
	sa, sb := a.summary(), b.summary()
	return sa.cueBest == sb.cueBest || sa.cueTotal < weak || sb.cueTotal < weak
}

// mergeLexicon joins the mentions of each user lexicon entry.
func (rs *resolver) mergeLexicon() {
	first := map[int]int{}
	for i := range rs.ns {
		n := &rs.ns[i]
		if n.lex == 0 {
			continue
		}
		if j, ok := first[n.lex]; ok {
			rs.sets.union(j, i)
		} else {
			first[n.lex] = i
		}
	}
}

// mergeExact joins mentions with the same key: "U.S." and "US", "de
// Dijk" and "Van Dijk", "German" and "Russians" (through the
// gazetteer's demonyms), "Britain" and "United Kingdom" (through its
// countries).
func (rs *resolver) mergeExact() {
	// The first node of each plain key (the node's own) is kept by
	// sameKey, which nodes with one key share; keys made otherwise hold a
	// colon, and are kept in a map with the plain keys that hold one.
	plain := rs.ws.scratch.zeroInts(len(rs.ns)) // first node + 1, 0 for none yet
	first, countries := map[string]int{}, map[string]int{}
	for i := range rs.ns {
		n := &rs.ns[i]
		k, best := n.joined, n.votes.best()
		if len(n.key) == 1 && best == NORP {
			if c, ok := rs.kb.norp(rs.ws.w[n.last-1].norm); ok {
				k = "norp:" + c
			}
		}
		if best == GPE && n.lex == 0 && !rs.ws.modelLine(n.first) {
			if c := rs.kb.country(rs.ws.norms(n.first, n.last)); c != "" {
				// "America" and "United States": joined besides the key.
				if j, ok := countries[c]; ok {
					rs.sets.union(j, i)
				} else {
					countries[c] = i
				}
			}
		}
		if n.lex != 0 {
			k = "lex" + strconv.Itoa(n.lex) + ":" + k
		}
		if capitals, table := rs.ws.lineShape(n.first); table || capitals && rs.townInCapitals(n.mention) {
			// In a table of results, or a line in capitals, a town names
			// its team ("NEW YORK 74 62", "CHICAGO AT DETROIT"), beside
			// the town itself in the dateline: the class the evidence
			// gives keeps them apart.
			k = strconv.Itoa(int(classOf(best))) + ":" + k
		}
		if k == n.joined && strings.IndexByte(k, ':') < 0 {
			if j := plain[n.sameKey] - 1; j >= 0 {
				rs.sets.union(j, i)
			} else {
				plain[n.sameKey] = i + 1
			}
			continue
		}
		j, ok := first[k]
		if !ok {
			first[k] = i
			continue
		}
		rs.sets.union(j, i) // one name written alike is one entity within a story
	}
}

// townInCapitals reports whether m, in a line set in capitals, names a
// listed place.
func (rs *resolver) townInCapitals(m mention) bool {
	words := make([]string, 0, m.last-m.first)
	for _, w := range rs.ws.norms(m.first, m.last) {
		words = append(words, titleCase(w))
	}
	return rs.kb.place(words) != ""
}

// mergeVariants joins names that differ by transliteration: "Yuri Popov"
// and "Yury Popov", "Liwa Fadjr al-Din" and "Liwa Fajr al-Din".
func (rs *resolver) mergeVariants() {
	// Variants have the same number of words, two or more, with the same
	// first letters: only the distinct keys of one such block are
	// compared, and all the mentions of two variant keys are joined.
	// first holds the first node of each distinct key, and keys those
	// first nodes, sorted into their blocks with each block in the order
	// of the text.
	// Nodes with one key share sameKey, which indexes first.
	first := rs.ws.scratch.zeroInts(len(rs.ns)) // first node + 1, 0 for none yet
	var keys []int
	for i := range rs.ns {
		n := &rs.ns[i]
		if len(n.key) < 2 || n.lex != 0 {
			continue
		}
		if first[n.sameKey] == 0 {
			first[n.sameKey] = i + 1
			keys = append(keys, i)
		}
	}
	slices.SortStableFunc(keys, func(i, j int) int { return compareFirstLetters(rs.ns[i].key, rs.ns[j].key) })
	// The sets a union makes do not depend on the order of the unions:
	// the earliest mention is always the root.
	var variant []bool // by node, for the first nodes of variant keys
	for start := 0; start < len(keys); {
		end := start + 1
		for end < len(keys) && compareFirstLetters(rs.ns[keys[start]].key, rs.ns[keys[end]].key) == 0 {
			end++
		}
		block := keys[start:end]
		for x, i := range block {
			for _, j := range block[:x] {
				if variantOf(rs.ns[i].key, rs.ns[j].key) {
					rs.sets.union(i, j)
					if variant == nil {
						variant = make([]bool, len(rs.ns))
					}
					variant[i], variant[j] = true, true
				}
			}
		}
		start = end
	}
	if variant == nil {
		return
	}
	// Names written alike may have been kept apart by mergeExact; a
	// variant joins them all.
	for i := range rs.ns {
		n := &rs.ns[i]
		if len(n.key) < 2 || n.lex != 0 {
			continue
		}
		if f := first[n.sameKey] - 1; f != i && variant[f] {
			rs.sets.union(f, i)
		}
	}
}

// compareFirstLetters orders keys by their number of words, then by the
// first byte of each word, which variants share (see variantOf): the
// keys of one block of mergeVariants compare equal.
func compareFirstLetters(a, b []string) int {
	if c := cmp.Compare(len(a), len(b)); c != 0 {
		return c
	}
	letter := func(w string) byte {
		if w == "" {
			return 0
		}
		return w[0]
	}
	for i := range a {
		if c := cmp.Compare(letter(a[i]), letter(b[i])); c != 0 {
			return c
		}
	}
	return 0
}

// mergeAcronyms joins an acronym with the one set whose multi-word name
// has its initials: "LFD" and "Liwa Fajr al-Din", "U.N." and "United
// Nations". A country's acronym may add one letter for a dropped "of ..."
// ("USA" and "United States").
func (rs *resolver) mergeAcronyms() {
	// longest holds, for each root, the most words of a key in its set:
	// len(long) of its group, kept without rebuilding the groups.
	longest := make([]int, len(rs.ns))
	for i := range rs.ns {
		r := rs.sets.find(i)
		longest[r] = max(longest[r], len(rs.ns[i].key))
	}
	type try struct {
		root int
		text string
	}
	var gs map[int]*group // built when first needed, and again after a merge
	// tried holds the acronyms already tried against the current sets:
	// trying one again finds the same candidates.
	tried := map[try]bool{}
	for i := range rs.ns {
		n := &rs.ns[i]
		acr := acronymKey(n.text)
		if acr == "" || n.lex != 0 {
			continue
		}
		root := rs.sets.find(i)
		if longest[root] > 1 {
			continue // already joined to a full name
		}
		if tried[try{root, n.text}] {
			continue
		}
		tried[try{root, n.text}] = true
		if gs == nil {
			gs = rs.groups()
		}
		gi := gs[root]
		var cands []*group
		for _, g := range gs {
			if g == gi || len(g.long) < 2 || !compatible(g, gi) {
				continue
			}
			in := g.initials()
			if in == acr || g.summary().typ == GPE && rs.kb.place([]string{n.text}) == GPE && len(acr) == len(in)+1 && strings.HasPrefix(acr, in) {
				cands = append(cands, g)
			}
		}
		if len(cands) == 1 {
			l := max(longest[root], longest[cands[0].root])
			rs.sets.union(cands[0].root, i)
			longest[rs.sets.find(i)] = l
			gs = nil
			clear(tried)
		}
	}
}

// sortedGroups returns the sets in order of first mention.
func sortedGroups(gs map[int]*group) []*group {
	out := make([]*group, 0, len(gs))
	for _, g := range gs {
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b *group) int { return a.root - b.root })
	return out
}

// group returns a set of the one mention n.
func (n *node) group() *group {
	g := &group{votes: n.votes, cues: n.cues, long: n.key}
	g.guesses.add(n.guess, 1)
	return g
}
