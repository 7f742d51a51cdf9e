package claim

import (
	"context"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// Extractor finds attributed statements. It is safe for concurrent use.
type Extractor struct {
	cfg config
}

type config struct{}

// Option configures an Extractor.
type Option func(*config)

// New returns an Extractor with the built-in cue lexicon.
func New(opts ...Option) (*Extractor, error) {
	x := &Extractor{}
	for _, o := range opts {
		o(&x.cfg)
	}
	return x, nil
}

// Extract returns the claims of doc in text order, their speakers resolved
// to the entities in ents where possible.
func (x *Extractor) Extract(ctx context.Context, doc *corpus.Document, ents []*entity.Entity) ([]Claim, error) {
	return nil, ctx.Err() // TODO(claim)
}
