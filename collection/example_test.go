package collection_test

import (
	"context"
	"fmt"
	"os"

	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
)

func Example() {
	p, err := extract.New()
	if err != nil {
		panic(err)
	}
	articles := []*corpus.Article{
		{ID: "ledger-1", Text: "“The bridge will open in May,” Mayor Ana Ruiz said on Tuesday."},
		{ID: "courier-7", Text: `Ana Ruiz, the mayor, was firm. "The bridge will open in May," Ruiz said.`},
	}
	c := collection.New()
	for _, a := range articles {
		res, err := p.Extract(context.Background(), a)
		if err != nil {
			panic(err)
		}
		if err := c.Add(res); err != nil {
			panic(err)
		}
	}
	s := c.Snapshot()
	for _, cl := range s.Claims {
		fmt.Printf("%s %q, printed by %d articles\n", cl.ID, cl.Text, len(cl.Sources))
	}
	for _, e := range s.Entities {
		fmt.Println(e.ID, e.Name, e.Aliases, e.Titles, e.Articles, e.Said[0].Claim)
	}
	if err := c.WriteTable(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// C1 "The bridge will open in May", printed by 2 articles
	// E1 Ana Ruiz [Ana Ruiz Ruiz] [Mayor mayor] [courier-7 ledger-1] C1
	// 2 articles, 1 entities, 1 claims (1 printed by more than one article)
	//
	// SPEAKER   TYPE    CLAIMS  QUOTED IN  NAMED IN
	// Ana Ruiz  PERSON  1       2          2
}
