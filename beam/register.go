package main

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/corpus"
)

// init registers the coders of the elements and the functions of the
// pipeline, before beam.Init: a worker finds them by name, and
// registered functions run without reflection.
func init() {
	beam.RegisterCoder(reflect.TypeFor[*collection.Collection](), encodeCollection, decodeCollection)
	beam.RegisterCoder(reflect.TypeFor[*corpus.Article](), encodeArticle, decodeArticle)
	register.DoFn3x1[context.Context, string, func(string, *corpus.Article), error](&readFn{})
	register.Emitter2[string, *corpus.Article]()
	register.Function4x0(pickArticle)
	register.Iter1[*corpus.Article]()
	register.Emitter1[*corpus.Article]()
	register.DoFn3x1[context.Context, *corpus.Article, func(*collection.Collection), error](&extractFn{})
	register.Emitter1[*collection.Collection]()
	register.Combiner1[*collection.Collection](&combineFn{})
	register.DoFn2x1[context.Context, *collection.Collection, error](&writeFn{})
	register.Function1x1(metadataPath)
}
