package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime"

	"github.com/sayso/sayso/corpus"
)

// articles streams the articles named by inputs, in order: files and
// folders as corpus.Files reads them, and "-" for standard input (see
// stdinArticles). Warnings go to con. It returns a single-use iterator.
func articles(ctx context.Context, inputs []string, stdin io.Reader, jsonl bool, con *console) iter.Seq2[*corpus.Article, error] {
	return func(yield func(*corpus.Article, error) bool) {
		for _, in := range inputs {
			seq := corpus.Files(ctx, in)
			if in == "-" {
				seq = stdinArticles(stdin, jsonl)
			}
			for a, err := range seq {
				if !yield(lenient(a, err, con)) {
					return
				}
			}
		}
	}
}

// stdinArticles reads standard input: JSON Lines when jsonl is set or
// when the input looks like them (see sniff), one article of plain text
// otherwise. Its articles are named "-", or "-:LINE" for records without
// an id.
func stdinArticles(stdin io.Reader, jsonl bool) iter.Seq2[*corpus.Article, error] {
	return func(yield func(*corpus.Article, error) bool) {
		r := stdin
		if !jsonl {
			var err error
			if r, jsonl, err = sniff(stdin); err != nil {
				yield(nil, &corpus.Error{ID: "-", Offset: -1, Err: err})
				return
			}
		}
		if !jsonl {
			yield(corpus.Read(r, "-"))
			return
		}
		for a, err := range corpus.Records(r, "-") {
			if !yield(a, err) {
				return
			}
		}
	}
}

// bom is the byte-order mark that may open a file; corpus.Records skips it.
var bom = []byte("\uFEFF")

// sniff reports whether r holds JSON Lines: its first non-blank byte is
// '{' and its first line that is not blank decodes as an article record,
// a JSON object with a "text" string. It reads no further than that line,
// and returns a reader of everything r holds, the bytes read included.
func sniff(r io.Reader) (io.Reader, bool, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var head bytes.Buffer
	for {
		line, err := br.ReadBytes('\n')
		head.Write(line)
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, false, err
		}
		if content := bytes.TrimSpace(bytes.TrimPrefix(line, bom)); len(content) > 0 || err != nil {
			all := io.MultiReader(&head, br)
			return all, len(content) > 0 && content[0] == '{' && isRecord(content), nil
		}
	}
}

// isRecord reports whether line decodes as an article record: a JSON
// object with a "text" string, the one field corpus.Records requires.
func isRecord(line []byte) bool {
	var rec struct {
		Text *string `json:"text"`
	}
	return json.Unmarshal(line, &rec) == nil && rec.Text != nil
}

// lenient keeps an article whose text has invalid UTF-8: sayso reads it
// with the bad bytes as gaps, and every offset stays valid. The problem is
// reported as a warning.
func lenient(a *corpus.Article, err error, con *console) (*corpus.Article, error) {
	if a != nil && errors.Is(err, corpus.ErrInvalidUTF8) {
		con.say("warning: %v", err)
		return a, nil
	}
	return a, err
}

// seedDir finds testdata/seeds from the module root, from this folder or
// beside the source the command was built from; it returns "" when there
// is none, as for a command built elsewhere with -trimpath.
func seedDir() string {
	dirs := []string{"testdata/seeds", "../../testdata/seeds"}
	if _, file, _, ok := runtime.Caller(0); ok {
		dirs = append(dirs, filepath.Join(filepath.Dir(file), "..", "..", "testdata", "seeds"))
	}
	for _, d := range dirs {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
	}
	return ""
}
