package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// wordCase describes how a word is written; a phrase's case is the
// intersection of its words' cases.
type wordCase uint8

const (
	// capitalized: the first letter is upper case ("Nice", "NICE").
	capitalized wordCase = 1 << iota
	// allCaps: there are letters and none is lower case ("US").
	allCaps
	anyCase wordCase = capitalized | allCaps
)

// maxWords bounds the length of a phrase in words; longer entries are
// dropped, and Match never looks further ahead.
const maxWords = 8

// foldSpecial maps letters that NFD does not split into base + mark.
var foldSpecial = map[rune]string{
	'ß': "ss", 'ø': "o", 'Ø': "o", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th",
	'Þ': "th", 'ı': "i", 'ħ': "h", 'Ħ': "h",
}

// normWord appends to dst the matching key of one word or token: lower
// case, diacritics removed, typographic apostrophes and dashes made ASCII,
// periods and other punctuation dropped, and apostrophes or hyphens at
// either end trimmed. So "U.S." gives "us", "Zürich" "zurich" and
// "Sana’a" "sana'a", and a trailing possessive "'s" is dropped. wc tells whether w starts with a capital letter and
// whether it is all in capitals, which is how the acronym "US" is told
// from the word "us", and the city "Nice" from the word "nice".
func normWord(dst []byte, w string) (key []byte, wc wordCase) {
	start := len(dst)
	upper, lower := false, false
	first := true // no letter seen yet
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				if first {
					wc |= capitalized
				}
				upper, first = true, false
				dst = append(dst, c+'a'-'A')
			case c >= 'a' && c <= 'z':
				lower, first = true, false
				dst = append(dst, c)
			case c >= '0' && c <= '9', c == '\'', c == '-', c == '&':
				dst = append(dst, c)
			case c == '`':
				dst = append(dst, '\'')
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		seg := w[i : i+n]
		i += n
		switch {
		case r == utf8.RuneError:
			continue
		case r == '\u2018' || r == '\u2019' || r == '\u02BC' || r == '\u2032' || r == '\u02BB':
			dst = append(dst, '\'')
			continue
		case r == '\u2010' || r == '\u2011' || r == '\u2013' || r == '\u2014':
			dst = append(dst, '-')
			continue
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsUpper(r):
			if first {
				wc |= capitalized
			}
			upper, first = true, false
		case unicode.IsLower(r):
			lower, first = true, false
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			continue
		}
		if s, ok := foldSpecial[r]; ok {
			dst = append(dst, s...)
			continue
		}
		if d := norm.NFD.PropertiesString(seg).Decomposition(); len(d) > 0 {
			r, _ = utf8.DecodeRune(d)
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	// Trim apostrophes and hyphens at the ends: "Jesus'" is "jesus", and a
	// dash token becomes empty, which ends any phrase.
	key = dst[start:]
	for len(key) > 0 && (key[0] == '\'' || key[0] == '-') {
		key = key[1:]
	}
	for len(key) > 0 && (key[len(key)-1] == '\'' || key[len(key)-1] == '-') {
		key = key[:len(key)-1]
	}
	// A possessive the tokenizer left attached: "Russia's" is "russia".
	if n := len(key); n > 3 && key[n-2] == '\'' && key[n-1] == 's' {
		key = key[:n-2]
	}
	if upper && !lower {
		wc |= allCaps
	}
	return key, wc
}

// phraseWords splits a phrase into its normalized words, dropping words
// that are only punctuation ("Washington, D.C." gives "washington", "dc").
// wc is the case all the words share.
func phraseWords(phrase string) (words []string, wc wordCase) {
	wc = anyCase
	var buf []byte
	for f := range strings.FieldsSeq(phrase) {
		key, c := normWord(buf[:0], f)
		if len(key) == 0 {
			continue
		}
		words = append(words, string(key))
		wc &= c
	}
	if len(words) == 0 {
		return nil, 0
	}
	return words, wc
}

// abbreviations pairs words with their usual abbreviation in names.
var abbreviations = map[string]string{
	"saint": "st", "st": "saint", "mount": "mt", "mt": "mount", "fort": "ft", "ft": "fort",
}

// variants returns the spellings a phrase is stored under: as written,
// with its first word abbreviated or spelled out ("St. Petersburg", "Saint
// Petersburg"), with hyphenated words also split ("Guinea-Bissau", "Guinea
// Bissau"), and with apostrophes also dropped ("Sana'a", "Sanaa").
func variants(words []string) [][]string {
	out := [][]string{words}
	if a, ok := abbreviations[words[0]]; ok && len(words) > 1 {
		out = append(out, append([]string{a}, words[1:]...))
	}
	for _, v := range out[:len(out):len(out)] {
		if split := splitHyphens(v); split != nil {
			out = append(out, split)
		}
	}
	for _, v := range out[:len(out):len(out)] {
		if dropped := dropApostrophes(v); dropped != nil {
			out = append(out, dropped)
		}
	}
	return out
}

func splitHyphens(words []string) []string {
	var out []string
	changed := false
	for _, w := range words {
		if !strings.Contains(w, "-") {
			out = append(out, w)
			continue
		}
		changed = true
		for p := range strings.SplitSeq(w, "-") {
			if p != "" {
				out = append(out, p)
			}
		}
	}
	if !changed {
		return nil
	}
	return out
}

func dropApostrophes(words []string) []string {
	out := make([]string, len(words))
	changed := false
	for i, w := range words {
		out[i] = strings.ReplaceAll(w, "'", "")
		changed = changed || out[i] != w
	}
	if !changed {
		return nil
	}
	return out
}
