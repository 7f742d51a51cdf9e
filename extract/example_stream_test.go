package extract_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/extract"
)

// All analyses the articles of a folder, as corpus.Files walks it: every
// *.txt file is one article and every *.jsonl file one per record. The
// results come in input order, and a bad file or record is that
// article's error: the stream goes on.
func ExamplePipeline_All() {
	dir, err := os.MkdirTemp("", "sayso-example-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	files := map[string]string{
		"a-ferry.txt": "The ferry will run all winter, Captain Dale Finch said on Monday.",
		"b-wire.jsonl": `{"id":"w1","text":"“We are ready,” said Ana Ruiz, who chairs the Harbor Council."}` + "\n" +
			`{"id":"w2","text":` + "\n" +
			`{"id":"w3","text":"Ruiz added that fares would not rise."}` + "\n",
		"c-empty.txt": "  \n",
		"notes.md":    "Not an article: only .txt and .jsonl files are read.",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			fmt.Println(err)
			return
		}
	}

	ctx := context.Background()
	p, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	for res, err := range p.All(ctx, corpus.Files(ctx, dir)) {
		if err != nil {
			// A file's error is a *corpus.Error naming it: ID is its path,
			// with ":line" for a JSON Lines record.
			var e *corpus.Error
			if errors.As(err, &e) {
				fmt.Printf("%s failed: %v\n", filepath.Base(e.ID), e.Err)
			} else {
				fmt.Println("failed:", err)
			}
			continue
		}
		fmt.Printf("%s:\n", filepath.Base(res.Doc.Article.ID))
		for _, c := range res.Claims {
			fmt.Printf("  %s: %q\n", c.Speaker.Name, c.Text)
		}
	}
	// Output:
	// a-ferry.txt:
	//   Dale Finch: "The ferry will run all winter"
	// w1:
	//   Ana Ruiz: "We are ready"
	// b-wire.jsonl:2 failed: corpus: bad record: unexpected EOF
	// w3:
	//   Ruiz: "fares would not rise"
	// c-empty.txt failed: corpus: no text
}

// All reads JSON Lines from any reader through corpus.Records: here a
// feed held in a string, with one record cut short.
func ExamplePipeline_All_jsonLines() {
	const feed = `{"id":"n1","title":"Ferry Plan","text":"The ferry will run all winter, Captain Dale Finch said."}
{"id":"n2","text":"Finch said
{"id":"n3","text":"“Fares stay the same,” the Harbor Council said in a statement."}
`
	ctx := context.Background()
	p, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	var errs corpus.ErrorList
	for res, err := range p.All(ctx, corpus.Records(strings.NewReader(feed), "feed.jsonl")) {
		if err != nil {
			errs.Add("", err)
			continue
		}
		for _, c := range res.Claims {
			fmt.Printf("%s %s: %q\n", res.Doc.Article.ID, c.Speaker.Name, c.Text)
		}
	}
	for _, e := range errs {
		fmt.Printf("skipped %s (byte %d): %v\n", e.ID, e.Offset, errors.Is(e, corpus.ErrRecord))
	}
	// Output:
	// n1 Dale Finch: "The ferry will run all winter"
	// n3 Harbor Council: "Fares stay the same"
	// skipped feed.jsonl:2 (byte 128): true
}

// ExtractAll analyses a slice of articles and returns a result for each,
// nil for those that failed, with their errors in a corpus.ErrorList.
func ExamplePipeline_ExtractAll() {
	articles := []*corpus.Article{
		{ID: "ferry", Text: "The ferry will run all winter, Captain Dale Finch said on Monday."},
		{ID: "blank", Text: "   "},
		{ID: "fares", Text: "“Fares stay the same,” said Ana Ruiz, who chairs the Harbor Council."},
	}
	p, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	results, err := p.ExtractAll(context.Background(), articles)
	for i, res := range results {
		if res == nil {
			fmt.Printf("%s: no result\n", articles[i].ID)
			continue
		}
		for _, c := range res.Claims {
			fmt.Printf("%s: %s said %q\n", articles[i].ID, c.Speaker.Name, c.Text)
		}
	}
	var errs corpus.ErrorList
	if errors.As(err, &errs) {
		for _, e := range errs {
			fmt.Printf("%s failed: %v\n", e.ID, errors.Is(e, corpus.ErrNoText))
		}
	}
	// Output:
	// ferry: Dale Finch said "The ferry will run all winter"
	// blank: no result
	// fares: Ana Ruiz said "Fares stay the same"
	// blank failed: true
}

// WithWorkers bounds how many articles a stream analyses at once; the
// results keep input order whatever the number.
func ExampleWithWorkers() {
	var articles []*corpus.Article
	for i, name := range []string{"Ana Ruiz", "Dale Finch", "Mira Okon", "Tomas Reyes"} {
		articles = append(articles, &corpus.Article{
			ID:   fmt.Sprintf("a%d", i+1),
			Text: fmt.Sprintf("The pier will reopen in June, %s said.", name),
		})
	}
	p, err := extract.New(extract.WithWorkers(2))
	if err != nil {
		fmt.Println(err)
		return
	}
	results, err := p.ExtractAll(context.Background(), articles)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, res := range results {
		for _, c := range res.Claims {
			fmt.Println(res.Doc.Article.ID, c.Speaker.Name)
		}
	}
	// Output:
	// a1 Ana Ruiz
	// a2 Dale Finch
	// a3 Mira Okon
	// a4 Tomas Reyes
}

// WithMaxBytes refuses articles over a size, each with an error wrapping
// ErrTooLarge, and goes on with the next.
func ExampleWithMaxBytes() {
	articles := []*corpus.Article{
		{ID: "long", Text: strings.Repeat("The pier will reopen in June, Ana Ruiz said. ", 10)},
		{ID: "short", Text: "The pier will reopen in June, Ana Ruiz said."},
	}
	p, err := extract.New(extract.WithMaxBytes(200))
	if err != nil {
		fmt.Println(err)
		return
	}
	results, err := p.ExtractAll(context.Background(), articles)
	for i, res := range results {
		if res != nil {
			fmt.Printf("%s: %d claim\n", articles[i].ID, len(res.Claims))
		}
	}
	fmt.Println(errors.Is(err, extract.ErrTooLarge))
	fmt.Println(err)
	// Output:
	// short: 1 claim
	// true
	// long: extract: article too large: 450 bytes, more than 200
}

// WithEntityOptions passes options to the entity recognizer: here a user
// lexicon, which says that Kestrel is a company, not a person, and that
// the Wharf Board is the Harbor Council's other name.
func ExampleWithEntityOptions() {
	text := "Kestrel said freight rates would fall. " +
		"The Harbor Council met on Monday, and the Wharf Board said fares would not rise."
	lexicon := entity.WithLexicon(
		entity.LexiconEntry{Name: "Kestrel", Type: entity.Org},
		entity.LexiconEntry{Name: "Harbor Council", Type: entity.Org, Aliases: []string{"Wharf Board"}},
	)
	for _, opts := range [][]extract.Option{nil, {extract.WithEntityOptions(lexicon)}} {
		p, err := extract.New(opts...)
		if err != nil {
			fmt.Println(err)
			return
		}
		res, err := p.Extract(context.Background(), &corpus.Article{ID: "a1", Text: text})
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, e := range res.Entities {
			fmt.Printf("%s %s %q\n", e.Type, e.Name, e.Aliases)
		}
		for _, c := range res.Claims {
			fmt.Printf("%s (%q): %q\n", c.Speaker.Name, c.Speaker.Text, c.Text)
		}
		fmt.Println("--")
	}
	// Output:
	// PERSON Kestrel ["Kestrel"]
	// ORG Harbor Council ["Harbor Council"]
	// ORG Wharf Board ["Wharf Board"]
	// Kestrel ("Kestrel"): "freight rates would fall"
	// Wharf Board ("the Wharf Board"): "fares would not rise"
	// --
	// ORG Kestrel ["Kestrel"]
	// ORG Harbor Council ["Harbor Council" "Wharf Board"]
	// Kestrel ("Kestrel"): "freight rates would fall"
	// Harbor Council ("the Wharf Board"): "fares would not rise"
	// --
}

// WithClaimOptions passes options to the claim extractor: here a floor
// on confidence, which drops the claim whose speaker is only a pronoun.
func ExampleWithClaimOptions() {
	text := "“The pier will reopen in June,” Ana Ruiz said. She added that fares would not rise."
	for _, opts := range [][]extract.Option{nil, {extract.WithClaimOptions(claim.WithMinConfidence(0.9))}} {
		p, err := extract.New(opts...)
		if err != nil {
			fmt.Println(err)
			return
		}
		res, err := p.Extract(context.Background(), &corpus.Article{ID: "a1", Text: text})
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, c := range res.Claims {
			fmt.Printf("%s (%s, %s): %q\n", c.Speaker.Name, c.Speaker.Text, c.Rule, c.Text)
		}
		fmt.Println("--")
	}
	// Output:
	// Ana Ruiz (Ana Ruiz, quote-cue-name): "The pier will reopen in June"
	// Ana Ruiz (She, pronoun): "fares would not rise"
	// --
	// Ana Ruiz (Ana Ruiz, quote-cue-name): "The pier will reopen in June"
	// --
}
