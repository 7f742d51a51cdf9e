// Package ctxpoll lets the inner loops of one analysis notice that its
// context is done, so that a cancelled call returns promptly even inside
// one huge paragraph, without reading the context on every step.
package ctxpoll

import "context"

// every is how many calls of Done share one read of the context.
const every = 64

// Poll reads a context once every 64 calls of Done and remembers when it
// is done. It serves one goroutine. A nil *Poll is never done.
type Poll struct {
	ctx context.Context
	n   int
	err error
}

// New returns a Poll of ctx.
func New(ctx context.Context) *Poll { return &Poll{ctx: ctx} }

// Done reports whether the context is done: it reads it on the first
// call and every 64th after, and once done stays done.
func (p *Poll) Done() bool {
	if p == nil {
		return false
	}
	if p.err == nil && p.n%every == 0 {
		p.err = p.ctx.Err()
	}
	p.n++
	return p.err != nil
}

// Check reads the context now, for steps that each take long, and
// reports whether it is done.
func (p *Poll) Check() bool {
	if p == nil {
		return false
	}
	if p.err == nil {
		p.err = p.ctx.Err()
	}
	return p.err != nil
}
