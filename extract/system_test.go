package extract_test

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/extract"
	"github.com/sayso/sayso/internal/eval"
)

// system returns the pipeline made with opts as package eval runs it.
func system(t *testing.T, opts ...extract.Option) eval.ExtractFunc {
	t.Helper()
	p, err := extract.New(opts...)
	require.NoError(t, err)
	return func(ctx context.Context, a *corpus.Article) ([]*entity.Entity, []claim.Claim, error) {
		res, err := p.Extract(ctx, a)
		if err != nil {
			return nil, nil, err
		}
		return res.Entities, res.Claims, nil
	}
}

// needCorpus skips the test in -short mode, or when the corpus at dir,
// beside the repository, is absent.
func needCorpus(t *testing.T, dir, what string) {
	t.Helper()
	if testing.Short() {
		t.Skipf("%s scoring skipped in -short mode", what)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s not found at %s", what, dir)
	}
}
