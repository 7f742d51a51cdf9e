package extract_test

import (
	"context"
	"fmt"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/extract"
)

func Example() {
	p, err := extract.New()
	if err != nil {
		panic(err)
	}
	a := &corpus.Article{ID: "a1", Text: "“The bridge will open in May,” Mayor Ana Ruiz said on Tuesday."}
	res, err := p.Extract(context.Background(), a)
	if err != nil {
		panic(err)
	}
	for _, c := range res.Claims {
		fmt.Printf("%s: %q (%s, %s)\n", c.Speaker.Name, c.Text, c.Kind, c.Rule)
		fmt.Println(a.Text[c.Start:c.End] == c.Text)
	}
	// Output:
	// Ana Ruiz: "The bridge will open in May" (direct, quote-cue-name)
	// true
}

func ExampleWithTrace() {
	p, err := extract.New(extract.WithTrace(true))
	if err != nil {
		panic(err)
	}
	a := &corpus.Article{ID: "a1", Text: "“The bridge will open in May,” Mayor Ana Ruiz said on Tuesday."}
	res, err := p.Extract(context.Background(), a)
	if err != nil {
		panic(err)
	}
	for _, c := range res.Claims {
		fmt.Printf("%s: found by %q, speaker by %q\n", c.Rule, c.Trace.Detector, c.Trace.Sieve)
	}
	for _, e := range res.Entities {
		last := e.Trace[len(e.Trace)-1]
		fmt.Printf("%s %s: %s\n", e.Name, e.Type, last.Detail)
	}
	// Output:
	// quote-cue-name: found by "quote", speaker by "name"
	// Ana Ruiz PERSON: most votes: the class first, then the type within it
}

func ExampleWithActs() {
	text := "Mayor Ana Ruiz said the bridge will open in May. She believes the cost will fall. The council refused to comment."
	for _, opts := range [][]extract.Option{nil, {extract.WithActs(claim.AllActs()...)}} {
		p, err := extract.New(opts...)
		if err != nil {
			panic(err)
		}
		res, err := p.Extract(context.Background(), &corpus.Article{ID: "a1", Text: text})
		if err != nil {
			panic(err)
		}
		for _, c := range res.Claims {
			fmt.Printf("%s %s: %q\n", c.Act, c.Speaker.Name, c.Text)
		}
		fmt.Println("--")
	}
	// Output:
	// statement Ana Ruiz: "the bridge will open in May"
	// --
	// statement Ana Ruiz: "the bridge will open in May"
	// thought Ana Ruiz: "the cost will fall"
	// stance The council: "to comment"
	// --
}

// Bylines, credits and the dateline come apart from the story: their
// names are listed on their own, and an entity named only there is
// marked "credit".
func Example_credits() {
	p, err := extract.New()
	if err != nil {
		panic(err)
	}
	a := &corpus.Article{ID: "a1", Text: "By Jane Roe, Daily Courier\n\n" +
		"OSLO — The bridge will open in May, Mayor Ana Ruiz said on Tuesday.\n\n" +
		"Ruiz at the bridge. (Mark Tervo/Getty Images)\n"}
	res, err := p.Extract(context.Background(), a)
	if err != nil {
		panic(err)
	}
	for _, n := range res.Authors {
		fmt.Printf("author: %s\n", n.Text)
	}
	for _, n := range res.Credits {
		fmt.Printf("credit: %s (%s)\n", n.Text, n.Kind)
	}
	fmt.Printf("dateline: %s\n", res.Dateline.Text)
	for _, c := range res.Claims {
		fmt.Printf("%s: %q\n", c.Speaker.Name, c.Text)
	}
	for _, e := range res.Entities {
		if e.Where == entity.WhereCredit {
			fmt.Printf("named only in credits: %s\n", e.Name)
		}
	}
	// Output:
	// author: Jane Roe
	// credit: Daily Courier (outlet)
	// credit: Mark Tervo (person)
	// credit: Getty Images (outlet)
	// dateline: OSLO
	// Ana Ruiz: "The bridge will open in May"
	// named only in credits: Jane Roe
	// named only in credits: Mark Tervo
	// named only in credits: Getty Images
}
