package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
)

// build adds to s the pipeline that reads the articles of input, extracts
// them, combines the results into one collection and writes its records
// to output:
//
//	paths -> articles keyed by ID -> one article per ID -> one-article
//	collections -> one collection -> JSON Lines
//
// Grouping the articles by ID drops the duplicates that the collection
// would refuse, and spreads the articles of one big JSON Lines file over
// the workers before the costly step, the extraction.
func build(s beam.Scope, input, output string) error {
	paths, err := inputPaths(s, input)
	if err != nil {
		return err
	}
	keyed := beam.ParDo(s.Scope("Read"), &readFn{}, paths)
	articles := beam.ParDo(s.Scope("Dedup"), pickArticle, beam.GroupByKey(s, keyed))
	parts := beam.ParDo(s.Scope("Extract"), &extractFn{}, articles)
	view := beam.Combine(s.Scope("Collect"), &combineFn{}, parts)
	beam.ParDo0(s.Scope("Write"), &writeFn{Path: output}, view)
	return nil
}

// inputPaths returns the paths of the files to read. A local folder is
// walked now, as corpus.Files walks it: its .txt and .jsonl files at any
// depth, in lexical order. Anything else is a file or a glob that Beam's
// file systems match on the workers; a glob that matches nothing fails.
func inputPaths(s beam.Scope, input string) (beam.PCollection, error) {
	fi, err := os.Stat(input)
	if err != nil || !fi.IsDir() {
		matched := fileio.MatchFiles(s, input, fileio.MatchEmptyDisallow())
		return beam.ParDo(s, metadataPath, matched), nil
	}
	var paths []string
	err = filepath.WalkDir(input, func(path string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".txt", ".jsonl":
			if !de.IsDir() {
				paths = append(paths, path)
			}
		}
		return nil
	})
	if err != nil {
		return beam.PCollection{}, fmt.Errorf("walk %s: %w", input, err)
	}
	if len(paths) == 0 {
		return beam.PCollection{}, fmt.Errorf("no .txt or .jsonl file in %s", input)
	}
	return beam.CreateList(s, paths), nil
}

// metadataPath returns the path of a matched file.
func metadataPath(md fileio.FileMetadata) string { return md.Path }
