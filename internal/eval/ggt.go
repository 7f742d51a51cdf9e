package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sayso/sayso/corpus"
)

// ErrBadGGT is returned for a GGT annotation file that cannot be used: bad
// JSON, or offsets that do not locate their text.
var ErrBadGGT = errors.New("eval: bad GGT file")

// GGTDoc is one article of the Gender Gap Tracker's annotated set, its
// offsets converted to bytes.
type GGTDoc struct {
	// Name is the base name of the files, the article's id.
	Name   string
	Outlet string
	Text   string
	// People are the people the article names, Sources those of them who
	// are quoted, Authors the byline; all full names.
	People  []string
	Sources []string
	Authors []string
	Quotes  []GGTQuote
}

// GGTQuote is one annotated quote. Spans are byte offsets into the
// article text; the file's code-point offsets are converted on reading.
type GGTQuote struct {
	// Text is the quote as the annotators bounded it: with its quotation
	// marks and a leading "that".
	Text string
	corpus.Span
	// Speaker is the words naming the source nearest the quote ("he",
	// "Tolland"); SpeakerSpan is zero for a floating quote.
	Speaker     string
	SpeakerSpan corpus.Span
	// Reference is the speaker's full name, or a description for an
	// unnamed or collective source.
	Reference string
	// Verb is the reporting verb as written, or "".
	Verb   string
	Direct bool
}

// ggtFile is the JSON of dev/ID.json.
type ggtFile struct {
	ID      string   `json:"id"`
	Outlet  string   `json:"outlet"`
	People  []string `json:"people"`
	Sources []string `json:"sources"`
	Authors []string `json:"authors"`
	Quotes  []struct {
		Text         string `json:"text"`
		Start        int    `json:"start"`
		End          int    `json:"end"`
		Speaker      string `json:"speaker"`
		SpeakerStart *int   `json:"speaker_start"`
		SpeakerEnd   *int   `json:"speaker_end"`
		Reference    string `json:"reference"`
		Verb         string `json:"verb"`
		Direct       bool   `json:"direct"`
	} `json:"quotes"`
}

// ReadGGT reads every ID.json in dir with its ID.txt, in name order.
// Offsets are checked: each quote's span must hold its text, and a speaker
// span its speaker.
func ReadGGT(dir string) ([]GGTDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("eval: %s: %w: no *.json", dir, ErrBadGGT)
	}
	slices.Sort(paths)
	docs := make([]GGTDoc, 0, len(paths))
	for _, p := range paths {
		d, err := readGGTDoc(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// readGGTDoc reads one annotation file and the text beside it.
func readGGTDoc(path string) (GGTDoc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return GGTDoc{}, fmt.Errorf("eval: %w", err)
	}
	var f ggtFile
	if err := json.Unmarshal(b, &f); err != nil {
		return GGTDoc{}, fmt.Errorf("eval: %s: %w: %w", path, ErrBadGGT, err)
	}
	name := strings.TrimSuffix(filepath.Base(path), ".json")
	tb, err := os.ReadFile(filepath.Join(filepath.Dir(path), name+".txt"))
	if err != nil {
		return GGTDoc{}, fmt.Errorf("eval: %w", err)
	}
	text := string(tb)
	d := GGTDoc{Name: name, Outlet: f.Outlet, Text: text, People: f.People, Sources: f.Sources, Authors: f.Authors}
	bytesAt := runeOffsets(text)
	span := func(start, end int) (corpus.Span, bool) {
		if start < 0 || end < start || end >= len(bytesAt) {
			return corpus.Span{}, false
		}
		return corpus.Span{Start: bytesAt[start], End: bytesAt[end]}, true
	}
	for i, q := range f.Quotes {
		s, ok := span(q.Start, q.End)
		if !ok || s.In(text) != q.Text {
			return GGTDoc{}, fmt.Errorf("eval: %s: %w: quote %d [%d,%d) does not hold its text", path, ErrBadGGT, i, q.Start, q.End)
		}
		gq := GGTQuote{Text: q.Text, Span: s, Speaker: q.Speaker, Reference: q.Reference, Verb: q.Verb, Direct: q.Direct}
		if q.SpeakerStart != nil && q.SpeakerEnd != nil {
			ss, ok := span(*q.SpeakerStart, *q.SpeakerEnd)
			if !ok || ss.In(text) != q.Speaker {
				return GGTDoc{}, fmt.Errorf("eval: %s: %w: quote %d speaker [%d,%d) does not hold %q",
					path, ErrBadGGT, i, *q.SpeakerStart, *q.SpeakerEnd, q.Speaker)
			}
			gq.SpeakerSpan = ss
		}
		d.Quotes = append(d.Quotes, gq)
	}
	return d, nil
}
