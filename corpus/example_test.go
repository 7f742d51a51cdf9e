package corpus_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/sayso/sayso/corpus"
)

func ExampleParse() {
	a := &corpus.Article{ID: "example", Text: "Envoy Upbeat on Talks\n\n" +
		"“We are close,” the envoy said.\u00a0Gen. Roe agreed.\n\n" +
		"Advertisement\n"}
	doc, err := corpus.Parse(context.Background(), a)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range doc.Paragraphs {
		fmt.Printf("paragraph %q heading=%v skip=%v\n", p.In(doc.Text), p.Heading, p.Skip)
	}
	for _, s := range doc.Sentences {
		fmt.Printf("sentence %d-%d %q\n", s.Start, s.End, doc.Text[s.Start:s.End])
	}
	tok := doc.Tokens[doc.TokenAt(strings.Index(a.Text, "”"))]
	fmt.Printf("token %q norm %q\n", tok.Text, tok.Norm)
	// Output:
	// paragraph "Envoy Upbeat on Talks" heading=true skip=false
	// paragraph "“We are close,” the envoy said.\u00a0Gen. Roe agreed." heading=false skip=false
	// paragraph "Advertisement" heading=true skip=true
	// sentence 0-21 "Envoy Upbeat on Talks"
	// sentence 23-58 "“We are close,” the envoy said."
	// sentence 60-76 "Gen. Roe agreed."
	// sentence 78-91 "Advertisement"
	// token "”" norm "\""
}

func ExampleRecords() {
	const feed = `{"id":"a1","title":"Talks Resume","text":"The envoy said talks would resume."}
{"id":"a2","text":
{"id":"a3","text":"Officials welcomed the news."}
`
	var errs corpus.ErrorList
	for a, err := range corpus.Records(strings.NewReader(feed), "feed.jsonl") {
		if err != nil {
			errs.Add("", err)
			continue
		}
		fmt.Printf("%s: %s\n", a.ID, a.Text)
	}
	for _, e := range errs {
		fmt.Printf("bad record %s at byte %d\n", e.ID, e.Offset)
	}
	// Output:
	// a1: The envoy said talks would resume.
	// a3: Officials welcomed the news.
	// bad record feed.jsonl:2 at byte 98
}

func ExampleFindRegions() {
	text := "PHOTO: The envoy arrives in Oslo (Jane Roe/Wire)\n\n" +
		"The envoy said talks would resume.\n\n" +
		"Advertisement\n\n" +
		"Sources: Wire/Daily News\n"
	for _, r := range corpus.FindRegions(text) {
		fmt.Printf("%s %q\n", r.Kind, text[r.Start:r.End])
	}
	// Output:
	// caption "PHOTO: The envoy arrives in Oslo (Jane Roe/Wire)"
	// boilerplate "Advertisement"
	// sources "Sources: Wire/Daily News"
}

func ExampleFindMeta() {
	text := "Jane Roe, The Canadian Press\n\n" +
		"OSLO — The envoy said talks would resume.\n\n" +
		"The envoy arrives in Oslo. (John Doe/Getty Images)\n\n" +
		"With files from The Associated Press\n"
	m := corpus.FindMeta(text)
	for _, n := range m.Authors {
		fmt.Printf("author %s %q\n", n.Kind, n.Text)
	}
	for _, n := range m.Credits {
		fmt.Printf("credit %s %q\n", n.Kind, n.Text)
	}
	fmt.Printf("dateline %q in %q\n", m.Dateline.Text, text[m.Dateline.All.Start:m.Dateline.All.End])
	for _, s := range m.Spans {
		fmt.Printf("%s %q\n", s.Kind, text[s.Start:s.End])
	}
	// Output:
	// author person "Jane Roe"
	// credit outlet "The Canadian Press"
	// credit person "John Doe"
	// credit outlet "Getty Images"
	// credit outlet "The Associated Press"
	// dateline "OSLO" in "OSLO —"
	// byline "Jane Roe, The Canadian Press"
	// dateline "OSLO —"
	// credit "(John Doe/Getty Images)"
	// credit "With files from The Associated Press"
}
