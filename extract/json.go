package extract

import (
	"encoding/json"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// wireResult is the JSON shape of a Result, documented in the README.
type wireResult struct {
	Doc       string            `json:"doc"`
	Entities  []*entity.Entity  `json:"entities"`
	Claims    []claim.Claim     `json:"claims"`
	Authors   []corpus.Name     `json:"authors"`
	Credits   []corpus.Name     `json:"credits"`
	Dateline  *corpus.Dateline  `json:"dateline,omitempty"`
	Sentences []corpus.Sentence `json:"sentences,omitempty"`
	Tokens    []corpus.Token    `json:"tokens,omitempty"`
}

// MarshalJSON encodes r in the shape the README documents: the article's
// ID, its entities and its claims, its authors, credits and dateline, with
// every offset a byte offset into the article text as read. Sentences and tokens are included when the
// pipeline was built WithLayout(true).
func (r *Result) MarshalJSON() ([]byte, error) {
	w := wireResult{Entities: r.Entities, Claims: r.Claims, Authors: r.Authors, Credits: r.Credits}
	if w.Entities == nil {
		w.Entities = []*entity.Entity{}
	}
	if w.Claims == nil {
		w.Claims = []claim.Claim{}
	}
	if w.Authors == nil {
		w.Authors = []corpus.Name{}
	}
	if w.Credits == nil {
		w.Credits = []corpus.Name{}
	}
	if r.Dateline.Len() > 0 {
		w.Dateline = &r.Dateline
	}
	if r.Doc != nil {
		if r.Doc.Article != nil {
			w.Doc = r.Doc.Article.ID
		}
		if r.layout {
			w.Sentences, w.Tokens = r.Doc.Sentences, r.Doc.Tokens
		}
	}
	return json.Marshal(w)
}
