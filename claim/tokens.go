package claim

import (
	"sort"
	"strings"
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
	if v.tags != nil && v.tags[i] != "" {
		t.Tag = v.tags[i]
	}
	return t
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
// out of range. Rules ask it of the same tokens again and again, so each
// token is lowered once, when first asked.
func (v *view) lower(i int) string {
	if i < 0 || i >= len(v.doc.Tokens) {
		return ""
	}
	if v.lowers == nil {
		v.lowers = make([]string, len(v.doc.Tokens))
	}
	if l := v.lowers[i]; l != "" {
		return l
	}
	v.lowers[i] = strings.ToLower(v.doc.Tokens[i].Norm)
	return v.lowers[i]
}

// isQuoteTok reports whether token i is a double quotation mark.
func (v *view) isQuoteTok(i int) bool {
	n := v.tok(i).Norm
	return n == `"` || n == "``" || n == "''"
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

// wordCount counts the words of s.
func wordCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// quoteMarks are the characters trimmed from the edges of a speaker.
const quoteMarks = "“”\"‘’'«»„"

// endPunct is sentence-final punctuation trimmed from reported content.
const endPunct = ".!?;:,"
