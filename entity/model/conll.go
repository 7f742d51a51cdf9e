package model

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Token is one input token: its text and its Penn Treebank part-of-speech
// tag (empty when unknown).
type Token struct{ Text, POS string }

// Sentence is a sequence of tokens.
type Sentence []Token

// Document is a sequence of sentences with their gold labels, as read from a
// CoNLL file. Labels[i][j] is the IOB2 label of Sentences[i][j].
type Document struct {
	Sentences []Sentence
	Labels    [][]string
}

// ErrFormat reports a malformed line in a CoNLL file.
var ErrFormat = errors.New("model: malformed CoNLL line")

// ReadCoNLL reads a CoNLL-style file: one token per line with
// whitespace- or tab-separated columns, the word first and the NER tag last;
// blank lines end sentences and "-DOCSTART-" lines start documents. A
// four-column file (CoNLL-2003) gives the second column as the POS tag.
// Tags may be IOB1 or IOB2 (BIO); they are returned as IOB2. A file without
// -DOCSTART- lines is read as one document.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	var (
		docs   []Document
		cur    Document
		sent   Sentence
		labels []string
		lineNo int
	)
	flushSent := func() {
		if len(sent) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
			cur.Labels = append(cur.Labels, ToIOB2(labels))
		}
		sent, labels = nil, nil
	}
	flushDoc := func() {
		flushSent()
		if len(cur.Sentences) > 0 {
			docs = append(docs, cur)
		}
		cur = Document{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r\n")
		if strings.TrimSpace(line) == "" {
			flushSent()
			continue
		}
		var cols []string
		if strings.Contains(line, "\t") {
			cols = strings.Split(line, "\t")
		} else {
			cols = strings.Fields(line)
		}
		if len(cols) < 2 {
			return docs, fmt.Errorf("%w %d: %q", ErrFormat, lineNo, line)
		}
		if cols[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		tok := Token{Text: cols[0]}
		if len(cols) == 4 {
			tok.POS = cols[1]
		}
		sent = append(sent, tok)
		labels = append(labels, strings.TrimSpace(cols[len(cols)-1]))
	}
	if err := sc.Err(); err != nil {
		return docs, fmt.Errorf("model: reading CoNLL: %w", err)
	}
	flushDoc()
	return docs, nil
}

// ToIOB2 converts IOB1 or IOB2 labels of one sentence to IOB2: every span
// starts with "B-". Labels other than B-X, I-X and O are kept as they are.
func ToIOB2(labels []string) []string {
	out := make([]string, len(labels))
	prev := "O"
	for i, l := range labels {
		out[i] = l
		if strings.HasPrefix(l, "I-") {
			typ := l[2:]
			if prev == "O" || prev[2:] != typ {
				out[i] = "B-" + typ
			}
		}
		prev = out[i]
		if !strings.HasPrefix(prev, "B-") && !strings.HasPrefix(prev, "I-") {
			prev = "O"
		}
	}
	return out
}
