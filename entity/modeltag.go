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

func (t modelTagger) tag(sents []model.Sentence) [][]string { return t.m.Predict(sents) }

func (t modelTagger) common(word string) bool { return t.m.Common(word) }

// defaultTagger returns the embedded sequence model.
func defaultTagger() (tagger, error) {
	m, err := model.Default()
	if err != nil {
		return nil, err
	}
	return modelTagger{m}, nil
}
