package collection_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
	"github.com/sayso/sayso/internal/eval"
)

// pipeline is one default pipeline for the whole test binary.
var pipeline = sync.OnceValues(func() (*extract.Pipeline, error) { return extract.New() })

// seedRun is the pipeline's Result on one seed, with its gold answers.
type seedRun struct {
	seed eval.Seed
	res  *extract.Result
}

// seedRuns runs the default pipeline once over the five seeds; the
// Results are shared, read-only, by the tests.
var seedRuns = sync.OnceValues(func() ([]seedRun, error) {
	seeds, err := eval.LoadSeeds("../testdata/gold", "../testdata/seeds")
	if err != nil {
		return nil, err
	}
	var runs []seedRun
	for _, s := range seeds {
		a, err := corpus.Read(strings.NewReader(s.Text), s.Name)
		if err != nil {
			return nil, err
		}
		res, err := extractOne(a)
		if err != nil {
			return nil, err
		}
		runs = append(runs, seedRun{s, res})
	}
	return runs, nil
})

// reprintRuns runs the default pipeline once over the articles of
// testdata/reprints, invented outlets printing the same quotations; each
// article's ID is its file name.
var reprintRuns = sync.OnceValues(func() ([]*extract.Result, error) {
	paths, err := filepath.Glob("testdata/reprints/*.txt")
	if err != nil {
		return nil, err
	}
	var out []*extract.Result
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		a, err := corpus.Read(strings.NewReader(string(b)), filepath.Base(p))
		if err != nil {
			return nil, err
		}
		res, err := extractOne(a)
		if err != nil {
			return nil, err
		}
		out = append(out, res)
	}
	return out, nil
})

func extractOne(a *corpus.Article) (*extract.Result, error) {
	p, err := pipeline()
	if err != nil {
		return nil, err
	}
	return p.Extract(context.Background(), a)
}

// seedResults returns the seeds' Results.
func seedResults(t testing.TB) []*extract.Result {
	t.Helper()
	runs, err := seedRuns()
	require.NoError(t, err)
	require.Len(t, runs, 5)
	out := make([]*extract.Result, len(runs))
	for i, r := range runs {
		out[i] = r.res
	}
	return out
}

// build adds results to a new collection.
func build(t testing.TB, results ...*extract.Result) *collection.Collection {
	t.Helper()
	c := collection.New()
	for _, r := range results {
		require.NoError(t, c.Add(r))
	}
	return c
}

// renamed returns a copy of r whose article has another ID; the rest is
// shared with r.
func renamed(r *extract.Result, id string) *extract.Result {
	a := *r.Doc.Article
	a.ID = id
	d := *r.Doc
	d.Article = &a
	out := *r
	out.Doc = &d
	return &out
}

// entitiesNamed returns the snapshot's entities of which name is a name
// or an alias, folded as a reader would: case aside.
func entitiesNamed(s *collection.Snapshot, name string) []collection.Entity {
	var out []collection.Entity
	for _, e := range s.Entities {
		hit := false
		for n := range e.Names {
			hit = hit || strings.EqualFold(n, name)
		}
		for _, a := range e.Aliases {
			hit = hit || strings.EqualFold(a, name)
		}
		if hit {
			out = append(out, e)
		}
	}
	return out
}
