package ortho

import "unicode/utf8"

// IsASCII reports whether every byte of s is ASCII. Callers use it to skip
// work that only non-ASCII text needs (normalization, accent folding), so it
// looks at bytes and never decodes: invalid UTF-8 is not ASCII.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
