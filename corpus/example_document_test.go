package corpus_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/sayso/sayso/corpus"
)

// Every span is a pair of byte offsets into the original text, so a span
// always gives back the text it stands for, whatever the non-ASCII
// characters before it; Document finds what lies at an offset.
func ExampleDocument_TokenAt() {
	text := "Doña Ana Ruiz, 54, chairs the Harbor Council.\n\n" +
		"“Fares won’t rise,” Ruiz said on Monday."
	doc, err := corpus.Parse(context.Background(), &corpus.Article{ID: "a1", Text: text})
	if err != nil {
		fmt.Println(err)
		return
	}
	off := strings.Index(text, "Ruiz said")
	tok := doc.Tokens[doc.TokenAt(off)]
	fmt.Printf("token %d-%d %q\n", tok.Start, tok.End, text[tok.Start:tok.End])
	s := doc.SentenceAt(off)
	fmt.Printf("sentence %d of paragraph %d: %q\n", s, doc.ParagraphAt(off), doc.Sentences[s].In(text))
	for _, t := range doc.SentenceTokens(s)[:2] {
		fmt.Printf("%q norm %q\n", t.Text, t.Norm)
	}
	var tagged []string
	i := doc.TokenAt(off)
	for _, t := range doc.Tokens[i : i+4] {
		tagged = append(tagged, t.Text+"/"+t.Tag)
	}
	fmt.Println(strings.Join(tagged, " "))
	fmt.Println(doc.TokenAt(strings.Index(text, " ")), doc.TokenAt(len(text)+10))
	// Output:
	// token 74-78 "Ruiz"
	// sentence 1 of paragraph 1: "“Fares won’t rise,” Ruiz said on Monday."
	// "“" norm "\""
	// "Fares" norm "Fares"
	// Ruiz/NNP said/VBD on/IN Monday/NNP
	// -1 -1
}

// Regions are marked, never deleted: a stage asks whether a span lies in
// one, and which kinds it skips.
func ExampleDocument_SkippedAs() {
	text := "The pier will reopen in June, Ana Ruiz said.\n\n" +
		"Ana Ruiz at the pier (Dale Finch/Harbor Herald)\n\n" +
		"Advertisement\n"
	doc, err := corpus.Parse(context.Background(), &corpus.Article{ID: "a1", Text: text})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range doc.Paragraphs {
		kind := "body"
		if r, ok := doc.RegionAt(p.Start); ok {
			kind = string(r.Kind)
		}
		fmt.Printf("%-11s skipped=%-5v names kept=%-5v %q\n", kind, doc.Skipped(p.Span),
			!doc.SkippedAs(p.Span, corpus.Boilerplate, corpus.Comments), p.In(text))
	}
	// Output:
	// body        skipped=false names kept=true  "The pier will reopen in June, Ana Ruiz said."
	// caption     skipped=true  names kept=true  "Ana Ruiz at the pier (Dale Finch/Harbor Herald)"
	// boilerplate skipped=true  names kept=false "Advertisement"
}

// SplitParagraphs cuts text at its line breaks, whatever their kind, and
// trims each paragraph.
func ExampleSplitParagraphs() {
	text := "Pier Reopens\r\n\r\n  The pier reopened on Saturday.  \rFares will not rise.\n"
	for _, p := range corpus.SplitParagraphs(text) {
		fmt.Printf("%d-%d %q\n", p.Start, p.End, p.In(text))
	}
	// Output:
	// 0-12 "Pier Reopens"
	// 18-48 "The pier reopened on Saturday."
	// 51-71 "Fares will not rise."
}

// Normalize folds text for matching, never for offsets.
func ExampleNormalize() {
	fmt.Println(corpus.Normalize("“Ruiz’s ﬁnal offer” — 50\u00a0%"))
	// Output:
	// "Ruiz's final offer" - 50 %
}

// TitleOf and DateOf read what the top of a text says of the article.
func ExampleTitleOf() {
	texts := []string{
		"Harbor Council Backs Ferry Plan\n\nBy Dale Finch\n\nPublished: 2024-03-04\n\nThe council voted on Monday.",
		"The council voted on Monday to back the ferry plan.\n",
	}
	for _, text := range texts {
		date := "no date"
		if d := corpus.DateOf(text); !d.IsZero() {
			date = d.Format("2006-01-02")
		}
		fmt.Printf("%q, %s\n", corpus.TitleOf(text), date)
	}
	// Output:
	// "Harbor Council Backs Ferry Plan", 2024-03-04
	// "", no date
}

// Clip cuts the dateline off a span, so that no dateline is part of a
// claim's content; Credited tells the names of bylines and credits from
// the people of the story.
func ExampleMeta_Clip() {
	text := "By Dale Finch\n\n" +
		"PORT AVERLY — The pier will reopen in June, Ana Ruiz said.\n"
	m := corpus.FindMeta(text)
	line := corpus.Span{Start: strings.Index(text, "PORT"), End: len(text) - 1}
	fmt.Printf("%q\n", m.Clip(text, line).In(text))
	for _, name := range []string{"Dale Finch", "Ana Ruiz"} {
		at := strings.Index(text, name)
		fmt.Println(name, m.Credited(corpus.Span{Start: at, End: at + len(name)}))
	}
	// Output:
	// "The pier will reopen in June, Ana Ruiz said."
	// Dale Finch true
	// Ana Ruiz false
}
