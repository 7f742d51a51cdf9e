package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// Read reads a whole article from r. The ID is id, Text is every byte read,
// unchanged; Title and Date are filled in only when the text itself gives
// them (see TitleOf and DateOf).
//
// Bad text is reported as Check reports it. For invalid UTF-8 Read returns
// the article and the error together, like a warning: the article is usable.
// For blank or binary input the article is nil.
func Read(r io.Reader, id string) (*Article, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, &Error{ID: id, Offset: int64(len(b)), Err: fmt.Errorf("corpus: read: %w", err)}
	}
	return newArticle(id, string(b))
}

// ReadFile reads the article in the file at path. Its ID is the path.
// Errors are those of Read, or an *Error wrapping the fs.PathError.
func ReadFile(path string) (*Article, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{ID: path, Offset: -1, Err: fmt.Errorf("corpus: %w", err)}
	}
	return newArticle(path, string(b))
}

// newArticle checks text and fills in what the text gives of the article.
func newArticle(id, text string) (*Article, error) {
	a := &Article{ID: id, Text: text}
	err := Check(a)
	if err != nil && !errors.Is(err, ErrInvalidUTF8) {
		return nil, err
	}
	a.Title = TitleOf(text)
	a.Date = DateOf(text)
	return a, err
}

// Files walks root recursively, in lexical order, and yields the articles of
// every *.txt file (one article each) and every *.jsonl file (one per
// record); other files in a folder are ignored. A root that is a file is
// read whatever its name: JSON Lines when it ends in .jsonl, one article
// otherwise (binary data is an error wrapping ErrBinary).
//
// A bad file or record yields a nil article (or, for invalid UTF-8, the
// article) with an *Error naming it, and the walk goes on; only the
// cancellation of ctx ends it early, with ctx's error. It returns a
// single-use iterator.
func Files(ctx context.Context, root string) iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		if fi, err := os.Stat(root); err == nil && !fi.IsDir() {
			if strings.EqualFold(filepath.Ext(root), ".jsonl") {
				yieldJSONLFile(ctx, root, yield)
			} else {
				yield(ReadFile(root))
			}
			return
		}
		walk := func(path string, de fs.DirEntry, err error) error {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			if err != nil {
				if !yield(nil, &Error{ID: path, Offset: -1, Err: fmt.Errorf("corpus: %w", err)}) {
					return fs.SkipAll
				}
				if de != nil && de.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if de.IsDir() {
				return nil
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".txt":
				if !yield(ReadFile(path)) {
					return fs.SkipAll
				}
			case ".jsonl":
				if !yieldJSONLFile(ctx, path, yield) {
					return fs.SkipAll
				}
			}
			return nil
		}
		if err := filepath.WalkDir(root, walk); err != nil && !errors.Is(err, fs.SkipAll) {
			yield(nil, fmt.Errorf("corpus: walk %s: %w", root, err))
		}
	}
}

// yieldJSONLFile streams the records of one JSON Lines file; it reports
// whether the caller wants more.
func yieldJSONLFile(ctx context.Context, path string, yield func(*Article, error) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(nil, &Error{ID: path, Offset: -1, Err: fmt.Errorf("corpus: %w", err)})
	}
	defer f.Close()
	for a, err := range Records(f, path) {
		if ctx.Err() != nil {
			return true // the walk reports the cancellation
		}
		if !yield(a, err) {
			return false
		}
	}
	return true
}

// ReadDir reads every article under root, as Files walks them. It returns
// the articles read, including those with invalid UTF-8, and an ErrorList
// (as an error) of the files and records that failed; the error is nil when
// there are none. A cancelled ctx stops the walk and returns ctx's error
// with the articles read so far.
func ReadDir(ctx context.Context, root string) ([]*Article, error) {
	return Collect(Files(ctx, root))
}

// Collect drains an article stream into a slice. Articles yielded together
// with an error (invalid UTF-8) are kept; per-article errors are gathered in
// an ErrorList, returned through its Err method. A context error ends
// collection and is returned as is.
func Collect(seq iter.Seq2[*Article, error]) ([]*Article, error) {
	var out []*Article
	var errs ErrorList
	for a, err := range seq {
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return out, err
		}
		if a != nil {
			out = append(out, a)
		}
		id := ""
		if a != nil {
			id = a.ID
		}
		errs.Add(id, err)
	}
	return out, errs.Err()
}
