package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
)

// failed counts the articles whose extraction failed.
var failed = beam.NewCounter("sayso", "failed_articles")

// extractFn extracts one article with the sayso pipeline and emits a
// collection of that article alone. It emits a collection rather than the
// extract.Result because a Result holds the whole laid-out document,
// which Beam cannot encode and the collection does not need: the Result
// is reduced where it is made, and the combiner merges these one-article
// collections.
//
// An article that fails (too large, or a panic inside sayso) is logged,
// counted as failed_articles and skipped, as extract.Pipeline.All goes on
// after one.
type extractFn struct {
	// p is made once per DoFn instance, in Setup; a Pipeline is safe
	// for concurrent use and holds only its shared immutable models.
	p *extract.Pipeline
}

// Setup makes the sayso pipeline.
func (f *extractFn) Setup() error {
	p, err := extract.New()
	if err != nil {
		return fmt.Errorf("saysobeam: %w", err)
	}
	f.p = p
	return nil
}

// ProcessElement extracts a and emits its one-article collection.
func (f *extractFn) ProcessElement(ctx context.Context, a *corpus.Article, emit func(*collection.Collection)) error {
	res, err := f.p.Extract(ctx, a)
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if err != nil {
		failed.Inc(ctx, 1)
		log.Warnf(ctx, "saysobeam: %v", err) // err names the article
		return nil
	}
	c := collection.New()
	if err := c.Add(res); err != nil {
		return fmt.Errorf("saysobeam: %s: %w", a.ID, err)
	}
	emit(c)
	return nil
}
