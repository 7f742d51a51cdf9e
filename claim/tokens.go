package claim

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
)

// tok returns token i, or the zero Token when i is out of range.
func (v *view) tok(i int) corpus.Token {
	if i < 0 || i >= len(v.doc.Tokens) {
		return corpus.Token{}
	}
	t := v.doc.Tokens[i]
	if v.tags != nil && v.tags[i] != kept {
		t.Tag = retagged[v.tags[i]]
	}
	return t
}

// tag returns the tag of token i, corrected (see retag), or "" when i is
// out of range: tok(i).Tag without the copy of the token.
func (v *view) tag(i int) string {
	if i < 0 || i >= len(v.doc.Tokens) {
		return ""
	}
	if v.tags != nil && v.tags[i] != kept {
		return retagged[v.tags[i]]
	}
	return v.doc.Tokens[i].Tag
}

// norm returns the Norm of token i, or "" when i is out of range.
func (v *view) norm(i int) string {
	if i < 0 || i >= len(v.doc.Tokens) {
		return ""
	}
	return v.doc.Tokens[i].Norm
}

// tokAt returns the index of the first token starting at or after off.
func (v *view) tokAt(off int) int {
	return sort.Search(len(v.doc.Tokens), func(i int) bool { return v.doc.Tokens[i].Start >= off })
}

// tokEndingBy returns the index past the last token ending at or before off.
func (v *view) tokEndingBy(off int) int {
	return sort.Search(len(v.doc.Tokens), func(i int) bool { return v.doc.Tokens[i].End > off })
}

// span covers tokens [a, b).
func (v *view) span(a, b int) corpus.Span {
	if a >= b || a < 0 || b > len(v.doc.Tokens) {
		return corpus.Span{}
	}
	return corpus.Span{Start: v.doc.Tokens[a].Start, End: v.doc.Tokens[b-1].End}
}

// sentOf returns the sentence index that contains token i.
func (v *view) sentOf(i int) int { return v.tok(i).Sentence }

// lower returns the normalized lower-case form of token i, or "" when i is
// out of range.
func (v *view) lower(i int) string {
	if i < 0 || i+1 >= len(v.lowAt) {
		return ""
	}
	return v.lowText[v.lowAt[i]:v.lowAt[i+1]]
}

// lowerTokens returns the lower-case forms of the Norms of toks, one after
// another in one string, and where each token's starts in it: token i's
// form runs from at[i] to at[i+1]. Rules ask the lower-case form of the
// same tokens again and again; two allocations a document hold them all,
// where a string each would cost 16 bytes a token and an allocation a
// capitalized one, and reading a form reads neither the token nor its
// Norm. size is about the forms' length (the text's), which saves the
// text its regrowth. The offsets are int32: a document's text is far below
// 2 GB.
func lowerTokens(toks []corpus.Token, size int) (text string, at []int32) {
	at = make([]int32, len(toks)+1)
	var b strings.Builder
	b.Grow(size)
	for i := range toks {
		switch norm := toks[i].Norm; {
		case !hasCapital(norm):
			b.WriteString(norm)
		case ortho.IsASCII(norm):
			for j := range len(norm) {
				c := norm[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
		default:
			b.WriteString(strings.ToLower(norm))
		}
		at[i+1] = int32(b.Len())
	}
	return b.String(), at
}

// hasCapital reports whether strings.ToLower changes s: whether it has a
// capital from A to Z or, if it is not ASCII, any letter with a lower
// case.
func hasCapital(s string) bool {
	for i := range len(s) {
		if c := s[i]; c >= utf8.RuneSelf {
			return strings.ToLower(s) != s
		} else if 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// isQuoteTok reports whether token i is a double quotation mark.
func (v *view) isQuoteTok(i int) bool {
	n := v.norm(i)
	return n == `"` || n == "``" || n == "''"
}

// isMark reports a token made of quotation marks alone, straight or
// curly.
func (v *view) isMark(i int) bool {
	t := v.tok(i).Text
	return t != "" && strings.Trim(t, quoteMarks) == ""
}

// isVerb reports a verb tag.
func isVerb(tag string) bool { return strings.HasPrefix(tag, "VB") || tag == "MD" }

// isFinite reports a finite verb tag.
func isFinite(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// trimSpace narrows s past white space in text. White space here leaves
// out the zero-width joiners, as claim always has: see
// ortho.IsSpaceExceptJoiners.
func trimSpace(text string, s corpus.Span) corpus.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !ortho.IsSpaceExceptJoiners(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !ortho.IsSpaceExceptJoiners(r) {
			break
		}
		s.End -= n
	}
	return s
}

// trimPunct narrows s past white space and the given punctuation at both
// ends.
func trimPunct(text string, s corpus.Span, cut string) corpus.Span {
	for {
		s = trimSpace(text, s)
		if s.Len() == 0 {
			return s
		}
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if strings.ContainsRune(cut, r) {
			s.Start += n
			continue
		}
		r, n = utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if strings.ContainsRune(cut, r) {
			s.End -= n
			continue
		}
		return s
	}
}

// trimEnd narrows s past white space and final punctuation only.
func trimEnd(text string, s corpus.Span, cut string) corpus.Span {
	s = trimSpace(text, s)
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !strings.ContainsRune(cut, r) && !ortho.IsSpaceExceptJoiners(r) {
			break
		}
		s.End -= n
	}
	return s
}

// wordCount counts the words of s: the runs of runes that are not white
// space (unicode.IsSpace), as strings.Fields splits them. An ASCII byte is
// tested without decoding it: the detectors count the words of most
// paragraphs.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r' // unicode.IsSpace's ASCII spaces
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		switch {
		case space:
			in = false
		case !in:
			in = true
			n++
		}
	}
	return n
}

// quoteMarks are the characters trimmed from the edges of a speaker.
const quoteMarks = "“”\"‘’'«»„"

// endPunct is sentence-final punctuation trimmed from reported content.
const endPunct = ".!?;:,"
