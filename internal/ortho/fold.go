package ortho

import "strings"

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
