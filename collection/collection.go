package collection

import (
	"errors"
	"sync"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/extract"
)

// The sentinel errors of this package; test for them with errors.Is.
var (
	// ErrNoArticle is returned by Add for a Result without an article or
	// an article without an ID.
	ErrNoArticle = errors.New("collection: no article ID")
	// ErrDuplicate is returned by Add, Merge and UnmarshalJSON for an
	// article that the collection already holds.
	ErrDuplicate = errors.New("collection: article added twice")
	// ErrSnapshot is returned by UnmarshalJSON for a snapshot whose
	// entities or claims point to articles or entities it does not hold.
	ErrSnapshot = errors.New("collection: bad snapshot")
)

// Collection gathers the Results of many articles into one view: entities
// linked across articles, claims merged across the articles that print
// them, and who said what. The zero Collection is empty and ready to use.
// It is safe for concurrent use: a mutex guards its state. A Collection
// must not be copied after first use.
type Collection struct {
	mu sync.Mutex
	st state
}

// New returns an empty Collection.
func New() *Collection { return &Collection{} }

// Add adds one article's Result: its ID and date come from r.Doc.Article.
// It returns an error wrapping ErrNoArticle when r has no article or the
// article no ID, and one wrapping ErrDuplicate when the collection has an
// article of that ID already; the collection is then unchanged. Nothing
// of r is kept but copies of its names, titles and claim texts.
func (c *Collection) Add(r *extract.Result) error {
	s, err := fromResult(r)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.st.merge(s)
}

// Merge adds all of other to c, as if every Result added to other had
// been added to c: a collection built on separate shards of a corpus and
// merged gives the same Snapshot as one built on all of it. It returns an
// error wrapping ErrDuplicate, and leaves c unchanged, when the two share
// an article. other is read under its own lock, released before c's is
// taken, so two collections may merge into each other at once. A nil
// other adds nothing.
func (c *Collection) Merge(other *Collection) error {
	if other == nil {
		return nil
	}
	other.mu.Lock()
	s := other.st.snapshot(false)
	other.mu.Unlock()
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.st.merge(s)
}

// Snapshot returns the collection laid out in plain types; its slices and
// maps are its own, and the caller may change them. See Snapshot for the order of its lists.
func (c *Collection) Snapshot() *Snapshot {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.st.snapshot(true)
}

// fromResult turns one Result into a snapshot of one article: its
// entities under their article IDs, its claims each with one source.
func fromResult(r *extract.Result) (*Snapshot, error) {
	if r == nil || r.Doc == nil || r.Doc.Article == nil || r.Doc.Article.ID == "" {
		return nil, ErrNoArticle
	}
	a := r.Doc.Article
	s := &Snapshot{Articles: []Article{{ID: a.ID, Date: a.Date}}}
	known := make(map[string]*entity.Entity, len(r.Entities))
	for _, e := range r.Entities {
		if e == nil || e.ID == "" || known[e.ID] != nil {
			continue
		}
		known[e.ID] = e
		s.Entities = append(s.Entities, Entity{
			ID:       e.ID,
			Name:     e.Name,
			Type:     e.Type,
			Aliases:  e.Aliases,
			Titles:   e.Titles,
			Articles: []string{a.ID},
		})
	}
	for i, cl := range r.Claims {
		src := Source{Article: a.ID, Index: i, Kind: cl.Kind}
		for _, sp := range append([]claim.Speaker{cl.Speaker}, cl.Others...) {
			switch {
			case known[sp.Entity] != nil:
				src.Speakers = append(src.Speakers, sp.Entity)
			case src.Unnamed == "":
				// An unnamed source, or a speaker whose entity the
				// Result lacks, which its name still describes.
				src.Unnamed = sp.Name
			}
		}
		for _, e := range s.Entities {
			if mentionedIn(known[e.ID], cl.Span) {
				src.About = append(src.About, e.ID)
			}
		}
		s.Claims = append(s.Claims, Claim{Text: cl.Text, Sources: []Source{src}})
	}
	return s, nil
}

// mentionedIn reports whether e has a mention inside span.
func mentionedIn(e *entity.Entity, span corpus.Span) bool {
	if span.Len() == 0 {
		return false
	}
	for _, m := range e.Mentions {
		if m.Len() > 0 && span.Contains(m.Span) {
			return true
		}
	}
	return false
}
