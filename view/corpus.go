package view

import (
	"bufio"
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/entity"
)

//go:embed corpus.html
var corpusSource string

// corpusTemplate is parsed at its first use, so that a program that never
// draws a page does not pay for it at start-up; a parsed template is safe
// for concurrent execution.
var corpusTemplate = sync.OnceValue(func() *template.Template { return parsePage("corpus", corpusSource) })

// shownArticles is how many article IDs a list shows before the rest fold
// away under a <details>, so that a claim reprinted by hundreds of
// articles stays one line.
const shownArticles = 6

// corpusPage is what the corpus template shows.
type corpusPage struct {
	Title     string
	CSS       template.CSS
	Types     []legendType
	Counts    string
	Speakers  []sourceGroup
	Unnamed   []sourceGroup
	Unsourced []claimEntry
	Entities  []entityTypeGroup
}

// sourceGroup is a named speaker or the unnamed sources of one
// description, with its claims.
type sourceGroup struct {
	Anchor string // "speaker-E1", "unnamed-1"
	// Entity is the speaker's corpus entity ID, "" for unnamed sources.
	Entity, Name, Class string
	Aliases, Titles     string
	// Named counts the articles that name the speaker, Quoted those that
	// give it as the source of a claim.
	Named, Quoted int
	Claims        []claimEntry
}

// claimEntry is one claim as shown under a source.
type claimEntry struct {
	ID string
	// Anchor is set on the claim's first entry on the page, which
	// carries its id.
	Anchor     bool
	Text, Kind string
	Date       string // the earliest date of all its articles
	// Articles are the articles where this source is credited with it,
	// the earliest first; Total counts all the articles that print it,
	// 0 when they are those.
	Articles      articleList
	Total         int
	With          []entityLink // the others of a joint statement
	PartOf, Parts []claimLink
}

// articleList is a list of articles, the first few shown, the others
// folded.
type articleList struct {
	N           int
	Shown, More []articleRef
}

// claimLink points to another claim, with its text shortened for a hover.
type claimLink struct{ ID, Text string }

type articleRef struct{ ID, Date string }

type entityLink struct{ ID, Name, Class string }

// entityTypeGroup is the corpus entities of one type.
type entityTypeGroup struct {
	Type, Class string
	Entities    []entityEntry
}

type entityEntry struct {
	ID, Name, Class string
	Aliases, Titles string
	Articles        articleList
	// Said counts the claims it made, About those whose text names it.
	Said, About int
}

// CorpusHTML writes one self-contained page of a corpus view: a header
// with counts and the legend of the entity types; the speakers, the most
// claims first, each with its aliases, titles and claims (the articles
// that printed each, the earliest date, the claims it is part of or has
// as parts, joint speakers); the unnamed sources by description; the
// claims that no article credits to anyone; then the entities by type,
// with their articles and counts of claims said and about them. Every
// claim and entity has an anchor, id="claim-C1" and id="entity-E1", on
// the element that also carries data-claim or data-entity; a claim shown
// under several sources has the id on its first entry. A nil s gives an
// empty page. The only error is the writer's.
func CorpusHTML(w io.Writer, s *collection.Snapshot) error {
	if s == nil {
		s = &collection.Snapshot{}
	}
	p := newCorpusPage(s)
	bw := bufio.NewWriter(w)
	if err := corpusTemplate().Execute(bw, p); err != nil {
		return fmt.Errorf("view: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("view: %w", err)
	}
	return nil
}

// corpusIndex looks up a snapshot's articles, entities and claims by ID.
type corpusIndex struct {
	dates    map[string]string
	entities map[string]*collection.Entity
	claims   map[string]*collection.Claim
	// shown marks the claims given an entry so far, in page order.
	shown map[string]bool
}

// newCorpusPage lays out s. The claims get their entries in page order,
// so that the first of a claim's entries carries its id.
func newCorpusPage(s *collection.Snapshot) corpusPage {
	ix := corpusIndex{
		dates:    make(map[string]string, len(s.Articles)),
		entities: make(map[string]*collection.Entity, len(s.Entities)),
		claims:   make(map[string]*collection.Claim, len(s.Claims)),
		shown:    make(map[string]bool, len(s.Claims)),
	}
	for _, a := range s.Articles {
		ix.dates[a.ID] = date(a)
	}
	for i := range s.Entities {
		ix.entities[s.Entities[i].ID] = &s.Entities[i]
	}
	shared := 0
	for i := range s.Claims {
		ix.claims[s.Claims[i].ID] = &s.Claims[i]
		if distinctArticles(s.Claims[i].Sources) > 1 {
			shared++
		}
	}
	p := corpusPage{
		Title: "sayso: " + plural(len(s.Articles), "%d article", "%d articles"),
		CSS:   template.CSS(styleRules()),
		Counts: strings.Join([]string{
			plural(len(s.Articles), "%d article", "%d articles"),
			plural(len(s.Entities), "%d entity", "%d entities"),
			plural(len(s.Claims), "%d claim", "%d claims"),
			plural(shared, "%d printed by more than one article", "%d printed by more than one article"),
		}, " · "),
	}
	for _, t := range entity.Types {
		p.Types = append(p.Types, legendType{string(t), typeClass(t)})
	}
	p.Speakers = ix.speakers(s)
	for k, g := range s.Unnamed {
		p.Unnamed = append(p.Unnamed, ix.unnamed(k, g))
	}
	for i := range s.Claims {
		if c := &s.Claims[i]; !ix.shown[c.ID] {
			p.Unsourced = append(p.Unsourced, ix.entry(c, nil, "", nil))
		}
	}
	p.Entities = ix.entityTypes(s)
	return p
}

// speakers returns the entities that said something, the most claims
// first, then those quoted by the most articles, ties in snapshot order.
func (ix *corpusIndex) speakers(s *collection.Snapshot) []sourceGroup {
	var es []*collection.Entity
	for i := range s.Entities {
		if len(s.Entities[i].Said) > 0 {
			es = append(es, &s.Entities[i])
		}
	}
	quoted := make(map[string]int, len(es))
	for _, e := range es {
		quoted[e.ID] = refArticles(e.Said)
	}
	slices.SortStableFunc(es, func(a, b *collection.Entity) int {
		return cmp.Or(cmp.Compare(len(b.Said), len(a.Said)), cmp.Compare(quoted[b.ID], quoted[a.ID]))
	})
	gs := make([]sourceGroup, 0, len(es))
	for _, e := range es {
		g := sourceGroup{Anchor: "speaker-" + e.ID, Entity: e.ID, Name: entityName(e), Class: typeClass(e.Type),
			Aliases: aliases(e), Titles: strings.Join(foldUnique(e.Titles, ""), "; "),
			Named: len(e.Articles), Quoted: quoted[e.ID]}
		for _, ref := range e.Said {
			c := ix.claims[ref.Claim]
			if c == nil {
				continue
			}
			g.Claims = append(g.Claims, ix.entry(c, ref.Articles, e.ID, func(src *collection.Source) bool {
				return slices.Contains(src.Speakers, e.ID)
			}))
		}
		gs = append(gs, g)
	}
	return gs
}

// unnamed returns the group of unnamed sources g, number k from 0.
func (ix *corpusIndex) unnamed(k int, g collection.Unnamed) sourceGroup {
	sg := sourceGroup{Anchor: "unnamed-" + strconv.Itoa(k+1), Name: clean(g.Name), Class: "unnamed",
		Quoted: refArticles(g.Claims)}
	for _, ref := range g.Claims {
		c := ix.claims[ref.Claim]
		if c == nil {
			continue
		}
		sg.Claims = append(sg.Claims, ix.entry(c, ref.Articles, "", func(src *collection.Source) bool {
			return src.Unnamed == g.Name
		}))
	}
	return sg
}

// entry lays out claim c as credited to a source, self its entity ("" if
// unnamed), in the articles arts, by the printings for which mine holds;
// nil arts and mine for all its printings. The others of a joint
// statement are the speakers of those printings but self. The articles
// come in the order of the printings, the earliest first.
func (ix *corpusIndex) entry(c *collection.Claim, arts []string, self string, mine func(*collection.Source) bool) claimEntry {
	ce := claimEntry{ID: c.ID, Anchor: !ix.shown[c.ID], Text: clean(c.Text),
		PartOf: ix.claimLinks(c.PartOf), Parts: ix.claimLinks(c.Parts)}
	if !c.Date.IsZero() {
		ce.Date = c.Date.Format(dateLayout)
	}
	ix.shown[c.ID] = true
	in := make(map[string]bool, len(arts))
	for _, a := range arts {
		in[a] = true
	}
	var ids, with []string
	seenArt, seenEnt := map[string]bool{}, map[string]bool{self: true}
	for i := range c.Sources {
		src := &c.Sources[i]
		if arts != nil && !in[src.Article] || mine != nil && !mine(src) {
			continue
		}
		if ce.Kind == "" {
			ce.Kind = string(src.Kind)
		}
		if !seenArt[src.Article] {
			seenArt[src.Article] = true
			ids = append(ids, src.Article)
		}
		for _, sp := range src.Speakers {
			if !seenEnt[sp] {
				seenEnt[sp] = true
				with = append(with, sp)
			}
		}
	}
	ce.Articles = ix.articleList(ids)
	if n := distinctArticles(c.Sources); n > len(ids) {
		ce.Total = n
	}
	for _, id := range with {
		l := entityLink{ID: id, Name: id}
		if e := ix.entities[id]; e != nil {
			l.Name, l.Class = entityName(e), typeClass(e.Type)
		}
		ce.With = append(ce.With, l)
	}
	return ce
}

// entityTypes groups the entities by type, types in the order of
// entity.Types (others after, by name), within a type in snapshot order.
func (ix *corpusIndex) entityTypes(s *collection.Snapshot) []entityTypeGroup {
	sorted := make([]*collection.Entity, len(s.Entities))
	for i := range s.Entities {
		sorted[i] = &s.Entities[i]
	}
	slices.SortStableFunc(sorted, func(a, b *collection.Entity) int {
		return cmp.Or(cmp.Compare(typeRank(a.Type), typeRank(b.Type)), cmp.Compare(a.Type, b.Type))
	})
	var gs []entityTypeGroup
	for _, e := range sorted {
		if len(gs) == 0 || gs[len(gs)-1].Type != string(e.Type) {
			gs = append(gs, entityTypeGroup{Type: string(e.Type), Class: typeClass(e.Type)})
		}
		g := &gs[len(gs)-1]
		g.Entities = append(g.Entities, entityEntry{ID: e.ID, Name: entityName(e), Class: g.Class,
			Aliases: aliases(e), Titles: strings.Join(foldUnique(e.Titles, ""), "; "),
			Articles: ix.articleList(e.Articles), Said: len(e.Said), About: len(e.About)})
	}
	return gs
}

// articleList returns the articles ids with their dates, the first
// shownArticles shown.
func (ix *corpusIndex) articleList(ids []string) articleList {
	l := articleList{N: len(ids)}
	for k, id := range ids {
		ref := articleRef{ID: clean(id), Date: ix.dates[id]}
		if k < shownArticles {
			l.Shown = append(l.Shown, ref)
		} else {
			l.More = append(l.More, ref)
		}
	}
	return l
}

// claimLinks returns links to the claims ids.
func (ix *corpusIndex) claimLinks(ids []string) []claimLink {
	var ls []claimLink
	for _, id := range ids {
		l := claimLink{ID: id}
		if c := ix.claims[id]; c != nil {
			l.Text = shorten(c.Text, asideText)
		}
		ls = append(ls, l)
	}
	return ls
}

// dateLayout is how the page writes dates.
const dateLayout = "2006-01-02"

func date(a collection.Article) string {
	if a.Date.IsZero() {
		return ""
	}
	return a.Date.Format(dateLayout)
}

// entityName returns e's name for display, its ID when it has none.
func entityName(e *collection.Entity) string {
	if n := clean(e.Name); n != "" {
		return n
	}
	return e.ID
}

// aliases returns e's aliases but its name, joined.
func aliases(e *collection.Entity) string {
	return strings.Join(foldUnique(e.Aliases, e.Name), "; ")
}

// foldUnique returns the cleaned strings of ss, each once whatever its
// case, but those equal to but (case aside) and empty ones.
func foldUnique(ss []string, but string) []string {
	var out []string
	seen := map[string]bool{strings.ToLower(clean(but)): true, "": true}
	for _, s := range ss {
		s = clean(s)
		if k := strings.ToLower(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// distinctArticles counts the distinct articles of a claim's printings.
func distinctArticles(srcs []collection.Source) int {
	seen := make(map[string]bool, len(srcs))
	for _, s := range srcs {
		seen[s.Article] = true
	}
	return len(seen)
}

// refArticles counts the distinct articles of claim references.
func refArticles(refs []collection.ClaimRef) int {
	seen := map[string]bool{}
	for _, r := range refs {
		for _, a := range r.Articles {
			seen[a] = true
		}
	}
	return len(seen)
}
