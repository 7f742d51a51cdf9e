package extract

import (
	"errors"
	"fmt"
	"runtime/debug"
)

// DefaultMaxBytes is the largest article a Pipeline analyses unless
// WithMaxBytes says otherwise: 16 MiB, far above any news article.
const DefaultMaxBytes = 16 << 20

var (
	// ErrTooLarge is returned for an article longer than the pipeline's
	// limit (WithMaxBytes).
	ErrTooLarge = errors.New("extract: article too large")
	// ErrPanic is wrapped by the error of an article whose analysis
	// panicked; errors.As with *PanicError gives the stack.
	ErrPanic = errors.New("extract: analysis panicked")
)

// WithMaxBytes sets the largest article, in bytes, that the pipeline
// analyses; a longer one returns an error wrapping ErrTooLarge and the
// stream goes on. n < 1 means DefaultMaxBytes.
func WithMaxBytes(n int) Option { return func(c *config) { c.maxBytes = n } }

// PanicError is the error of an article whose analysis panicked: a bug of
// sayso's, reported as that article's error so that a stream goes on.
type PanicError struct {
	// ID is the article's ID.
	ID string
	// Value is what the analysis panicked with.
	Value any
	// Stack is the goroutine's stack at the panic.
	Stack []byte
}

// Error gives the panic's value; the *corpus.Error around it names the
// article.
func (e *PanicError) Error() string {
	return fmt.Sprintf("extract: analysis panicked: %v", e.Value)
}

// Unwrap returns ErrPanic.
func (e *PanicError) Unwrap() error { return ErrPanic }

// recoverArticle turns a panic in the analysis of article id into a
// *PanicError in *err, wrapped in the *corpus.Error that names the
// article. It must be called by defer.
func recoverArticle(id string, res **Result, err *error) {
	if v := recover(); v != nil {
		*res, *err = nil, articleError(id, &PanicError{ID: id, Value: v, Stack: debug.Stack()})
	}
}
