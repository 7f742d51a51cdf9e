package ctxpoll_test

import (
	"context"
	"fmt"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// An inner loop asks Done on every step; the context is read only on
// the first step and every 64th after, so a cancellation is noticed
// within 64 steps at the cost of one read in 64.
func ExamplePoll_Done() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := ctxpoll.New(ctx)
	for step := range 1000 {
		if step == 10 {
			cancel() // say, the caller gave up
		}
		if p.Done() {
			fmt.Println("stopped at step", step)
			break
		}
	}
	fmt.Println("still done:", p.Done())

	var none *ctxpoll.Poll // a nil Poll is never done
	fmt.Println("nil poll done:", none.Done())
	// Output:
	// stopped at step 64
	// still done: true
	// nil poll done: false
}

// Check reads the context at once, for steps that each take long.
func ExamplePoll_Check() {
	ctx, cancel := context.WithCancel(context.Background())
	p := ctxpoll.New(ctx)
	fmt.Println(p.Check())
	cancel()
	fmt.Println(p.Check())
	// Output:
	// false
	// true
}
