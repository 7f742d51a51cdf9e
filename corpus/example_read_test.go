package corpus_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sayso/sayso/corpus"
)

// Read takes every byte as the article's text; the title and date come
// from the text itself when it gives them.
func ExampleRead() {
	text := "Ferry Service to Run All Winter\n\n" +
		"March 4, 2024\n\n" +
		"The ferry will run all winter, Captain Dale Finch said.\n"
	a, err := corpus.Read(strings.NewReader(text), "ferry")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.ID)
	fmt.Println(a.Title)
	fmt.Println(a.Date.Format("2006-01-02"))
	fmt.Println(a.Text == text)
	// Output:
	// ferry
	// Ferry Service to Run All Winter
	// 2024-03-04
	// true
}

// Invalid UTF-8 is a warning: Read returns the article with the error,
// which gives the offset of the first bad byte. Blank or binary input
// gives no article.
func ExampleRead_errors() {
	for _, text := range []string{"Ana Ruiz said the pier \xff would reopen.", " \n\t", "\x00\x01\x02 data"} {
		a, err := corpus.Read(strings.NewReader(text), "in")
		var e *corpus.Error
		switch {
		case errors.Is(err, corpus.ErrInvalidUTF8) && errors.As(err, &e):
			fmt.Printf("usable: %v, bad byte at %d\n", a != nil, e.Offset)
		case err != nil:
			fmt.Printf("usable: %v, %v\n", a != nil, err)
		}
	}
	// Output:
	// usable: true, bad byte at 23
	// usable: false, in: corpus: no text
	// usable: false, in: offset 0: corpus: binary data, not text
}

// Files walks a folder in lexical order: a *.txt file is one article, a
// *.jsonl file one per record, and anything else is ignored. A bad file
// or record is reported and the walk goes on.
func ExampleFiles() {
	dir, err := os.MkdirTemp("", "sayso-corpus-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	files := map[string]string{
		"2024/ferry.txt": "The ferry will run all winter, Captain Dale Finch said.",
		"2024/wire.jsonl": `{"id":"w1","text":"Ana Ruiz chairs the Harbor Council."}` + "\n" +
			`{"id":"w2","text":""}` + "\n",
		"blank.txt": "\n\n",
		"readme.md": "Not an article.",
		"pier.txt":  "The pier will reopen in June.",
	}
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			fmt.Println(err)
			return
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			fmt.Println(err)
			return
		}
	}

	// A file's ID is its path, a record's its "id" (or "path:line").
	name := func(id string) string {
		if rel, err := filepath.Rel(dir, id); err == nil && filepath.IsAbs(id) {
			return filepath.ToSlash(rel)
		}
		return id
	}
	for a, err := range corpus.Files(context.Background(), dir) {
		if err != nil {
			var e *corpus.Error
			if errors.As(err, &e) {
				fmt.Printf("skipped %s: %v\n", name(e.ID), e.Err)
			}
			continue
		}
		fmt.Printf("%s: %q\n", name(a.ID), a.Text)
	}
	// Output:
	// 2024/ferry.txt: "The ferry will run all winter, Captain Dale Finch said."
	// w1: "Ana Ruiz chairs the Harbor Council."
	// skipped 2024/wire.jsonl:2: record w2: corpus: no text
	// skipped blank.txt: corpus: no text
	// pier.txt: "The pier will reopen in June."
}

// ReadRecords reads a whole JSON Lines stream; the bad records come back
// as an ErrorList, each with its line and byte offset.
func ExampleReadRecords() {
	const feed = `{"id":"p1","title":"Pier Reopens","date":"2024-06-01","text":"The pier reopened on Saturday."}
{"id":"p2","text":"   "}
{"title":"Ferry Plan","text":"The ferry will run all winter."}
{"id":"p4","text":"Fares will not rise."} trailing
`
	articles, err := corpus.ReadRecords(strings.NewReader(feed), "feed.jsonl")
	for _, a := range articles {
		fmt.Printf("%s %q", a.ID, a.Title)
		if !a.Date.IsZero() {
			fmt.Print(" ", a.Date.Format("2006-01-02"))
		}
		fmt.Println()
	}
	var errs corpus.ErrorList
	if errors.As(err, &errs) {
		for _, e := range errs {
			fmt.Println(e)
		}
	}
	// Output:
	// p1 "Pier Reopens" 2024-06-01
	// feed.jsonl:3 "Ferry Plan"
	// feed.jsonl:2: offset 95: record p2: corpus: no text
	// feed.jsonl:4: offset 225: corpus: bad record: data after the record
}

// Collect drains any article stream, keeping the good articles and
// gathering the errors; ReadDir and ReadRecords are Collect over Files
// and Records.
func ExampleCollect() {
	feed := strings.NewReader(`{"id":"a1","text":"The pier will reopen in June."}` + "\n" +
		`{"id":"a2"}` + "\n")
	articles, err := corpus.Collect(corpus.Records(feed, "feed.jsonl"))
	fmt.Println(len(articles), articles[0].ID)
	fmt.Println(errors.Is(err, corpus.ErrNoText), err)
	// Output:
	// 1 a1
	// true feed.jsonl:2: offset 51: record a2: corpus: no text
}

// Check is what the loaders ask of every article before they yield it.
func ExampleCheck() {
	for _, a := range []*corpus.Article{
		{ID: "good", Text: "Ana Ruiz said the pier would reopen."},
		{ID: "blank", Text: "  \n"},
		{ID: "binary", Text: "\x00\x00\x00\x00"},
		{ID: "bad-utf8", Text: "Café\xe9 opens"},
		nil,
	} {
		fmt.Println(corpus.Check(a))
	}
	// Output:
	// <nil>
	// blank: corpus: no text
	// binary: offset 0: corpus: binary data, not text
	// bad-utf8: offset 5: corpus: invalid UTF-8
	// corpus: no text
}

// An ErrorList is ready at its zero value: a batch adds one error per bad
// article, and Err is nil when there were none.
func ExampleErrorList() {
	var errs corpus.ErrorList
	fmt.Println(errs.Err() == nil)
	errs.Add("b.txt", corpus.Check(&corpus.Article{ID: "b.txt", Text: ""}))
	errs.Add("a.txt", errors.New("disk on fire"))
	errs.Add("c.txt", nil) // no error: nothing added
	errs.Sort()
	fmt.Println(errs.Len())
	fmt.Println(errs.Err())
	fmt.Println(errors.Is(errs.Err(), corpus.ErrNoText))
	// Output:
	// true
	// 2
	// a.txt: disk on fire (and 1 more errors)
	// true
}
