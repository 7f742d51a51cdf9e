package collection

import (
	"fmt"
	"strings"
	"time"
)

// state is what a Collection keeps: names, aliases, titles, folded claim
// keys, each claim's text once, and article IDs, with small integers
// between them. No article text, Document or Result is kept, and every
// string taken from a Result is cloned, since an alias or a claim's text
// may be a slice of the article's text and would keep all of it alive.
type state struct {
	articles  []article
	byArticle map[string]int32

	ents    []entState
	parent  []int32 // union-find over ents: parent[i] == i for a root
	names   map[string]int32
	aliases map[string]int32
	monos   map[string]int32

	claims []claimState
	byKey  map[string]int32 // folded text -> claim

	unnamed   []string         // each group's description, as written
	byUnnamed map[string]int32 // folded description -> group
}

// article is one article added.
type article struct {
	id   string
	date time.Time
}

// init makes the maps, so that the zero state is ready to use.
func (st *state) init() {
	if st.byArticle != nil {
		return
	}
	st.byArticle = map[string]int32{}
	st.names = map[string]int32{}
	st.aliases = map[string]int32{}
	st.monos = map[string]int32{}
	st.byKey = map[string]int32{}
	st.byUnnamed = map[string]int32{}
}

// merge adds a snapshot's articles, entities and claims: the one way in,
// for a Result (Add turns it into a snapshot of one article), another
// collection (Merge) and decoded JSON (UnmarshalJSON). Entities are linked
// as they come, so the outcome does not depend on the order of arrival.
// It checks s first and changes nothing when it returns an error.
func (st *state) merge(s *Snapshot) error {
	st.init()
	if err := st.check(s); err != nil {
		return err
	}
	arts := make(map[string]int32, len(s.Articles))
	for _, a := range s.Articles {
		i := int32(len(st.articles))
		st.articles = append(st.articles, article{id: strings.Clone(a.ID), date: a.Date})
		st.byArticle[st.articles[i].id] = i
		arts[a.ID] = i
	}
	ents := make(map[string]int32, len(s.Entities))
	for i := range s.Entities {
		ents[s.Entities[i].ID] = st.addEntity(&s.Entities[i], arts)
	}
	for i := range s.Claims {
		st.addClaim(&s.Claims[i], arts, ents)
	}
	return nil
}

// check returns an error wrapping ErrDuplicate when s has an article that
// st has, or has one twice, and one wrapping ErrSnapshot when an entity or
// a source points to what s does not hold.
func (st *state) check(s *Snapshot) error {
	arts := make(map[string]bool, len(s.Articles))
	for _, a := range s.Articles {
		if a.ID == "" {
			return fmt.Errorf("%w: an article without ID", ErrSnapshot)
		}
		if _, dup := st.byArticle[a.ID]; dup || arts[a.ID] {
			return fmt.Errorf("%w: %s", ErrDuplicate, a.ID)
		}
		arts[a.ID] = true
	}
	ents := make(map[string]bool, len(s.Entities))
	for i := range s.Entities {
		e := &s.Entities[i]
		if ents[e.ID] {
			return fmt.Errorf("%w: entity %q twice", ErrSnapshot, e.ID)
		}
		ents[e.ID] = true
		if e.Name == "" && len(e.Names) == 0 {
			return fmt.Errorf("%w: entity %q without a name", ErrSnapshot, e.ID)
		}
		for _, a := range e.Articles {
			if !arts[a] {
				return fmt.Errorf("%w: entity %q in unknown article %q", ErrSnapshot, e.ID, a)
			}
		}
	}
	for i := range s.Claims {
		c := &s.Claims[i]
		for _, src := range c.Sources {
			if !arts[src.Article] {
				return fmt.Errorf("%w: claim %q in unknown article %q", ErrSnapshot, c.ID, src.Article)
			}
			for _, id := range src.Speakers {
				if !ents[id] {
					return fmt.Errorf("%w: claim %q: unknown speaker %q", ErrSnapshot, c.ID, id)
				}
			}
			for _, id := range src.About {
				if !ents[id] {
					return fmt.Errorf("%w: claim %q: unknown entity %q", ErrSnapshot, c.ID, id)
				}
			}
		}
	}
	return nil
}

// before reports whether printing a (article, claim index) comes before
// b: by date, articles without one last, then by article ID and index.
// Claim text is taken from the first printing and sources are listed in
// this order.
func (st *state) before(a, b occ) bool {
	da, db := st.articles[a.article].date, st.articles[b.article].date
	if !da.Equal(db) {
		if da.IsZero() || db.IsZero() {
			return db.IsZero()
		}
		return da.Before(db)
	}
	if ia, ib := st.articles[a.article].id, st.articles[b.article].id; ia != ib {
		return ia < ib
	}
	return a.index < b.index
}
