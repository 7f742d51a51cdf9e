package entity

import (
	"sync"

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

// modelInput holds the sentences and tokens modelSpans gives the model,
// reused from document to document: building them anew for every
// document was a good part of the garbage a pass left.
type modelInput struct {
	doc  []model.Sentence
	flat []model.Token
}

var modelInputs = sync.Pool{New: func() any { return new(modelInput) }}

// release empties in, dropping the strings its tokens point to, and
// returns it to the pool, unless it grew past a window of words.
func (in *modelInput) release() {
	if cap(in.flat) > 2*modelWindow {
		return // one huge sentence: let the collector have it
	}
	clear(in.doc[:cap(in.doc)])
	clear(in.flat[:cap(in.flat)])
	in.doc, in.flat = in.doc[:0], in.flat[:0]
	modelInputs.Put(in)
}
