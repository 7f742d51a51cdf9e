package postag

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/internal/ortho"
)

// The functions in this file are prose's (tag/tag.go, v3.2.3, MIT License,
// Copyright (c) 2017-2026 Joseph Kato), kept as they are: the model was
// trained on exactly these word forms, and any difference would change tags.

// noneRe matches Penn Treebank traces and elisions ("*-1", "*T*-2", "0"),
// which prose tags -NONE- without scoring. Every alternative starts with '0'
// or '*', which isTrace tests first to spare the regexp the ordinary word.
var noneRe = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)

// isTrace reports whether prose tags word -NONE-.
func isTrace(word string) bool {
	return word != "" && (word[0] == '0' || word[0] == '*') && noneRe.MatchString(word)
}

// isBracket reports whether word is a Penn Treebank bracket token such as
// -LRB-, which prose tags as itself: prose's `^\-[A-Z]{3}\-$`.
func isBracket(word string) bool {
	if len(word) != 5 || word[0] != '-' || word[4] != '-' {
		return false
	}
	for _, c := range []byte(word[1:4]) {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// suffix returns the last n bytes of w, or all of w if shorter.
func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

// appendNormal appends to b the form of word the model was trained
// against.
func appendNormal(b []byte, word string) []byte {
	if word == "" {
		return b
	}
	first := word[0]
	if first != '-' && strings.IndexByte(word, '-') >= 0 {
		return append(b, "!HYPHEN"...)
	}
	if len(word) == 4 && isDecimalInt(word) {
		return append(b, "!YEAR"...)
	}
	if first >= '0' && first <= '9' {
		return append(b, "!DIGITS"...)
	}
	return ortho.AppendLower(b, word)
}

// isNormal reports whether word is its own normalized form for a reason
// quicker to see than making that form: it is ASCII without capitals or
// hyphens, and starts with neither a digit nor a sign, so appendNormal
// would append it unchanged.
func isNormal(word string) bool {
	if word != "" && (word[0] >= '0' && word[0] <= '9' || word[0] == '+') {
		return false
	}
	for i := 0; i < len(word); i++ {
		if notNormal[word[i]] {
			return false
		}
	}
	return true
}

// notNormal marks the bytes that isNormal looks for anywhere in a word:
// capitals, the hyphen and the bytes of runes that are not ASCII, looked
// up rather than worked out since they are asked of every byte.
var notNormal = func() (set [256]bool) {
	for c := range 256 {
		set[c] = c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' || c == '-'
	}
	return set
}()

// isDecimalInt reports whether s is what strconv.Atoi would accept: an
// optional sign followed by at least one ASCII digit. Only ever called with
// len(s) == 4, so overflow is not a concern.
func isDecimalInt(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
