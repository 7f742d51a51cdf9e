package collection

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// WriteTable writes who said what across the articles as an aligned text
// table: a line of totals, then one row per speaker, the most claims
// first, with its type, its claims, the articles that quote it and the
// articles that name it, and a last row for the unnamed sources together.
func (c *Collection) WriteTable(w io.Writer) error {
	s := c.Snapshot()
	shared := 0
	for _, cl := range s.Claims {
		if articles(cl.Sources) > 1 {
			shared++
		}
	}
	if _, err := fmt.Fprintf(w, "%d articles, %d entities, %d claims (%d printed by more than one article)\n\n",
		len(s.Articles), len(s.Entities), len(s.Claims), shared); err != nil {
		return fmt.Errorf("collection: %w", err)
	}
	type row struct {
		name, typ             string
		claims, quoted, named int
	}
	var rows []row
	for _, e := range s.Entities {
		if len(e.Said) > 0 {
			rows = append(rows, row{e.Name, string(e.Type), len(e.Said), distinct(e.Said), len(e.Articles)})
		}
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		return cmp.Or(cmp.Compare(b.claims, a.claims), cmp.Compare(b.quoted, a.quoted))
	})
	un := row{name: "(unnamed sources)", typ: "-"}
	var refs []ClaimRef
	for _, g := range s.Unnamed {
		refs = append(refs, g.Claims...)
	}
	un.quoted = distinct(refs)
	slices.SortFunc(refs, func(a, b ClaimRef) int { return strings.Compare(a.Claim, b.Claim) })
	un.claims = len(slices.CompactFunc(refs, func(a, b ClaimRef) bool { return a.Claim == b.Claim }))

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SPEAKER\tTYPE\tCLAIMS\tQUOTED IN\tNAMED IN")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\n", r.name, r.typ, r.claims, r.quoted, r.named)
	}
	if un.claims > 0 {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t-\n", un.name, un.typ, un.claims, un.quoted)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("collection: %w", err)
	}
	return nil
}

// articles counts the distinct articles of a claim's sources.
func articles(srcs []Source) int {
	seen := map[string]bool{}
	for _, s := range srcs {
		seen[s.Article] = true
	}
	return len(seen)
}

// distinct counts the distinct articles of claim references.
func distinct(refs []ClaimRef) int {
	seen := map[string]bool{}
	for _, r := range refs {
		for _, a := range r.Articles {
			seen[a] = true
		}
	}
	return len(seen)
}
