package view_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
	"github.com/sayso/sayso/view"
)

// text is an invented article.
const text = "“The bridge will open in May,” Mayor Ana Ruiz said on Tuesday in Lakeview. " +
	"A city engineer said the cost had doubled.\n\n" +
	"Ruiz added that the Lakeview Transit Authority would run buses across it."

func results() []*extract.Result {
	p, err := extract.New()
	if err != nil {
		panic(err)
	}
	r, err := p.Extract(context.Background(), &corpus.Article{ID: "a1", Text: text})
	if err != nil {
		panic(err)
	}
	return []*extract.Result{r}
}

func ExampleTable() {
	if err := view.Table(os.Stdout, results()); err != nil {
		panic(err)
	}
	// Output:
	// == a1
	// 3 claims, 3 entities
	//
	// SPEAKER          TITLES            CLAIMS  ACT        CONF  TEXT
	// Ana Ruiz (E1)    Mayor             2       statement  0.98  The bridge will open in May
	//                                            statement  0.91  the Lakeview Transit Authority would run buses across it
	// A city engineer  (unnamed source)  1       statement  0.85  the cost had doubled
	//
	// TYPE    ENTITY                      ID  MENTIONS
	// PERSON  Ana Ruiz                    E1  2
	// ORG     Lakeview Transit Authority  E3  1
	// GPE     Lakeview                    E2  1
}

func ExampleHTML() {
	rs := results()
	var b strings.Builder
	if err := view.HTML(&b, rs); err != nil {
		panic(err)
	}
	page := b.String()
	for i, c := range rs[0].Claims {
		mark := fmt.Sprintf(`data-claim="%d" data-speaker="%s"`, i, c.Speaker.Entity)
		fmt.Printf("claim %d of %s: %v\n", i, c.Speaker.Name, strings.Contains(page, mark))
	}
	fmt.Println("mentions:", strings.Count(page, "data-mention="))
	// Output:
	// claim 0 of Ana Ruiz: true
	// claim 1 of A city engineer: true
	// claim 2 of Ana Ruiz: true
	// mentions: 4
}

func ExampleCorpusHTML() {
	p, err := extract.New()
	if err != nil {
		panic(err)
	}
	articles := []*corpus.Article{
		{ID: "ledger-1", Text: "“The bridge will open in May,” Mayor Ana Ruiz said on Tuesday."},
		{ID: "courier-7", Text: `Ana Ruiz, the mayor, was firm. "The bridge will open in May," Ruiz said. ` +
			"A city engineer said the cost had doubled."},
	}
	c := collection.New()
	for _, a := range articles {
		r, err := p.Extract(context.Background(), a)
		if err != nil {
			panic(err)
		}
		if err := c.Add(r); err != nil {
			panic(err)
		}
	}
	s := c.Snapshot()
	var b strings.Builder
	if err := view.CorpusHTML(&b, s); err != nil {
		panic(err)
	}
	page := b.String()
	counts, _, _ := strings.Cut(page[strings.Index(page, `<p class="counts">`)+len(`<p class="counts">`):], "</p>")
	fmt.Println(counts)
	for _, cl := range s.Claims {
		fmt.Printf("%s %q anchored once: %v\n", cl.ID, cl.Text, strings.Count(page, `id="claim-`+cl.ID+`"`) == 1)
	}
	for _, e := range s.Entities {
		fmt.Printf("%s %s anchored once: %v\n", e.ID, e.Name, strings.Count(page, `id="entity-`+e.ID+`"`) == 1)
	}
	// Output:
	// 2 articles · 1 entity · 2 claims · 1 printed by more than one article
	// C1 "The bridge will open in May" anchored once: true
	// C2 "the cost had doubled" anchored once: true
	// E1 Ana Ruiz anchored once: true
}
