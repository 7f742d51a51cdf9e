package main

import (
	"encoding/json"
	"io"

	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/extract"
	"github.com/sayso/sayso/view"
)

// corpusView is the output of -corpus: the results are gathered into one
// corpus view (package collection), written at close in the chosen format.
// It holds the view, not the results, so its memory grows with the
// corpus's distinct entities and claims, not with its text.
type corpusView struct {
	w      io.Writer
	format string
	pretty bool
	c      *collection.Collection
}

// openCorpus returns the -corpus output for format f.
func openCorpus(w io.Writer, f format, pretty bool) output {
	return &corpusView{w: w, format: f.name, pretty: pretty, c: collection.New()}
}

func (o *corpusView) add(r *extract.Result) error { return o.c.Add(r) }

// close writes the view: as one JSON object (on one line for jsonl,
// indented with -pretty), as a table, or as a page.
func (o *corpusView) close() error {
	switch o.format {
	case "table":
		return o.c.WriteTable(o.w)
	case "html":
		return view.CorpusHTML(o.w, o.c.Snapshot())
	}
	enc := json.NewEncoder(o.w)
	enc.SetEscapeHTML(false)
	if o.pretty {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(o.c.Snapshot())
}
