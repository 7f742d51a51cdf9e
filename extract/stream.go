package extract

import (
	"context"
	"iter"
	"slices"
	"sync"

	"github.com/sayso/sayso/corpus"
)

// All analyses a stream of articles on all workers and yields the results
// in input order. An article that fails yields a nil Result and its error,
// and the stream goes on; an error from the input stream is passed through
// the same way. Stopping the loop early, or cancelling ctx, stops the
// workers. It returns a single-use iterator.
func (p *Pipeline) All(ctx context.Context, articles iter.Seq2[*corpus.Article, error]) iter.Seq2[*Result, error] {
	return func(yield func(*Result, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()

		// Each job carries its own one-slot channel, and jobs are queued
		// in input order: reading the queue in order restores the order
		// whatever the workers' speed, and the queue's capacity bounds how
		// far the workers run ahead of the consumer.
		type job struct {
			a    *corpus.Article
			err  error
			done chan outcome
		}
		jobs := make(chan job)
		order := make(chan chan outcome, 2*p.cfg.workers)

		var wg sync.WaitGroup
		for range p.cfg.workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					if j.err != nil {
						j.done <- outcome{err: j.err}
						continue
					}
					r, err := p.Extract(ctx, j.a)
					j.done <- outcome{r, err}
				}
			}()
		}
		go func() {
			defer close(order)
			defer close(jobs)
			for a, err := range articles {
				done := make(chan outcome, 1)
				select {
				case order <- done:
				case <-ctx.Done():
					return
				}
				select {
				case jobs <- job{a, err, done}:
				case <-ctx.Done():
					done <- outcome{err: ctx.Err()}
					return
				}
			}
		}()
		defer wg.Wait()
		for done := range order {
			o := <-done
			if !yield(o.r, o.err) {
				cancel()
				for range order { // let the feeder finish
				}
				return
			}
		}
	}
}

type outcome struct {
	r   *Result
	err error
}

// ExtractAll analyses articles on all workers and returns their results in
// input order. Articles that fail leave a nil Result; their errors are
// collected in the returned corpus.ErrorList.
func (p *Pipeline) ExtractAll(ctx context.Context, articles []*corpus.Article) ([]*Result, error) {
	var errs corpus.ErrorList
	out := make([]*Result, 0, len(articles))
	i := 0
	for r, err := range p.All(ctx, seq2(slices.Values(articles))) {
		if err != nil {
			errs.Add(articles[i].ID, err)
		}
		out = append(out, r)
		i++
	}
	return out, errs.Err()
}

func seq2[T any](s iter.Seq[T]) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for v := range s {
			if !yield(v, nil) {
				return
			}
		}
	}
}
