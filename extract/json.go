package extract

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// wireOut is the JSON shape of a Result, documented in the README, in key
// order. The fields are of type any because each list is written either
// as is or, WithCharOffsets, as its char type (offsets.go); a nil field
// with omitempty is left out.
type wireOut struct {
	Doc       string    `json:"doc"`
	Title     string    `json:"title,omitempty"`
	Source    string    `json:"source,omitempty"`
	Date      time.Time `json:"date,omitzero"`
	Text      *string   `json:"text,omitempty"`
	Entities  any       `json:"entities"`
	Claims    any       `json:"claims"`
	Authors   any       `json:"authors"`
	Credits   any       `json:"credits"`
	Dateline  any       `json:"dateline,omitempty"`
	Sentences any       `json:"sentences,omitempty"`
	Tokens    any       `json:"tokens,omitempty"`
}

// wireIn is what UnmarshalJSON reads: wireOut's keys, typed. The char
// offsets are derived from the text and not read back.
type wireIn struct {
	Doc       string            `json:"doc"`
	Title     string            `json:"title"`
	Source    string            `json:"source"`
	Date      time.Time         `json:"date"`
	Text      *string           `json:"text"`
	Entities  []*entity.Entity  `json:"entities"`
	Claims    []claim.Claim     `json:"claims"`
	Authors   []corpus.Name     `json:"authors"`
	Credits   []corpus.Name     `json:"credits"`
	Dateline  *corpus.Dateline  `json:"dateline"`
	Sentences []corpus.Sentence `json:"sentences"`
	Tokens    []corpus.Token    `json:"tokens"`
}

// MarshalJSON encodes r in the shape the README documents: the article's
// ID, its entities and its claims, its authors, credits and dateline, with
// every offset a byte offset into the article text as read. Sentences and
// tokens are included when the pipeline was built WithLayout(true); the
// article's text, title, source and date WithText(true); code-point
// offsets beside the byte offsets WithCharOffsets(true).
func (r *Result) MarshalJSON() ([]byte, error) {
	w := wireOut{Entities: emptyIfNil(r.Entities), Claims: emptyIfNil(r.Claims),
		Authors: emptyIfNil(r.Authors), Credits: emptyIfNil(r.Credits)}
	var sentences []corpus.Sentence
	var tokens []corpus.Token
	if d := r.Doc; d != nil {
		if a := d.Article; a != nil {
			w.Doc = a.ID
			if r.text {
				w.Title, w.Source, w.Date, w.Text = a.Title, a.Source, a.Date, &d.Text
			}
		}
		if r.layout {
			sentences, tokens = d.Sentences, d.Tokens
		}
	}
	if r.chars && r.Doc != nil {
		x := newRuneIndex(r.Doc.Text)
		w.Entities, w.Claims = x.entities(r.Entities), x.claims(r.Claims)
		w.Authors, w.Credits = x.names(r.Authors), x.names(r.Credits)
		if r.Dateline.Len() > 0 {
			w.Dateline = charDateline{x.span(r.Dateline.Span), r.Dateline.Text}
		}
		if len(sentences) > 0 {
			w.Sentences = x.sentences(sentences)
		}
		if len(tokens) > 0 {
			w.Tokens = x.tokens(tokens)
		}
		return json.Marshal(w)
	}
	if r.Dateline.Len() > 0 {
		w.Dateline = &r.Dateline
	}
	if len(sentences) > 0 {
		w.Sentences = sentences
	}
	if len(tokens) > 0 {
		w.Tokens = tokens
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes, so that a Result written
// to a file can be read back. r.Doc is a *corpus.Document holding what
// the JSON carries: Article with the ID (and, when the JSON has "text",
// the text, title, source and date), Text, Meta's authors, credits and
// dateline, and the sentences and tokens when the JSON has them, each
// token's Norm and Sentence and each sentence's First and Last restored.
// Paragraphs, Regions, Meta.Spans, a dateline's All, a mention's Type,
// an entity's TitleMentions and Gender are not in the JSON and stay zero.
//
// Marshalling the decoded Result writes the JSON read, byte for byte, for
// any JSON that MarshalJSON wrote of text in valid UTF-8: the layout and
// the text are written when they were read, the code-point offsets when
// they were read with the text (they are derived from it; without the
// text the decoded Result writes none).
func (r *Result) UnmarshalJSON(data []byte) error {
	var w wireIn
	if err := json.Unmarshal(data, &w); err != nil {
		return fmt.Errorf("extract: decode result: %w", err)
	}
	a := &corpus.Article{ID: w.Doc}
	if w.Text != nil {
		a.Title, a.Source, a.Date, a.Text = w.Title, w.Source, w.Date, *w.Text
	}
	var dl corpus.Dateline
	if w.Dateline != nil {
		dl = *w.Dateline
	}
	*r = Result{
		Doc: &corpus.Document{Article: a, Text: a.Text, Sentences: nilIfEmpty(w.Sentences), Tokens: nilIfEmpty(w.Tokens),
			Meta: corpus.Meta{Authors: nilIfEmpty(w.Authors), Credits: nilIfEmpty(w.Credits), Dateline: dl}},
		Entities: nilIfEmpty(w.Entities),
		Claims:   nilIfEmpty(w.Claims),
		Authors:  nilIfEmpty(w.Authors),
		Credits:  nilIfEmpty(w.Credits),
		Dateline: dl,
		layout:   w.Sentences != nil || w.Tokens != nil,
		text:     w.Text != nil,
	}
	relayout(r.Doc)
	if r.text {
		var p charProbe
		if err := json.Unmarshal(data, &p); err != nil {
			return fmt.Errorf("extract: decode result: %w", err)
		}
		r.chars = p.found()
	}
	return nil
}

// relayout restores what the JSON leaves out of d's sentences and tokens
// but their spans tell: a token's Norm and Sentence, a sentence's First
// and Last. Tokens lie in sentences, both in text order.
func relayout(d *corpus.Document) {
	j := 0
	for i := range d.Sentences {
		s := &d.Sentences[i]
		s.First = j
		for ; j < len(d.Tokens) && d.Tokens[j].Start < s.End; j++ {
			d.Tokens[j].Sentence = i
		}
		s.Last = j
	}
	for i := range d.Tokens {
		d.Tokens[i].Norm = corpus.Normalize(d.Tokens[i].Text)
	}
}

// charAt is a span's code-point start, as a charProbe sees it.
type charAt struct {
	CharStart *int `json:"char_start"`
}

// charProbe tells whether a Result's JSON holds code-point offsets, the
// one thing wireIn does not read.
type charProbe struct {
	Entities []struct {
		Mentions []charAt `json:"mentions"`
	} `json:"entities"`
	Claims    []charAt `json:"claims"`
	Authors   []charAt `json:"authors"`
	Credits   []charAt `json:"credits"`
	Dateline  *charAt  `json:"dateline"`
	Sentences []charAt `json:"sentences"`
}

func (p *charProbe) found() bool {
	for _, e := range p.Entities {
		if len(e.Mentions) > 0 && e.Mentions[0].CharStart != nil {
			return true
		}
	}
	for _, l := range [][]charAt{p.Claims, p.Authors, p.Credits, p.Sentences} {
		if len(l) > 0 && l[0].CharStart != nil {
			return true
		}
	}
	return p.Dateline != nil && p.Dateline.CharStart != nil
}

// emptyIfNil returns s, or an empty slice for nil, which JSON writes as []
// rather than null.
func emptyIfNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// nilIfEmpty returns s, or nil for an empty slice, as the pipeline leaves
// an empty list.
func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}
