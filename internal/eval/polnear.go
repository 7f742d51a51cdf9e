package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
)

// ErrBadBrat is returned for a brat standoff record that cannot be read.
var ErrBadBrat = errors.New("eval: bad brat record")

// Attribution is one PolNeAR attribution relation, its parts as byte spans
// into the article text. A part may be discontinuous; a missing part is
// empty.
type Attribution struct {
	Content []corpus.Span
	Source  []corpus.Span
	Cue     []corpus.Span
}

// PolDoc is one PolNeAR article with one annotator's attributions.
type PolDoc struct {
	// Name is the text's base name without extension.
	Name string
	// Annotator is the code of the annotator whose file was read.
	Annotator    string
	Text         string
	Attributions []Attribution
}

// ReadPolNeAR reads one split of PolNeAR: dir holds text/NAME.txt and
// attributions/NAME_ANNOTATOR.ann. When several annotators marked a text,
// the file whose name sorts first is read, so the choice is deterministic
// and needs no agreement step. Articles are returned in name order; a text
// without any annotation file is skipped.
func ReadPolNeAR(dir string) ([]PolDoc, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("eval: %s: no attributions/*.ann", dir)
	}
	slices.Sort(anns)
	var docs []PolDoc
	for _, ann := range anns {
		base := strings.TrimSuffix(filepath.Base(ann), ".ann")
		cut := strings.LastIndexByte(base, '_')
		if cut < 0 {
			continue
		}
		name, annotator := base[:cut], base[cut+1:]
		if n := len(docs); n > 0 && docs[n-1].Name == name {
			continue // a later annotator of the same text
		}
		b, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		f, err := os.Open(ann)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		atts, err := ReadBrat(f, string(b))
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", ann, err)
		}
		docs = append(docs, PolDoc{Name: name, Annotator: annotator, Text: string(b), Attributions: atts})
	}
	return docs, nil
}

// ReadBrat reads PolNeAR's brat standoff annotations of text. T records
// ("T1\tSource 89 106\tThe New York Post", discontinuous spans joined by
// ";") give code-point offsets, converted here to byte offsets; E records
// ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1") tie them into
// attributions, a Content2 part extending the content. Lines that start no
// record continue the text of the previous one and are skipped, as are
// notes and other record types. An event without content is dropped.
func ReadBrat(r io.Reader, text string) ([]Attribution, error) {
	bytesAt := runeOffsets(text)
	spans := map[string][]corpus.Span{}
	type event struct{ roles [][2]string }
	var events []event
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for line := 1; sc.Scan(); line++ {
		fields := strings.SplitN(sc.Text(), "\t", 3)
		if len(fields) < 2 || len(fields[0]) < 2 {
			continue
		}
		id := fields[0]
		if _, err := strconv.Atoi(id[1:]); err != nil {
			continue // a continuation line
		}
		switch id[0] {
		case 'T':
			_, offs, ok := strings.Cut(fields[1], " ")
			if !ok {
				return nil, fmt.Errorf("%w: line %d: %q", ErrBadBrat, line, fields[1])
			}
			ss, err := parseSpans(offs, bytesAt)
			if err != nil {
				return nil, fmt.Errorf("%w: line %d: %w", ErrBadBrat, line, err)
			}
			spans[id] = ss
		case 'E':
			var ev event
			for _, f := range strings.Fields(fields[1]) {
				role, ref, ok := strings.Cut(f, ":")
				if ok {
					ev.roles = append(ev.roles, [2]string{role, ref})
				}
			}
			events = append(events, ev)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var out []Attribution
	for _, ev := range events {
		var a Attribution
		for _, rr := range ev.roles {
			switch ss := spans[rr[1]]; rr[0] {
			case "Content", "Content2":
				a.Content = append(a.Content, ss...)
			case "Source":
				a.Source = append(a.Source, ss...)
			case "Cue":
				a.Cue = append(a.Cue, ss...)
			}
		}
		if len(a.Content) == 0 {
			continue
		}
		for _, ss := range [][]corpus.Span{a.Content, a.Source, a.Cue} {
			slices.SortFunc(ss, func(x, y corpus.Span) int { return x.Start - y.Start })
		}
		out = append(out, a)
	}
	return out, nil
}

// runeOffsets returns the byte offset of every code point of text, and
// len(text) after the last, so that offsets[i] is where code point i starts.
func runeOffsets(text string) []int {
	out := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}

// parseSpans reads "start end;start end" code-point offsets into byte spans.
func parseSpans(s string, bytesAt []int) ([]corpus.Span, error) {
	var out []corpus.Span
	for part := range strings.SplitSeq(s, ";") {
		f := strings.Fields(part)
		if len(f) != 2 {
			return nil, fmt.Errorf("span %q", part)
		}
		a, err1 := strconv.Atoi(f[0])
		b, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || a < 0 || b < a || b >= len(bytesAt) {
			return nil, fmt.Errorf("span %q out of text", part)
		}
		out = append(out, corpus.Span{Start: bytesAt[a], End: bytesAt[b]})
	}
	return out, nil
}
