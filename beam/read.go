package main

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/sayso/sayso/corpus"
)

// Counters of the articles that do not reach the collection; a runner
// shows them with the job's metrics.
var (
	badInputs  = beam.NewCounter("sayso", "bad_inputs")
	duplicates = beam.NewCounter("sayso", "duplicate_articles")
)

// readFn reads the articles of one file, as corpus.Files reads a root that
// is a file: JSON Lines when its name ends in .jsonl, one article
// otherwise; a name ending in .gz is gunzipped first. Each article is
// keyed by its ID.
//
// A bad file or record (no text, binary data, invalid UTF-8, malformed
// JSON) is logged, counted as bad_inputs and skipped, as a corpus stream
// goes on after one. A failure to read the file is returned, so that the
// runner retries the bundle.
type readFn struct{}

// ProcessElement reads the file at path.
func (f *readFn) ProcessElement(ctx context.Context, path string, emit func(string, *corpus.Article)) error {
	rc, err := open(ctx, path)
	if err != nil {
		return err
	}
	defer rc.Close()
	name := strings.TrimSuffix(path, ".gz")
	if !strings.EqualFold(filepath.Ext(name), ".jsonl") {
		b, err := io.ReadAll(rc)
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		a, err := corpus.Read(bytes.NewReader(b), path)
		f.take(ctx, a, err, emit)
		return nil
	}
	r := &errReader{r: rc}
	for a, err := range corpus.Records(r, path) {
		if r.err != nil {
			break
		}
		f.take(ctx, a, err, emit)
	}
	if r.err != nil {
		return fmt.Errorf("read %s: %w", path, r.err)
	}
	return nil
}

// take emits a, or logs and counts err. An article that comes with an
// error (invalid UTF-8) is skipped too, as extract.Pipeline.All skips it,
// so that the corpus view is the one built in process over the same
// stream.
func (f *readFn) take(ctx context.Context, a *corpus.Article, err error, emit func(string, *corpus.Article)) {
	if err != nil {
		badInputs.Inc(ctx, 1)
		log.Warnf(ctx, "saysobeam: %v", err)
		return
	}
	emit(a.ID, a)
}

// open opens path on its Beam file system, gunzipping a .gz file.
func open(ctx context.Context, path string) (io.ReadCloser, error) {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer fsys.Close()
	rc, err := fsys.OpenRead(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if !strings.EqualFold(filepath.Ext(path), ".gz") {
		return rc, nil
	}
	zr, err := gzip.NewReader(rc)
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return readCloser{zr, rc}, nil
}

// readCloser reads a gzip stream and closes the file under it.
type readCloser struct {
	io.Reader
	io.Closer
}

// errReader remembers the error of a failed read, which corpus.Records
// reports as the last item of its stream like a bad record; the file must
// be read again instead.
type errReader struct {
	r   io.Reader
	err error
}

func (r *errReader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if err != nil && err != io.EOF {
		r.err = err
	}
	return n, err
}

// pickArticle emits one article of those that share an ID: the
// collection holds each article once. It keeps the same one whatever the
// order the runner gives them in (the least by text, then title and
// source), and counts the others as duplicate_articles.
func pickArticle(ctx context.Context, id string, articles func(**corpus.Article) bool, emit func(*corpus.Article)) {
	var best, a *corpus.Article
	n := 0
	for articles(&a) {
		n++
		if best == nil || cmp.Or(strings.Compare(a.Text, best.Text), strings.Compare(a.Title, best.Title), strings.Compare(a.Source, best.Source)) < 0 {
			best = a
		}
	}
	if n > 1 {
		duplicates.Inc(ctx, int64(n-1))
		log.Warnf(ctx, "saysobeam: %d articles with ID %q; one is kept", n, id)
	}
	if best != nil {
		emit(best)
	}
}
