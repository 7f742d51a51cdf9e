package extract

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
)

func TestTooLarge(t *testing.T) {
	p, err := New(WithMaxBytes(1000))
	require.NoError(t, err)
	_, err = p.Extract(context.Background(), &corpus.Article{ID: "big", Text: strings.Repeat("Ana Ruiz said the bridge will open. ", 100)})
	require.ErrorIs(t, err, ErrTooLarge)
	var ce *corpus.Error
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, "big", ce.ID)
	assert.Equal(t, "big: extract: article too large: 3600 bytes, more than 1000", err.Error())
	res, err := p.Extract(context.Background(), &corpus.Article{ID: "small", Text: "Ana Ruiz said the bridge will open."})
	require.NoError(t, err)
	assert.NotEmpty(t, res.Claims)

	d, err := New()
	require.NoError(t, err)
	assert.Equal(t, DefaultMaxBytes, d.cfg.maxBytes)
}

// TestPanicIsOneArticlesError checks that a panic in one article's
// analysis is that article's error, with its stack, and that the stream
// goes on to the next article.
func TestPanicIsOneArticlesError(t *testing.T) {
	p, err := New(WithWorkers(2))
	require.NoError(t, err)
	p.hook = func(a *corpus.Article) {
		if a.ID == "bad" {
			panic("boom")
		}
	}
	arts := []*corpus.Article{
		{ID: "a", Text: "Ana Ruiz said the bridge will open."},
		{ID: "bad", Text: "Tom Baker said the road will close."},
		{ID: "c", Text: "Omar Haddad said the port will reopen."},
	}
	res, err := p.ExtractAll(context.Background(), arts)
	require.Error(t, err)
	var pe *PanicError
	require.True(t, errors.As(err, &pe), "%v", err)
	assert.ErrorIs(t, err, ErrPanic)
	assert.Equal(t, "bad", pe.ID)
	assert.Equal(t, "bad: extract: analysis panicked: boom", err.Error(), "the batch's error names the article once")
	assert.Equal(t, "boom", pe.Value)
	assert.Contains(t, string(pe.Stack), "guard_test.go")
	require.Len(t, res, 3)
	assert.NotNil(t, res[0])
	assert.Nil(t, res[1])
	assert.NotNil(t, res[2], "the stream goes on after the panic")
}

// TestCancelledNeverReturnsAResult checks that a call cancelled before it
// ends returns ctx's error and no result, and does so promptly.
func TestCancelledNeverReturnsAResult(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	p.hook = func(*corpus.Article) { cancel() } // cancelled once the analysis is under way
	res, err := p.Extract(ctx, &corpus.Article{ID: "a", Text: "Ana Ruiz said the bridge will open."})
	assert.Nil(t, res)
	assert.ErrorIs(t, err, context.Canceled)

	p.hook = nil
	ctx, cancel = context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	var got []error
	for _, err := range p.All(ctx, seq2(slices.Values([]*corpus.Article{{ID: "a", Text: "Ana Ruiz said so."}}))) {
		got = append(got, err)
	}
	for _, err := range got {
		assert.ErrorIs(t, err, context.DeadlineExceeded)
	}
}
