package extract

import (
	"context"
	"fmt"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// Result is what sayso found in one article.
type Result struct {
	// Doc is the article laid out: text, paragraphs, sentences, tokens.
	Doc *corpus.Document
	// Entities are the canonical entities, in order of first mention.
	Entities []*entity.Entity
	// Claims are the attributed statements, in text order.
	Claims []claim.Claim
}

// Pipeline turns articles into Results. It is safe for concurrent use.
type Pipeline struct {
	cfg config
	ner *entity.Recognizer
	cx  *claim.Extractor
}

type config struct {
	withTokens bool
}

// Option configures a Pipeline.
type Option func(*config)

// New returns a Pipeline with the embedded models.
func New(opts ...Option) (*Pipeline, error) {
	p := &Pipeline{}
	for _, o := range opts {
		o(&p.cfg)
	}
	var err error
	if p.ner, err = entity.New(); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	if p.cx, err = claim.New(); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return p, nil
}

// Extract analyses one article.
func (p *Pipeline) Extract(ctx context.Context, a *corpus.Article) (*Result, error) {
	doc, err := corpus.Parse(ctx, a)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	ents, err := p.ner.Recognize(ctx, doc)
	if err != nil {
		return nil, fmt.Errorf("extract: %s: %w", a.ID, err)
	}
	claims, err := p.cx.Extract(ctx, doc, ents)
	if err != nil {
		return nil, fmt.Errorf("extract: %s: %w", a.ID, err)
	}
	return &Result{Doc: doc, Entities: ents, Claims: claims}, nil
}
