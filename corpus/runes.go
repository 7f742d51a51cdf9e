package corpus

import "unicode/utf8"

func decodeRune(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		n = 1
	}
	return r, n
}

func decodeLastRune(s string) (rune, int) {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == 0 {
		n = 1
	}
	return r, n
}
