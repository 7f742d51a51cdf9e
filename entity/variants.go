package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/internal/ortho"
	"golang.org/x/text/unicode/norm"
)

// nameKey returns the words of a name as compared by the resolver: lower
// case, without diacritics, apostrophes, dots or a possessive ending,
// split at hyphens, with the particles and connectors that writers add or
// drop at will removed ("al-Rashid" and "Rashid", "van Dijk" and "De
// Dijk", "U.S." and "US" compare equal).
func nameKey(words []string) []string {
	out := make([]string, 0, len(words))
	for i, w := range words {
		if isPossessive(w) {
			continue
		}
		w = foldWord(w)
		if i == len(words)-1 {
			w = strings.TrimSuffix(w, "'s")
		}
		w = strings.ReplaceAll(w, "'", "")
		w = strings.ReplaceAll(w, ".", "")
		if !strings.ContainsAny(w, "- ") {
			// One part, as the general case below finds it without
			// splitting.
			if w != "" && (!keyDrop[w] || hyphenOnly[w]) {
				out = append(out, w)
			}
			continue
		}
		parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == ' ' })
		for k, p := range parts {
			// "as-Salam" loses its particle; "Ash Patel" keeps his name.
			if p == "" || keyDrop[p] && (len(parts) > 1 && k < len(parts)-1 || !hyphenOnly[p]) {
				continue
			}
			out = append(out, p)
		}
	}
	// A middle initial comes and goes: "Paul D. Ryan" and "Paul Ryan".
	if len(out) >= 3 {
		last, k := out[len(out)-1], 1
		for _, w := range out[1 : len(out)-1] {
			if len(w) != 1 {
				out[k] = w
				k++
			}
		}
		out = append(out[:k], last)
	}
	return slices.Clip(out)
}

// keyDrop are the words a name may gain or lose without naming something
// else.
var keyDrop = set(`al el ad as ash an at az de del della der di du da dos la le van von the of for and & y`)

// hyphenOnly are particles dropped only when joined by a hyphen: as a
// word of their own they are names ("Ash", "As").
var hyphenOnly = set(`ad as ash an at az`)

// foldWord lower-cases w and strips its diacritics.
func foldWord(w string) string {
	w = strings.ToLower(w)
	if ortho.IsASCII(w) {
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// appendSkeleton appends to dst a key word reduced to its consonants after
// the first letter, without doubled letters, so that transliteration
// variants meet: "yuri" and "yury" -> "yr", "nour" and "noor" -> "nr".
// variantOf compares skeletons in stack buffers, without allocating.
func appendSkeleton(dst []byte, w string) []byte {
	var prev rune
	for i, r := range w {
		if i > 0 && strings.ContainsRune("aeiouy", r) {
			continue
		}
		if r != prev {
			dst = utf8.AppendRune(dst, r)
		}
		prev = r
	}
	return dst
}

// variantOf reports whether two keys of the same length name the same
// thing under transliteration: every word has the same skeleton, at least
// one word is spelled the same, and the differing words are not short.
func variantOf(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	same := 0
	var sa, sb [64]byte
	for i := range a {
		switch {
		case a[i] == b[i]:
			same++
		case len(a[i]) < 4 || len(b[i]) < 4 || a[i][0] != b[i][0] ||
			string(appendSkeleton(sa[:0], a[i])) != string(appendSkeleton(sb[:0], b[i])):
			return false
		}
	}
	return same > 0
}

// initials returns the first letters of the key words of a multi-word name
// ("Liwa Fajr al-Din" -> "lfd"), or "" for a one-word name.
func initials(key []string) string {
	if len(key) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range key {
		for _, r := range w {
			b.WriteRune(r)
			break
		}
	}
	return b.String()
}

// acronymKey returns the letters of an acronym mention ("U.N." -> "un",
// "LNH" -> "lnh"), or "" when the text is not written in capitals.
func acronymKey(text string) string {
	t := strings.ReplaceAll(text, ".", "")
	if n := len([]rune(t)); n < 2 || n > 6 || !ortho.Uppercase(t) || strings.ContainsAny(t, " -'") {
		return ""
	}
	return strings.ToLower(t)
}

// containsRun reports whether short appears as a contiguous run in long,
// and where it ends.
func containsRun(long, short []string) (end int, ok bool) {
	for i := 0; i+len(short) <= len(long); i++ {
		match := true
		for j := range short {
			if long[i+j] != short[j] {
				match = false
				break
			}
		}
		if match {
			return i + len(short), true
		}
	}
	return 0, false
}
