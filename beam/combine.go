package main

import (
	"bytes"
	"encoding/gob"
	"fmt"

	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/corpus"
)

// combineFn gathers the one-article collections of extractFn into one.
// Its accumulator is a collection.Collection: CreateAccumulator is
// collection.New, AddInput and MergeAccumulators are Collection.Merge, and
// the output is the accumulator. The collection's Merge gives the same
// state whatever the split and order of the articles, so the result is
// the one collection.Add gives in process over the same articles.
type combineFn struct{}

// CreateAccumulator returns an empty collection.
func (combineFn) CreateAccumulator() *collection.Collection { return collection.New() }

// AddInput merges a one-article collection into acc.
func (combineFn) AddInput(acc, c *collection.Collection) (*collection.Collection, error) {
	return acc, merge(acc, c)
}

// MergeAccumulators merges b into a.
func (combineFn) MergeAccumulators(a, b *collection.Collection) (*collection.Collection, error) {
	return a, merge(a, b)
}

// merge merges b into a. The articles were grouped by ID before, so a
// duplicate article here is a bug, not bad input.
func merge(a, b *collection.Collection) error {
	if err := a.Merge(b); err != nil {
		return fmt.Errorf("saysobeam: %w", err)
	}
	return nil
}

// encodeCollection encodes a collection as its Snapshot's JSON, which
// holds its whole state.
func encodeCollection(c *collection.Collection) ([]byte, error) { return c.MarshalJSON() }

// decodeCollection decodes what encodeCollection encoded.
func decodeCollection(b []byte) (*collection.Collection, error) {
	c := collection.New()
	if err := c.UnmarshalJSON(b); err != nil {
		return nil, err
	}
	return c, nil
}

// encodeArticle encodes an article with gob, which keeps its text byte
// for byte and its date with its zone.
func encodeArticle(a *corpus.Article) ([]byte, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(a); err != nil {
		return nil, fmt.Errorf("saysobeam: encode %s: %w", a.ID, err)
	}
	return buf.Bytes(), nil
}

// decodeArticle decodes what encodeArticle encoded.
func decodeArticle(b []byte) (*corpus.Article, error) {
	a := new(corpus.Article)
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a); err != nil {
		return nil, fmt.Errorf("saysobeam: decode article: %w", err)
	}
	return a, nil
}
