package quote_test

import (
	"context"
	"fmt"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/quote"
)

// find parses text and returns its quotations, for the examples.
func find(text string) []quote.Quote {
	doc, err := corpus.Parse(context.Background(), &corpus.Article{ID: "example", Text: text})
	if err != nil {
		panic(err)
	}
	return quote.Find(doc)
}

// A Quote's Span runs from mark to mark and its Inner holds the content;
// Open and Close are the marks as written, so both can be found again in
// the text. A quotation inside another has Depth 1.
func ExampleQuote() {
	text := "“She told us ‘the pier opens in June,’ and it did,” Dale Finch said."
	for _, q := range find(text) {
		fmt.Printf("depth %d %s…%s %q\n", q.Depth, q.Open, q.Close, q.Inner.In(text))
		fmt.Println("  marks hold:", text[q.Span.Start:q.Span.Start+len(q.Open)] == q.Open &&
			text[q.Span.End-len(q.Close):q.Span.End] == q.Close)
	}
	// Output:
	// depth 0 “…” "She told us ‘the pier opens in June,’ and it did,"
	//   marks hold: true
	// depth 1 ‘…’ "the pier opens in June,"
	//   marks hold: true
}

// Find pairs the marks of every typographic tradition, and straight
// marks too.
func ExampleFind_marks() {
	text := "\"The ferry is late,\" Ana Ruiz said.\n\n" +
		"„The harbor is open“, Dale Finch said.\n\n" +
		"« The port is open », Mira Okon said.\n\n" +
		"''Fares will not rise,'' the council said."
	for _, q := range find(text) {
		fmt.Printf("%s %q %s\n", q.Open, q.Inner.In(text), q.Close)
	}
	// Output:
	// " "The ferry is late," "
	// „ "The harbor is open" “
	// « "The port is open" »
	// '' "Fares will not rise," ''
}

// A missing mark never swallows more than the rest of its paragraph: a
// quotation left open ends at its speech cue, and one that lost its
// opening mark runs from its paragraph's start.
func ExampleFind_recovery() {
	text := "“The pier opens in June, Ana Ruiz said. Fares will not rise.\n\n" +
		"The ferry will run all winter,” Dale Finch said."
	for _, q := range find(text) {
		fmt.Printf("%q open=%q close=%q unclosed=%v\n", q.Inner.In(text), q.Open, q.Close, q.Unclosed)
	}
	// Output:
	// "The pier opens in June," open="“" close="" unclosed=true
	// "The ferry will run all winter," open="" close="”" unclosed=false
}
