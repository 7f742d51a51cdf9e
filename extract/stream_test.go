package extract_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
)

func articles(n int) []*corpus.Article {
	out := make([]*corpus.Article, n)
	for i := range out {
		out[i] = &corpus.Article{
			ID:   fmt.Sprintf("a%d", i),
			Text: fmt.Sprintf("Article %d. “We will meet again in %d days,” the mayor said.", i, i),
		}
	}
	return out
}

func TestAllKeepsInputOrder(t *testing.T) {
	p, err := extract.New(extract.WithWorkers(4))
	require.NoError(t, err)
	in := articles(40)
	res, err := p.ExtractAll(context.Background(), in)
	require.NoError(t, err)
	require.Len(t, res, len(in))
	for i, r := range res {
		require.NotNil(t, r)
		assert.Equal(t, in[i].ID, r.Doc.Article.ID)
	}
}

func TestAllPassesErrorsAndGoesOn(t *testing.T) {
	p, err := extract.New()
	require.NoError(t, err)
	bad := errors.New("unreadable")
	in := func(yield func(*corpus.Article, error) bool) {
		_ = yield(&corpus.Article{ID: "ok1", Text: "Paris is calm."}, nil) &&
			yield(nil, bad) &&
			yield(&corpus.Article{ID: "empty"}, nil) &&
			yield(&corpus.Article{ID: "ok2", Text: "Rome is calm."}, nil)
	}
	var ids []string
	var errs []error
	for r, err := range p.All(context.Background(), iter.Seq2[*corpus.Article, error](in)) {
		errs = append(errs, err)
		if r != nil {
			ids = append(ids, r.Doc.Article.ID)
		}
	}
	require.Len(t, errs, 4)
	assert.NoError(t, errs[0])
	assert.ErrorIs(t, errs[1], bad)
	assert.ErrorIs(t, errs[2], corpus.ErrNoText)
	assert.NoError(t, errs[3])
	assert.Equal(t, []string{"ok1", "ok2"}, ids)
}

func TestAllStopsEarly(t *testing.T) {
	p, err := extract.New(extract.WithWorkers(2))
	require.NoError(t, err)
	n := 0
	for _, err := range p.All(context.Background(), seq(articles(50))) {
		require.NoError(t, err)
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n)
}

func TestAllHonoursCancel(t *testing.T) {
	p, err := extract.New()
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for r, err := range p.All(ctx, seq(articles(5))) {
		assert.Nil(t, r)
		assert.ErrorIs(t, err, context.Canceled)
	}
}

func TestResultJSONShape(t *testing.T) {
	p, err := extract.New()
	require.NoError(t, err)
	a := &corpus.Article{ID: "j1", Text: "“We are nearly there,” Maria Lopez said in Madrid on Friday."}
	r, err := p.Extract(context.Background(), a)
	require.NoError(t, err)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, "j1", got["doc"])
	assert.Contains(t, got, "entities")
	assert.Contains(t, got, "claims")
	assert.NotContains(t, got, "tokens")

	p2, err := extract.New(extract.WithLayout(true))
	require.NoError(t, err)
	r2, err := p2.Extract(context.Background(), a)
	require.NoError(t, err)
	b2, err := json.Marshal(r2)
	require.NoError(t, err)
	assert.Contains(t, string(b2), `"tokens":[`)
	assert.Contains(t, string(b2), `"sentences":[`)
}

func seq(as []*corpus.Article) iter.Seq2[*corpus.Article, error] {
	return func(yield func(*corpus.Article, error) bool) {
		for _, a := range as {
			if !yield(a, nil) {
				return
			}
		}
	}
}
