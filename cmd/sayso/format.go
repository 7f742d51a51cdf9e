package main

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/extract"
	"github.com/sayso/sayso/view"
)

// format is one value of -format: how results are written.
type format struct {
	name string
	// open returns the output that writes results to w; pretty asks for
	// indented JSON.
	open func(w io.Writer, pretty bool) output
	// corpus writes the corpus view of -corpus to w.
	corpus func(w io.Writer, c *collection.Collection, pretty bool) error
}

// output writes results as they come, in input order. Formats that need
// them all, such as a table, write at close.
type output interface {
	add(r *extract.Result) error
	close() error
}

// formats are the values of -format, the default first.
var formats = []format{
	{"jsonl", func(w io.Writer, pretty bool) output { return &jsonLines{enc: newEncoder(w, pretty)} }, corpusJSON},
	{"json", func(w io.Writer, pretty bool) output { return &jsonArray{w: w, pretty: pretty} }, corpusJSON},
	{"table", func(w io.Writer, _ bool) output { return &rendered{w: w, render: view.Table} },
		func(w io.Writer, c *collection.Collection, _ bool) error { return c.WriteTable(w) }},
	{"html", func(w io.Writer, _ bool) output { return &rendered{w: w, render: view.HTML} },
		func(w io.Writer, c *collection.Collection, _ bool) error { return view.CorpusHTML(w, c.Snapshot()) }},
}

// formatNamed returns the format called name.
func formatNamed(name string) (format, bool) {
	for _, f := range formats {
		if f.name == name {
			return f, true
		}
	}
	return format{}, false
}

// formatNames lists the formats' names, the default first.
func formatNames() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}

// newEncoder returns the JSON encoder the command has always used,
// indenting when pretty. SetEscapeHTML(false) keeps <, > and & in what it
// encodes itself; Result.MarshalJSON escapes them in the results all the
// same, as it calls json.Marshal.
func newEncoder(w io.Writer, pretty bool) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	return enc
}

// jsonLines writes one JSON object per result, each ending a line.
type jsonLines struct{ enc *json.Encoder }

func (o *jsonLines) add(r *extract.Result) error { return o.enc.Encode(r) }
func (o *jsonLines) close() error                { return nil }

// jsonArray writes one JSON array of the results as they come, without
// holding them: "[a,b]", or with pretty the layout of json.MarshalIndent
// with an indent of two spaces. It ends with a newline.
type jsonArray struct {
	w      io.Writer
	pretty bool
	n      int
	buf    bytes.Buffer
}

func (o *jsonArray) add(r *extract.Result) error {
	o.buf.Reset()
	sep := ","
	if o.n == 0 {
		sep = "["
	}
	if o.pretty {
		sep += "\n  "
	}
	o.buf.WriteString(sep)
	var elem bytes.Buffer
	if err := newEncoder(&elem, false).Encode(r); err != nil {
		return err
	}
	if o.pretty {
		// The element sits one level down: every line after its first
		// takes the array's indent before its own.
		if err := json.Indent(&o.buf, bytes.TrimSuffix(elem.Bytes(), []byte("\n")), "  ", "  "); err != nil {
			return err
		}
	} else {
		o.buf.Write(bytes.TrimSuffix(elem.Bytes(), []byte("\n")))
	}
	o.n++
	_, err := o.w.Write(o.buf.Bytes())
	return err
}

func (o *jsonArray) close() error {
	end := "]\n"
	switch {
	case o.n == 0:
		end = "[]\n"
	case o.pretty:
		end = "\n]\n"
	}
	_, err := io.WriteString(o.w, end)
	return err
}

// rendered gathers the results and renders them all at close.
type rendered struct {
	w      io.Writer
	render func(io.Writer, []*extract.Result) error
	rs     []*extract.Result
}

func (o *rendered) add(r *extract.Result) error { o.rs = append(o.rs, r); return nil }
func (o *rendered) close() error                { return o.render(o.w, o.rs) }
