package entity

import (
	"github.com/sayso/sayso/entity/model"
)

// WithModel makes the Recognizer find mentions with m, a model trained by
// the caller (see package model), instead of the embedded one. A nil m
// keeps the embedded model.
func WithModel(m *model.Model) Option {
	return func(c *config) {
		if m != nil {
			c.tagger = modelTagger{m}
		}
	}
}

// modelTagger adapts a *model.Model to the tagger the Recognizer uses.
type modelTagger struct{ m *model.Model }

func (t modelTagger) tag(words, pos [][]string) [][]string {
	n := 0
	for _, ws := range words {
		n += len(ws)
	}
	flat := make([]model.Token, n)
	doc := make([]model.Sentence, len(words))
	at := 0
	for i, ws := range words {
		s := model.Sentence(flat[at : at+len(ws) : at+len(ws)])
		for j, w := range ws {
			s[j] = model.Token{Text: w, POS: pos[i][j]}
		}
		doc[i] = s
		at += len(ws)
	}
	return t.m.Predict(doc)
}

func (t modelTagger) common(word string) bool { return t.m.Common(word) }

// defaultTagger returns the embedded sequence model.
func defaultTagger() (tagger, error) {
	m, err := model.Default()
	if err != nil {
		return nil, err
	}
	return modelTagger{m}, nil
}
