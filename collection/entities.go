package collection

import (
	"cmp"
	"slices"
	"strings"

	"github.com/sayso/sayso/entity"
)

// entState is one corpus entity, or, once merged into another, an empty
// husk that the union-find points past.
type entState struct {
	names    []count[string] // canonical names of the article entities, sorted
	types    []count[entity.Type]
	aliases  []string // sorted
	titles   []string // sorted
	articles []int32  // sorted
}

// count is how many article entities gave a name or a type.
type count[T cmp.Ordered] struct {
	v T
	n int
}

// addCount adds n to v's count in the sorted list cs.
func addCount[T cmp.Ordered](cs []count[T], v T, n int) []count[T] {
	i, ok := slices.BinarySearchFunc(cs, v, func(c count[T], v T) int { return cmp.Compare(c.v, v) })
	if ok {
		cs[i].n += n
		return cs
	}
	return slices.Insert(cs, i, count[T]{v, n})
}

// sortedSet sorts s and drops repeats, in place.
func sortedSet[T cmp.Ordered](s []T) []T {
	slices.Sort(s)
	return slices.Compact(s)
}

// merged returns the sorted union of the sorted lists a and b, without
// repeats; it may reuse a's array. The common cases are cheap: b after
// all of a (a new article's index), and b already in a (an alias seen
// before).
func merged[T cmp.Ordered](a, b []T) []T {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 || a[len(a)-1] < b[0] {
		return append(a, b...)
	}
	i := 0
	for _, v := range b {
		for i < len(a) && a[i] < v {
			i++
		}
		if i == len(a) || a[i] != v {
			return sortedSet(append(a, b...))
		}
	}
	return a
}

// addEntity adds one entity of a snapshot: into the corpus entities it
// shares a key with, joined, or as a new one. It returns the index of
// the entity it went into. An entity that joins another takes no slot of
// its own, so that the slots grow with the distinct entities, not with
// the articles.
func (st *state) addEntity(e *Entity, arts map[string]int32) int32 {
	var es entState
	if len(e.Names) == 0 {
		es.names = addCount(es.names, strings.Clone(e.Name), 1)
	}
	for name, n := range e.Names {
		es.names = addCount(es.names, strings.Clone(name), n)
	}
	if len(e.Types) == 0 {
		es.types = addCount(es.types, entity.Type(strings.Clone(string(e.Type))), 1)
	}
	for t, n := range e.Types {
		es.types = addCount(es.types, entity.Type(strings.Clone(string(t))), n)
	}
	es.aliases = sortedSet(cloneAll(e.Aliases))
	es.titles = sortedSet(cloneAll(e.Titles))
	for _, a := range e.Articles {
		es.articles = append(es.articles, arts[a])
	}
	es.articles = sortedSet(es.articles)

	ks := es.keysOf()
	root := st.linked(ks)
	if root < 0 {
		root = int32(len(st.ents))
		st.ents = append(st.ents, es)
		st.parent = append(st.parent, root)
	} else {
		st.ents[root].absorb(&es)
	}
	st.register(ks, root)
	return root
}

// cloneAll returns copies of ss that share no memory with them.
func cloneAll(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s != "" {
			out = append(out, strings.Clone(s))
		}
	}
	return out
}

// keys are the link keys of an entity, each prefixed by its kind: the
// folded names of full names ("Ana Ruiz", or any name of a place or an
// organization), the folded aliases of two name tokens or more, and the
// folded names of people named by one token ("Ruiz").
type keys struct {
	names, aliases, monos []string
}

// keysOf returns the link keys of an entity. A person's name of one token
// is a mononym: it links only to the same mononym, never to a full name
// that ends with it, and the aliases of an entity that has no full name
// are not keys. Aliases of one token never link: "Ruiz" joins "Ana
// Ruiz" only inside its own article, where the recognizer merged them.
func (es *entState) keysOf() keys {
	k := kindOf(es.typ())
	prefix := string(rune('0' + k))
	var ks keys
	for _, c := range es.names {
		f := fold(c.v)
		switch {
		case f == "":
		case k == kindPerson && nameTokens(c.v) < 2:
			ks.monos = append(ks.monos, prefix+f)
		default:
			ks.names = append(ks.names, prefix+f)
		}
	}
	if len(ks.names) == 0 {
		return ks
	}
	for _, a := range es.aliases {
		if f := fold(a); f != "" && nameTokens(a) >= 2 {
			ks.aliases = append(ks.aliases, prefix+f)
		}
	}
	return ks
}

// linked returns the root of the corpus entities that share a key with
// an entity of keys ks, joined into one, or -1 when none does. Keys are
// shared by the same full name, a full name that is the other's alias,
// or the same mononym. The keys of a corpus entity are the union of its
// article entities' keys, so the corpus entities are the connected
// components of the article entities under these links, whatever the
// order of arrival.
func (st *state) linked(ks keys) int32 {
	root := int32(-1)
	join := func(idx map[string]int32, key string) {
		if other, ok := idx[key]; ok {
			if root < 0 {
				root = st.find(other)
			} else {
				root = st.union(root, other)
			}
		}
	}
	for _, k := range ks.names {
		join(st.names, k)
		join(st.aliases, k)
	}
	for _, k := range ks.aliases {
		join(st.names, k)
	}
	for _, k := range ks.monos {
		join(st.monos, k)
	}
	return root
}

// register points the keys ks that no entity has yet to root.
func (st *state) register(ks keys, root int32) {
	for _, x := range []struct {
		idx  map[string]int32
		keys []string
	}{{st.names, ks.names}, {st.aliases, ks.aliases}, {st.monos, ks.monos}} {
		for _, k := range x.keys {
			if _, ok := x.idx[k]; !ok {
				x.idx[k] = root
			}
		}
	}
}

// find returns the root of i, halving the path on the way.
func (st *state) find(i int32) int32 {
	for st.parent[i] != i {
		st.parent[i] = st.parent[st.parent[i]]
		i = st.parent[i]
	}
	return i
}

// union merges the entities of a and b into the older root and returns
// it; the other's state moves there and its slot is emptied.
func (st *state) union(a, b int32) int32 {
	a, b = st.find(a), st.find(b)
	if a == b {
		return a
	}
	if b < a {
		a, b = b, a
	}
	st.ents[a].absorb(&st.ents[b])
	st.ents[b] = entState{}
	st.parent[b] = a
	return a
}

// absorb adds the names, types, aliases, titles and articles of o to es.
func (es *entState) absorb(o *entState) {
	for _, c := range o.names {
		es.names = addCount(es.names, c.v, c.n)
	}
	for _, c := range o.types {
		es.types = addCount(es.types, c.v, c.n)
	}
	es.aliases = merged(es.aliases, o.aliases)
	es.titles = merged(es.titles, o.titles)
	es.articles = merged(es.articles, o.articles)
}

// name returns the name most article entities gave, the longest of
// equals, then the first in byte order.
func (es *entState) name() string {
	best := count[string]{}
	for _, c := range es.names {
		if c.n > best.n || c.n == best.n && len(c.v) > len(best.v) {
			best = c
		}
	}
	return best.v
}

// typ returns the type most article entities gave; of equals, the first
// in entity.Types, then in byte order.
func (es *entState) typ() entity.Type {
	best := count[entity.Type]{}
	for _, c := range es.types {
		if c.n > best.n || c.n == best.n && typeRank(c.v) < typeRank(best.v) {
			best = c
		}
	}
	return best.v
}

// typeRank is t's place in entity.Types, after them all for another
// string.
func typeRank(t entity.Type) int {
	if i := slices.Index(entity.Types, t); i >= 0 {
		return i
	}
	return len(entity.Types)
}
