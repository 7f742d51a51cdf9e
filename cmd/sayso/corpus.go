package main

import (
	"io"

	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/extract"
)

// corpusView is the output of -corpus: the results are gathered into one
// corpus view (package collection), written at close in the chosen format.
// It holds the view, not the results, so its memory grows with the
// corpus's distinct entities and claims, not with its text.
type corpusView struct {
	w      io.Writer
	format format
	pretty bool
	c      *collection.Collection
}

// openCorpus returns the -corpus output for format f.
func openCorpus(w io.Writer, f format, pretty bool) output {
	return &corpusView{w: w, format: f, pretty: pretty, c: collection.New()}
}

func (o *corpusView) add(r *extract.Result) error { return o.c.Add(r) }
func (o *corpusView) close() error                { return o.format.corpus(o.w, o.c, o.pretty) }

// corpusJSON writes the view as one JSON object: on one line, or indented
// when pretty.
func corpusJSON(w io.Writer, c *collection.Collection, pretty bool) error {
	return newEncoder(w, pretty).Encode(c.Snapshot())
}
