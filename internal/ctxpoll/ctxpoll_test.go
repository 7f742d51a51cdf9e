package ctxpoll

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPoll(t *testing.T) {
	var never *Poll
	assert.False(t, never.Done())

	ctx, cancel := context.WithCancel(context.Background())
	p := New(ctx)
	assert.False(t, p.Done(), "the first call reads the context")
	cancel()
	for range every - 1 {
		assert.False(t, p.Done(), "read again only on the 64th call")
	}
	assert.True(t, p.Done())
	assert.True(t, p.Done(), "done for good")

	p = New(ctx)
	assert.True(t, p.Done(), "a context done before the first call")

	live, stop := context.WithCancel(context.Background())
	p = New(live)
	p.Done()
	stop()
	assert.True(t, p.Check(), "Check reads the context at once")
	assert.False(t, never.Check())
}
