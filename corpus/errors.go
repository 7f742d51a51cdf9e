package corpus

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// The sentinel errors of this package. Test for them with errors.Is: loaders
// wrap them in an *Error that names the article and the byte offset.
var (
	// ErrNoText is returned for a nil article or one with no text (empty or
	// only white space).
	ErrNoText = errors.New("corpus: no text")
	// ErrInvalidUTF8 reports bytes that are not UTF-8. It is a warning: the
	// article is still returned, and Parse treats the bad bytes as gaps.
	ErrInvalidUTF8 = errors.New("corpus: invalid UTF-8")
	// ErrBinary reports input that is not text at all (NUL bytes or mostly
	// control characters). The article is dropped.
	ErrBinary = errors.New("corpus: binary data, not text")
	// ErrRecord reports a JSON Lines record that cannot be decoded.
	ErrRecord = errors.New("corpus: bad record")
)

// Error is an error about one article or record: which one, where in its
// bytes, and what went wrong. Offset is a byte offset into the article's text
// (for ErrInvalidUTF8) or into the input stream (for ErrRecord), like
// json.SyntaxError.Offset; it is -1 when no position applies.
type Error struct {
	// ID names the article or record ("path", "path:line").
	ID string
	// Offset is the byte offset of the problem, or -1.
	Offset int64
	// Err is the underlying error, usually one of the sentinels.
	Err error
}

// Error formats the error as "id: offset N: message".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.ID)
	if e.Offset >= 0 {
		fmt.Fprintf(&b, ": offset %d", e.Offset)
	}
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("corpus: error")
	}
	return b.String()
}

// Unwrap returns the underlying error, so errors.Is(err, ErrInvalidUTF8)
// works through an *Error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList collects the errors of a batch, one per bad article or record,
// as go/scanner.ErrorList does. The zero value is an empty list ready to use.
// An ErrorList is not safe for concurrent use.
type ErrorList []*Error

// Add appends err to the list. An *Error is kept as is; any other error is
// wrapped with the given ID and an offset of -1. A nil err is ignored.
func (l *ErrorList) Add(id string, err error) {
	if err == nil {
		return
	}
	var e *Error
	if !errors.As(err, &e) {
		e = &Error{ID: id, Offset: -1, Err: err}
	}
	*l = append(*l, e)
}

// Len returns the number of errors.
func (l ErrorList) Len() int { return len(l) }

// Sort orders the list by ID, then by offset.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].ID != l[j].ID {
			return l[i].ID < l[j].ID
		}
		return l[i].Offset < l[j].Offset
	})
}

// Error returns the first error and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "corpus: no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Unwrap returns the errors of the list, so that errors.Is and errors.As
// look through all of them.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// Err returns l as an error, or nil when the list is empty. Return it, not
// the list itself, so that an empty list is a nil error.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
