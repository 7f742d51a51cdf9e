package view

import (
	"bytes"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/sayso/sayso/extract"
)

// tableText is how many characters of a claim's text a table row shows.
const tableText = 72

// Table writes results as aligned text for a terminal. For each article:
// a heading with its ID, the claims grouped by speaker (named or not: the
// speaker's name, titles and count of claims, then each claim's act,
// confidence and shortened text), then the entities by type with their
// mention counts. Nil results are skipped. The only error is the writer's.
func Table(w io.Writer, rs []*extract.Result) error {
	var buf bytes.Buffer
	for _, r := range rs {
		if r == nil {
			continue
		}
		if buf.Len() > 0 {
			buf.WriteByte('\n')
		}
		writeArticle(&buf, r)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("view: %w", err)
	}
	return nil
}

// writeArticle writes one result's tables to buf, which takes no errors.
func writeArticle(buf *bytes.Buffer, r *extract.Result) {
	id, title := articleName(r)
	fmt.Fprintf(buf, "== %s\n", id)
	if title != "" {
		fmt.Fprintf(buf, "%s\n", title)
	}
	fmt.Fprintf(buf, "%s\n\n", summary(r))

	tw := tabwriter.NewWriter(buf, 0, 8, 2, ' ', 0)
	if len(r.Claims) > 0 {
		fmt.Fprintln(tw, "SPEAKER\tTITLES\tCLAIMS\tACT\tCONF\tTEXT")
		for _, g := range speakers(r) {
			name := g.label()
			if g.entity != nil {
				name += " (" + g.entity.ID + ")"
			}
			for k, i := range g.claims {
				c := r.Claims[i]
				if k == 0 {
					fmt.Fprintf(tw, "%s\t%s\t%d\t", shorten(name, 32), shorten(g.titles(), 32), len(g.claims))
				} else {
					fmt.Fprint(tw, "\t\t\t")
				}
				fmt.Fprintf(tw, "%s\t%.2f\t%s\n", c.Act, c.Confidence, shorten(c.Text, tableText))
			}
		}
		tw.Flush()
		buf.WriteByte('\n')
	}
	if len(r.Entities) > 0 {
		fmt.Fprintln(tw, "TYPE\tENTITY\tID\tMENTIONS")
		for _, g := range byType(r.Entities) {
			for k, e := range g.entities {
				typ := ""
				if k == 0 {
					typ = string(g.typ)
				}
				name := shorten(e.Name, 40)
				if e.Where != "" {
					name += " (" + e.Where + ")"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d\n", typ, name, e.ID, len(e.Mentions))
			}
		}
		tw.Flush()
	}
}

// articleName returns r's article ID and title, "" when unknown.
func articleName(r *extract.Result) (id, title string) {
	if r.Doc == nil || r.Doc.Article == nil {
		return "(no article)", ""
	}
	return clean(r.Doc.Article.ID), clean(r.Doc.Article.Title)
}

// summary returns "3 claims, 1 entity" for r.
func summary(r *extract.Result) string {
	return plural(len(r.Claims), "%d claim", "%d claims") + ", " + plural(len(r.Entities), "%d entity", "%d entities")
}

// plural formats n with one when it is 1, else with many.
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf(one, n)
	}
	return fmt.Sprintf(many, n)
}
