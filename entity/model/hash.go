package model

import (
	"unicode"
	"unicode/utf8"
)

// Feature values are hashed with FNV-1a and combined with a template number
// through a splitmix64 finalizer; hashLower(s) == hashString(lower(s)), so
// document-level features can compare case forms without building strings.

const (
	fnvOffset = 14695981039421346656
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func hashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return hashByte(h, byte(r))
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		h = hashByte(h, b)
	}
	return h
}

// hashLower hashes the lower-case form of s.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = hashByte(h, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError {
			h = hashByte(h, s[i])
		} else {
			h = hashRune(h, unicode.ToLower(r))
		}
		i += n
	}
	return h
}

// hashTitle hashes s with its first rune upper-case and the rest lower-case.
func hashTitle(s string) uint64 {
	h := uint64(fnvOffset)
	first := true
	for _, r := range s {
		if first {
			r = unicode.ToUpper(r)
			first = false
		} else {
			r = unicode.ToLower(r)
		}
		h = hashRune(h, r)
	}
	return h
}

func mix(a, b uint64) uint64 {
	x := a*0x9E3779B97F4A7C15 ^ b
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}
