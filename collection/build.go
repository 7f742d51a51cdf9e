package collection

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/sayso/sayso/entity"
)

// snapshot lays st out as a Snapshot. Without derive it fills only the
// state (what merge reads), which is what Merge needs of the other side.
func (st *state) snapshot(derive bool) *Snapshot {
	s := &Snapshot{Articles: []Article{}, Entities: []Entity{}, Claims: []Claim{}, Unnamed: []Unnamed{}}
	for _, a := range st.articles {
		s.Articles = append(s.Articles, Article{ID: a.id, Date: a.date})
	}
	slices.SortFunc(s.Articles, func(a, b Article) int { return strings.Compare(a.ID, b.ID) })

	entIDs := st.layEntities(s)
	st.layClaims(s, entIDs)
	if derive {
		st.derive(s)
	}
	return s
}

// layEntities adds the corpus entities to s, in most articles first, then
// by type and name, and returns each root's ID, by entity index.
func (st *state) layEntities(s *Snapshot) []string {
	type row struct {
		root int32
		e    Entity
	}
	var rows []row
	for i := range st.ents {
		if st.parent[i] != int32(i) {
			continue
		}
		es := &st.ents[i]
		e := Entity{
			Name:     es.name(),
			Type:     es.typ(),
			Names:    make(map[string]int, len(es.names)),
			Types:    make(map[entity.Type]int, len(es.types)),
			Aliases:  append([]string{}, es.aliases...),
			Titles:   append([]string{}, es.titles...),
			Articles: make([]string, 0, len(es.articles)),
		}
		for _, c := range es.names {
			e.Names[c.v] = c.n
		}
		for _, c := range es.types {
			e.Types[c.v] = c.n
		}
		for _, a := range es.articles {
			e.Articles = append(e.Articles, st.articles[a].id)
		}
		slices.Sort(e.Articles)
		rows = append(rows, row{int32(i), e})
	}
	slices.SortFunc(rows, func(a, b row) int {
		return cmp.Or(
			cmp.Compare(len(b.e.Articles), len(a.e.Articles)),
			cmp.Compare(typeRank(a.e.Type), typeRank(b.e.Type)),
			strings.Compare(a.e.Name, b.e.Name),
			slices.Compare(a.e.Articles, b.e.Articles))
	})
	ids := make([]string, len(st.ents))
	for k, r := range rows {
		r.e.ID = "E" + strconv.Itoa(k+1)
		ids[r.root] = r.e.ID
		s.Entities = append(s.Entities, r.e)
	}
	return ids
}

// layClaims adds the corpus claims to s, those printed by most articles
// first, then by folded text, each with its printings in order.
func (st *state) layClaims(s *Snapshot, entIDs []string) {
	keys := make([]string, len(st.claims))
	for k, i := range st.byKey {
		keys[i] = k
	}
	type row struct {
		claim Claim
		key   string
		arts  int
	}
	rows := make([]row, 0, len(st.claims))
	for i := range st.claims {
		cs := &st.claims[i]
		offs := make([]int, len(cs.occs)) // where each printing's ids start
		order := make([]int, len(cs.occs))
		for k, off := 0, 0; k < len(cs.occs); k++ {
			offs[k], order[k] = off, k
			off += int(cs.occs[k].nSpeakers) + int(cs.occs[k].nAbout)
		}
		slices.SortFunc(order, func(a, b int) int {
			switch {
			case st.before(cs.occs[a], cs.occs[b]):
				return -1
			case st.before(cs.occs[b], cs.occs[a]):
				return 1
			}
			return 0
		})
		c := Claim{Text: cs.text, Date: st.articles[cs.occs[order[0]].article].date}
		arts := map[int32]bool{}
		for _, k := range order {
			o := cs.occs[k]
			arts[o.article] = true
			ids := cs.ids[offs[k]:]
			src := Source{
				Article:  st.articles[o.article].id,
				Index:    int(o.index),
				Kind:     kinds[o.kind],
				Speakers: st.entityIDs(ids[:o.nSpeakers], entIDs),
				About:    st.entityIDs(ids[o.nSpeakers:int(o.nSpeakers)+int(o.nAbout)], entIDs),
			}
			if o.unnamed >= 0 {
				src.Unnamed = st.unnamed[o.unnamed]
			}
			c.Sources = append(c.Sources, src)
		}
		rows = append(rows, row{c, keys[i], len(arts)})
	}
	slices.SortFunc(rows, func(a, b row) int {
		return cmp.Or(cmp.Compare(b.arts, a.arts), strings.Compare(a.key, b.key))
	})
	for k, r := range rows {
		r.claim.ID = "C" + strconv.Itoa(k+1)
		s.Claims = append(s.Claims, r.claim)
	}
}

// entityIDs returns the snapshot IDs of entity indexes, without the
// repeats that unions leave, or nil for none.
func (st *state) entityIDs(idx []int32, entIDs []string) []string {
	var out []string
	for _, i := range idx {
		if id := entIDs[st.find(i)]; !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// derive fills the fields of s that its state gives: what each entity
// said and is named in, the unnamed groups, and the claims that are part
// of others.
func (st *state) derive(s *Snapshot) {
	byID := make(map[string]int, len(s.Entities))
	for i, e := range s.Entities {
		byID[e.ID] = i
	}
	var said, about, unnamed refs
	groups := map[string]int{}
	var names []string
	for ci, c := range s.Claims {
		for _, src := range c.Sources {
			for _, id := range src.Speakers {
				said = append(said, ref{byID[id], ci, src.Article})
			}
			for _, id := range src.About {
				about = append(about, ref{byID[id], ci, src.Article})
			}
			if src.Unnamed != "" {
				g, ok := groups[src.Unnamed]
				if !ok {
					g = len(names)
					groups[src.Unnamed] = g
					names = append(names, src.Unnamed)
				}
				unnamed = append(unnamed, ref{g, ci, src.Article})
			}
		}
	}
	for owner, cr := range said.group(s.Claims) {
		s.Entities[owner].Said = cr
	}
	for owner, cr := range about.group(s.Claims) {
		s.Entities[owner].About = cr
	}
	for g, cr := range unnamed.group(s.Claims) {
		s.Unnamed = append(s.Unnamed, Unnamed{Name: names[g], Claims: cr})
	}
	slices.SortFunc(s.Unnamed, func(a, b Unnamed) int {
		return cmp.Or(cmp.Compare(len(b.Claims), len(a.Claims)), strings.Compare(a.Name, b.Name))
	})
	keys := make([]string, len(s.Claims))
	for i, c := range s.Claims {
		keys[i] = fold(c.Text)
	}
	for part, wholes := range partsOf(keys) {
		for _, w := range wholes {
			s.Claims[part].PartOf = append(s.Claims[part].PartOf, s.Claims[w].ID)
			s.Claims[w].Parts = append(s.Claims[w].Parts, s.Claims[part].ID)
		}
	}
}

// ref links an owner (an entity or an unnamed group, by index) to a claim
// (by index) in an article.
type ref struct {
	owner, claim int
	article      string
}

// refs are links to be grouped by owner.
type refs []ref

// group returns each owner's ClaimRefs, in claim order, each with its
// articles sorted and without repeats.
func (rs refs) group(claims []Claim) map[int][]ClaimRef {
	slices.SortFunc(rs, func(a, b ref) int {
		return cmp.Or(cmp.Compare(a.owner, b.owner), cmp.Compare(a.claim, b.claim), strings.Compare(a.article, b.article))
	})
	out := map[int][]ClaimRef{}
	for i, r := range rs {
		if i > 0 && rs[i-1] == r {
			continue
		}
		crs := out[r.owner]
		if n := len(crs); n > 0 && crs[n-1].Claim == claims[r.claim].ID {
			crs[n-1].Articles = append(crs[n-1].Articles, r.article)
			continue
		}
		out[r.owner] = append(crs, ClaimRef{Claim: claims[r.claim].ID, Articles: []string{r.article}})
	}
	return out
}
