package corpus

import (
	"strings"
	"unicode"
)

// maxTag is the longest HTML tag blankMarkup recognizes; a "<" with no
// ">" that close is text.
const maxTag = 1024

// blankMarkup returns s with its HTML markup blanked out byte for byte,
// so that markup never joins a token and every offset stays true: tags
// ("<p>", "</a>", `<tweet tweet-id="7">`, "<!-- … -->"), the contents of
// a script or style element closed on the same line, and character
// references ("&amp;", "&#8217;"). A "<" that a letter, "/" or "!" does
// not follow ("x < y") is text, as is an "&" that opens no reference.
func blankMarkup(s string) string {
	if strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '&') < 0 {
		return s
	}
	var b []byte // a copy made at the first markup found
	// unclosed holds the elements found unclosed: a later one is too, and
	// its closing tag is not looked for again.
	unclosed := map[string]bool{}
	blank := func(i, j int) {
		if b == nil {
			b = []byte(s)
		}
		for k := i; k < j; k++ {
			b[k] = ' '
		}
	}
	for i := 0; i < len(s); {
		n := 0
		switch s[i] {
		case '<':
			n = tagLen(s[i:])
			if n > 0 {
				if el := rawElement(s[i : i+n]); el != "" && !unclosed[el] {
					end := indexFold(s[i+n:], "</"+el)
					unclosed[el] = end < 0
					if end >= 0 {
						if close := tagLen(s[i+n+end:]); close > 0 {
							n += end + close // "<script>…</script>": the code too
						}
					}
				}
			}
		case '&':
			n = referenceLen(s[i:])
		}
		if n == 0 {
			i++
			continue
		}
		blank(i, i+n)
		i += n
	}
	if b == nil {
		return s
	}
	return string(b)
}

// tagLen returns the length of the HTML tag that opens s, or 0.
func tagLen(s string) int {
	if len(s) < 3 || s[0] != '<' {
		return 0
	}
	if c := s[1]; !(c == '/' || c == '!' || c == '?' || c < 0x80 && unicode.IsLetter(rune(c))) {
		return 0
	}
	for k := 1; k < len(s) && k < maxTag; k++ {
		switch s[k] {
		case '>':
			return k + 1
		case '<', '\n', '\r':
			return 0
		}
	}
	return 0
}

// rawElement returns "script" or "style" when tag opens that element,
// whose contents are code, not text.
func rawElement(tag string) string {
	for _, el := range [...]string{"script", "style"} {
		if len(tag) > len(el)+1 && strings.EqualFold(tag[1:1+len(el)], el) {
			if c := tag[1+len(el)]; c == '>' || c == ' ' || c == '\t' || c == '/' {
				return el
			}
		}
	}
	return ""
}

// indexFold is strings.Index of an ASCII needle, ignoring case.
func indexFold(s, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// referenceLen returns the length of the character reference that opens
// s ("&amp;", "&#8217;", "&#x2019;"), or 0.
func referenceLen(s string) int {
	k := 1
	digits, hex := false, false
	if len(s) > 1 && s[1] == '#' {
		k, digits = 2, true
		if len(s) > 2 && (s[2] == 'x' || s[2] == 'X') {
			k, hex = 3, true
		}
	}
	start := k
	for ; k < len(s) && k-start <= 32; k++ {
		c := s[k]
		ok := c >= '0' && c <= '9' ||
			hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') ||
			!digits && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
		if !ok {
			break
		}
	}
	if k == start || k >= len(s) || s[k] != ';' || !digits && !isLetterByte(s[start]) {
		return 0
	}
	return k + 1
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// markupOnly reports whether line s holds markup and, once it is blanked,
// no letter or digit: "<div class="ad">", "</p>", "<br/>".
func markupOnly(s string) bool {
	blanked := blankMarkup(s)
	if blanked == s {
		return false
	}
	return !strings.ContainsFunc(blanked, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// opensRawElement reports whether line s opens a script or style element
// that it does not close, so that the lines after it, up to the one that
// closes it, are code.
func opensRawElement(s string) (el string, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		if n := tagLen(s[i:]); n > 0 {
			if el := rawElement(s[i : i+n]); el != "" && indexFold(s[i+n:], "</"+el) < 0 {
				return el, true
			}
		}
	}
	return "", false
}
