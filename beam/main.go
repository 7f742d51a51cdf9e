// Command saysobeam runs sayso over a corpus as an Apache Beam pipeline:
// it reads articles (a folder of .txt files, one article each, and JSON
// Lines files, one article a line, as corpus.Files reads them), extracts
// each with the sayso pipeline, gathers the results into one corpus view
// (package collection) and writes who said what as JSON Lines: one record
// per speaker and one per entity.
//
// It runs in process on Beam's prism runner by default:
//
//	go run . --input ../testdata/seeds --output /tmp/saysobeam.jsonl
//
// and on Flink, Spark or Dataflow with Beam's usual flags (--runner,
// --endpoint, --project, ...); see README.md.
//
// The corpus view is a Beam CombineFn whose accumulator is a
// collection.Collection, so the result is the one collection.Add and
// collection.Merge give in process, whatever the runner splits.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input  = flag.String("input", "", "articles: a local folder (its .txt and .jsonl files, walked as corpus.Files walks), a file, or a glob such as gs://bucket/news/*.jsonl")
	output = flag.String("output", "", "the JSON Lines file to write, local or on any Beam file system (gs://...)")
)

func main() {
	flag.Parse()
	// Init must come right after flag parsing: on a distributed runner
	// the same binary runs as the worker, and Init takes it there.
	beam.Init()
	if err := run(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "saysobeam:", err)
		os.Exit(1)
	}
}

// run builds the pipeline from the flags and runs it on the runner that
// --runner names, prism in process when none is given.
func run(ctx context.Context) error {
	if *input == "" || *output == "" {
		return fmt.Errorf("--input and --output are required")
	}
	p, s := beam.NewPipelineWithRoot()
	if err := build(s, *input, *output); err != nil {
		return err
	}
	if err := beamx.Run(ctx, p); err != nil {
		return fmt.Errorf("run: %w", err)
	}
	return nil
}
