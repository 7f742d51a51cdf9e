package entity

import (
	"context"

	"github.com/sayso/sayso/corpus"
)

// Recognizer finds entity mentions in a document and merges them into
// canonical entities. It is safe for concurrent use.
type Recognizer struct {
	cfg config
}

type config struct{}

// Option configures a Recognizer.
type Option func(*config)

// New returns a Recognizer using the embedded model and gazetteers.
func New(opts ...Option) (*Recognizer, error) {
	r := &Recognizer{}
	for _, o := range opts {
		o(&r.cfg)
	}
	return r, nil
}

// Recognize returns the canonical entities of doc, in order of first mention.
func (r *Recognizer) Recognize(ctx context.Context, doc *corpus.Document) ([]*Entity, error) {
	return nil, ctx.Err() // TODO(entity)
}
