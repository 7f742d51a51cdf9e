package ortho

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldBuf is the longest word that Lookup lowers on the stack.
const foldBuf = 64

// Lookup returns m[strings.ToLower(w)]. For ASCII words of up to 64 bytes,
// which most words are, it lowers them in a buffer on the stack, so that a
// capitalized word is looked up without allocating a lower-case copy.
func Lookup[V any](m map[string]V, w string) (V, bool) {
	if len(w) > foldBuf || !IsASCII(w) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	var buf [foldBuf]byte
	b := buf[:len(w)]
	for i := range len(w) {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	v, ok := m[string(b)] // the compiler does not allocate for this conversion
	return v, ok
}

// AppendLower appends strings.ToLower(w) to dst without allocating a copy:
// ASCII capitals are lowered byte by byte, other runes by unicode.ToLower,
// and a byte that is not UTF-8 becomes U+FFFD, as strings.ToLower makes it.
func AppendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}
