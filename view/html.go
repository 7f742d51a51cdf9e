package view

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/extract"
)

var (
	//go:embed page.html
	pageSource string
	//go:embed common.html
	commonSource string
)

// pageTemplate is parsed at its first use, so that a program that never
// draws a page does not pay for it at start-up; a parsed template is safe
// for concurrent execution.
var pageTemplate = sync.OnceValue(func() *template.Template { return parsePage("page", pageSource) })

// parsePage parses the page template src with the templates it shares
// with the other page (common.html).
func parsePage(name, src string) *template.Template {
	t := template.Must(template.New(name).Funcs(template.FuncMap{"plural": plural}).Parse(src))
	template.Must(t.New("common").Parse(commonSource))
	return t
}

// lowConfidence is the confidence below which a claim is shown faded.
const lowConfidence = 0.5

// asideText is how many characters of a claim's text the side list shows.
const asideText = 90

// page is what the template shows.
type page struct {
	Title    string
	CSS      template.CSS
	Types    []legendType
	Acts     []string
	TOC      bool
	Sections []section
}

type legendType struct{ Name, Class string }

// section is one article.
type section struct {
	Anchor   string // the section's id, "s0", "s1", ...
	ID, Name string // the article's ID, and its title or else its ID
	Summary  string
	Byline   string
	Body     template.HTML
	Speakers []speakerItem
	Types    []typeItem
}

type speakerItem struct {
	Name, Entity, Titles, Class string
	Claims                      []claimItem
}

type claimItem struct {
	Href, Text, Act, Conf string
	Low                   bool
}

type typeItem struct {
	Type, Class string
	Entities    []entityItem
}

type entityItem struct {
	Name, ID, Href string
	Mentions       int
}

// HTML writes one self-contained HTML page showing the results: for each
// article its text with the entities and claims marked, and beside it
// the speakers with their claims and the entities by type. With several
// results the page opens with a table of contents. Nil results are
// skipped. The only error is the writer's.
func HTML(w io.Writer, rs []*extract.Result) error {
	p := page{CSS: template.CSS(styleRules())}
	for _, t := range entity.Types {
		p.Types = append(p.Types, legendType{string(t), typeClass(t)})
	}
	for _, a := range claim.AllActs() {
		p.Acts = append(p.Acts, a.String())
	}
	for _, r := range rs {
		if r != nil {
			p.Sections = append(p.Sections, newSection(fmt.Sprintf("s%d", len(p.Sections)), r))
		}
	}
	switch len(p.Sections) {
	case 0:
		p.Title = "sayso"
	case 1:
		p.Title = p.Sections[0].Name
	default:
		p.Title = fmt.Sprintf("sayso: %d articles", len(p.Sections))
		p.TOC = true
	}
	// The template writes in many small pieces.
	bw := bufio.NewWriter(w)
	if err := pageTemplate().Execute(bw, p); err != nil {
		return fmt.Errorf("view: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("view: %w", err)
	}
	return nil
}

// newSection lays out result r in the section with id anchor.
func newSection(anchor string, r *extract.Result) section {
	id, title := articleName(r)
	s := section{Anchor: anchor, ID: id, Name: id, Summary: summary(r)}
	if title != "" {
		s.Name = title
	}
	var by []string
	for _, a := range r.Authors {
		by = append(by, clean(a.Text))
	}
	if len(by) > 0 {
		s.Byline = "by " + strings.Join(by, ", ")
	}
	if r.Dateline.Len() > 0 {
		s.Byline = strings.TrimPrefix(s.Byline+" · filed in "+clean(r.Dateline.Text), " · ")
	}
	if r.Doc != nil {
		s.Body = template.HTML(body(anchor, r))
	}
	for _, g := range speakers(r) {
		it := speakerItem{Name: g.label(), Titles: g.titles(), Class: "unnamed"}
		if g.entity != nil {
			it.Entity, it.Class = g.entity.ID, typeClass(g.entity.Type)
		}
		for _, i := range g.claims {
			c := r.Claims[i]
			it.Claims = append(it.Claims, claimItem{
				Href: "#" + claimAnchor(anchor, i), Text: shorten(c.Text, asideText),
				Act: c.Act.String(), Conf: conf(c.Confidence), Low: c.Confidence < lowConfidence})
		}
		s.Speakers = append(s.Speakers, it)
	}
	for _, g := range byType(r.Entities) {
		it := typeItem{Type: string(g.typ), Class: typeClass(g.typ)}
		for _, e := range g.entities {
			it.Entities = append(it.Entities, entityItem{Name: clean(e.Name), ID: e.ID,
				Href: "#" + anchor + "-" + e.ID, Mentions: len(e.Mentions)})
		}
		s.Types = append(s.Types, it)
	}
	return s
}

func claimAnchor(anchor string, i int) string { return anchor + "-c" + strconv.Itoa(i) }

func conf(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }

// body returns r's text as HTML: paragraphs, claims, cues, sources and
// mentions marked up (see markup).
func body(anchor string, r *extract.Result) string {
	text := r.Doc.Text
	var spans []span
	ps := paragraphs(text)
	skip := skipped(r.Doc.Paragraphs, ps)
	for k, p := range ps {
		open := "<p>"
		if skip[k] {
			open = `<p class="skip">`
		}
		spans = append(spans, span{start: p[0], end: p[1], level: levelPara, first: open, rest: open, close: "</p>"})
	}
	byID := make(map[string]*entity.Entity, len(r.Entities))
	for _, e := range r.Entities {
		byID[e.ID] = e
	}
	for i, c := range r.Claims {
		spans = append(spans, claimSpans(anchor, i, &c, byID[c.Speaker.Entity])...)
	}
	n := 0
	for _, e := range r.Entities {
		title := escape(clean(e.Name) + " · " + string(e.Type) + " · " + e.ID)
		for k, m := range e.Mentions {
			tag := `<span class="m ` + typeClass(e.Type) + `" data-entity="` + escape(e.ID) +
				`" data-mention="` + strconv.Itoa(n) + `" title="` + title + `"`
			first := tag + ">"
			if k == 0 {
				first = tag + ` id="` + escape(anchor+"-"+e.ID) + `">`
			}
			spans = append(spans, span{start: m.Start, end: m.End, level: levelMention, first: first, rest: tag + ">", close: "</span>"})
			n++
		}
	}
	var b strings.Builder
	b.Grow(len(text) + len(spans)*120)
	markup(&b, text, spans)
	return b.String()
}

// claimSpans returns the spans of claim c, number i: its content, its cue
// and its source's words. e is the speaker's entity, nil when none.
func claimSpans(anchor string, i int, c *claim.Claim, e *entity.Entity) []span {
	who := clean(c.Speaker.Name)
	if who == "" {
		who = "(no source)"
	}
	hover := who
	if e != nil && len(e.Titles) > 0 {
		hover += " (" + clean(strings.Join(e.Titles, "; ")) + ")"
	}
	for k, o := range c.Others {
		sep := ", "
		if k == 0 {
			sep = " with "
		}
		hover += sep + clean(o.Name)
	}
	hover += " · " + string(c.Kind) + " " + c.Act.String()
	if c.Cue != "" {
		hover += ", " + clean(c.Cue)
	}
	hover += " · " + conf(c.Confidence) + " · " + c.Rule.String()

	class := "c " + actClass(c.Act)
	if c.Confidence < lowConfidence {
		class += " low"
	}
	num := strconv.Itoa(i)
	attrs := ` data-claim="` + num + `" data-speaker="` + escape(c.Speaker.Entity) +
		`" data-who="` + escape(who) + `" title="` + escape(hover) + `">`
	spans := []span{{start: c.Start, end: c.End, level: levelClaim,
		first: `<span class="` + class + ` first" id="` + escape(claimAnchor(anchor, i)) + `"` + attrs,
		rest:  `<span class="` + class + `"` + attrs, close: "</span>"}}
	if c.CueSpan.Len() > 0 {
		tag := `<span class="cue" data-cue="` + num + `">`
		spans = append(spans, span{start: c.CueSpan.Start, end: c.CueSpan.End, level: levelCue, first: tag, rest: tag, close: "</span>"})
	}
	if c.Speaker.Len() > 0 {
		tag := `<span class="src" data-source="` + num + `">`
		spans = append(spans, span{start: c.Speaker.Start, end: c.Speaker.End, level: levelCue, first: tag, rest: tag, close: "</span>"})
	}
	return spans
}

// skipped reports for each block of ps whether it lies wholly in
// non-article regions (captions, boilerplate, bylines, comments): whether
// every line of the document in it is skipped. Both lists are in text
// order, so one pass over them does.
func skipped(lines []corpus.Paragraph, ps [][2]int) []bool {
	skip := make([]bool, len(ps))
	j := 0
	for k, p := range ps {
		for j < len(lines) && lines[j].End <= p[0] {
			j++
		}
		inside, all := false, true
		for q := j; q < len(lines) && lines[q].Start < p[1]; q++ {
			inside = true
			all = all && lines[q].Skip
		}
		skip[k] = inside && all
	}
	return skip
}
