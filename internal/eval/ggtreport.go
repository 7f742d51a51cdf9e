package eval

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
)

// String formats the report as a compact table.
func (r GGTReport) String() string {
	var b strings.Builder
	r.WriteTable(&b)
	return b.String()
}

// WriteTable writes the figures as an aligned table.
func (r GGTReport) WriteTable(w io.Writer) {
	t := newTallyTable(w, r.Docs)
	t.row(fmt.Sprintf("quotes >%.1f", GGTLoose), r.Quotes)
	t.row(fmt.Sprintf("quotes >%.1f", GGTStrict), r.Strict)
	t.row("people", r.People)
	t.row("sources", r.Sources)
	t.flush()
	fmt.Fprintf(w, "  speaker by name %.3f (%d/%d)  speaker span overlap %.3f (%d/%d)\n",
		r.SpeakerAccuracy(), r.Speakers, r.Quotes.Found, r.SpeakerSpanAccuracy(), r.SpeakerSpans, r.Quotes.Found)
}

// ggtMissOrder is the order of the kinds of miss within an article.
var ggtMissOrder = []string{FalseClaim, MissedQuote, WrongSpeaker, FalsePerson, MissedPerson, FalseSource, MissedSource}

// WriteMisses writes the misses article by article, each kind together in
// ggtMissOrder: a header line per article, then one line per miss. Offsets
// ("@123") are byte offsets into the article text, as sayso's spans are.
func (r GGTReport) WriteMisses(w io.Writer) {
	var docs []string
	byDoc := map[string][]Miss{}
	for _, m := range r.Misses {
		if _, ok := byDoc[m.Doc]; !ok {
			docs = append(docs, m.Doc)
		}
		byDoc[m.Doc] = append(byDoc[m.Doc], m)
	}
	for _, d := range docs {
		ms := byDoc[d]
		slices.SortStableFunc(ms, func(a, b Miss) int {
			return cmp.Compare(slices.Index(ggtMissOrder, a.What), slices.Index(ggtMissOrder, b.What))
		})
		fmt.Fprintf(w, "%s\n", d)
		for _, m := range ms {
			fmt.Fprintf(w, "  %-13s %s\n", m.What, m.Text)
		}
	}
}

// WriteMissCounts writes how many misses there are of each kind and, within
// a kind, of each group (a false claim's cue, a missed quote's shape), the
// largest groups first, at most top groups per kind (all when top < 1).
func WriteMissCounts(w io.Writer, misses []Miss, top int) {
	type count struct {
		name string
		n    int
	}
	var whats []count
	groups := map[string][]count{}
	for _, m := range misses {
		i := slices.IndexFunc(whats, func(c count) bool { return c.name == m.What })
		if i < 0 {
			i = len(whats)
			whats = append(whats, count{name: m.What})
		}
		whats[i].n++
		gs := groups[m.What]
		k := slices.IndexFunc(gs, func(c count) bool { return c.name == m.Group })
		if k < 0 {
			k = len(gs)
			gs = append(gs, count{name: m.Group})
		}
		gs[k].n++
		groups[m.What] = gs
	}
	byCount := func(a, b count) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return cmp.Compare(a.name, b.name)
	}
	slices.SortStableFunc(whats, byCount)
	for _, wc := range whats {
		gs := groups[wc.name]
		slices.SortStableFunc(gs, byCount)
		if top > 0 && len(gs) > top {
			gs = gs[:top]
		}
		var parts []string
		for _, g := range gs {
			if g.name != "" {
				parts = append(parts, fmt.Sprintf("%s %d", g.name, g.n))
			}
		}
		fmt.Fprintf(w, "  %-13s %4d  %s\n", wc.name, wc.n, strings.Join(parts, ", "))
	}
}
