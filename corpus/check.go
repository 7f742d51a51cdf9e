package corpus

import (
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/internal/ortho"
)

// binarySample is how many leading bytes Check inspects to tell text from
// binary data; a text file does not turn binary after its first 64 KiB.
const binarySample = 64 << 10

// Check tells whether a's text is usable, as every loader does before it
// yields an article. It returns nil for good text; an *Error wrapping
// ErrNoText for a nil article or blank text; one wrapping ErrBinary for NUL
// bytes or control-character soup; and one wrapping ErrInvalidUTF8, with
// the offset of the first bad byte, for text that is otherwise fine.
// Only ErrInvalidUTF8 leaves the article usable: Parse reads invalid bytes
// as gaps between words, and every offset stays valid.
func Check(a *Article) error {
	if a == nil {
		return ErrNoText
	}
	text := a.Text
	if strings.TrimFunc(text, ortho.IsSpace) == "" {
		return &Error{ID: a.ID, Offset: -1, Err: ErrNoText}
	}
	if off := binaryAt(text); off >= 0 {
		return &Error{ID: a.ID, Offset: int64(off), Err: ErrBinary}
	}
	if off := invalidUTF8At(text); off >= 0 {
		return &Error{ID: a.ID, Offset: int64(off), Err: ErrInvalidUTF8}
	}
	return nil
}

// binaryAt returns the offset of the first NUL or control byte when the
// sample looks like binary data, or -1. One NUL is enough: no text format
// sayso reads contains one. Otherwise more than one byte in ten must be a C0
// control (other than white space) or invalid UTF-8.
func binaryAt(text string) int {
	sample := text[:min(len(text), binarySample)]
	if i := strings.IndexByte(sample, 0); i >= 0 {
		return i
	}
	bad, first := 0, -1
	for i := 0; i < len(sample); {
		c := sample[i]
		n := 1
		switch {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v':
			bad++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(sample[i:])
			if r == utf8.RuneError && size == 1 && i+utf8.UTFMax <= len(sample) {
				bad++
			} else if r != utf8.RuneError {
				n = size
			}
		default:
			n = 1
		}
		if bad == 1 && first < 0 {
			first = i
		}
		i += n
	}
	if bad*10 > len(sample) {
		return first
	}
	return -1
}

// invalidUTF8At returns the offset of the first byte that is not part of a
// valid UTF-8 sequence, or -1.
func invalidUTF8At(text string) int {
	if utf8.ValidString(text) {
		return -1
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
