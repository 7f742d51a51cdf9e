package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
)

// readsCtx counts the reads of its Err, and is cancelled from the read
// numbered at on (never when at is 0). It serves one goroutine, as one
// Extract call does.
type readsCtx struct {
	context.Context
	reads, at int
}

func (c *readsCtx) Err() error {
	c.reads++
	if c.at > 0 && c.reads >= c.at {
		return context.Canceled
	}
	return nil
}

// TestCancelInsideOneParagraph checks that the pipeline reads its context
// all through a long article set in one paragraph, at least once per 4 KB
// of text (the work between two reads is then a few milliseconds, the
// time being linear in the text), and that a cancellation seen at any of
// those reads ends the call soon after with the context's error and no
// result.
func TestCancelInsideOneParagraph(t *testing.T) {
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	var b strings.Builder
	for b.Len() < 256<<10 {
		for _, p := range paths {
			text, err := os.ReadFile(p)
			require.NoError(t, err)
			b.WriteString(strings.Join(strings.Fields(string(text)), " ") + " ")
		}
	}
	a := &corpus.Article{ID: "long", Text: b.String()}
	p, err := New()
	require.NoError(t, err)

	whole := &readsCtx{Context: context.Background()}
	res, err := p.Extract(whole, a)
	require.NoError(t, err)
	require.NotEmpty(t, res.Claims)
	assert.GreaterOrEqual(t, whole.reads, len(a.Text)/(4<<10), "reads of the context")
	t.Logf("%d reads of the context for %d bytes", whole.reads, len(a.Text))

	for _, at := range []int{1, whole.reads / 4, whole.reads / 2, whole.reads * 3 / 4, whole.reads} {
		ctx := &readsCtx{Context: context.Background(), at: at}
		res, err := p.Extract(ctx, a)
		assert.Nil(t, res, "cancelled at read %d", at)
		assert.ErrorIs(t, err, context.Canceled, "cancelled at read %d", at)
		assert.LessOrEqual(t, ctx.reads-at, 8, "reads after the cancellation at read %d", at)
	}
}

// TestCancelReturnsAtOnce checks that a cancelled call returns the
// context's error without waiting for the analysis to read the context:
// here the analysis is held before its first step until the call has
// returned, so the call can only have returned on the cancellation itself.
func TestCancelReturnsAtOnce(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	held, release := make(chan struct{}), make(chan struct{})
	finished := make(chan struct{})
	p.hook = func(*corpus.Article) {
		close(held)
		<-release
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-held
		cancel()
	}()
	go func() {
		defer close(finished)
		res, err := p.Extract(ctx, &corpus.Article{ID: "a", Text: "Ana Ruiz said the bridge will open."})
		assert.Nil(t, res)
		assert.ErrorIs(t, err, context.Canceled)
		var ce *corpus.Error
		if assert.ErrorAs(t, err, &ce) {
			assert.Equal(t, "a", ce.ID)
		}
	}()
	<-finished // only a call that returns on the cancellation gets here
	close(release)
}
