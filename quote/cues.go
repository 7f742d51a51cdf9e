package quote

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// cueClause reports whether text[i:end] starts, after white space, with a
// short speech clause such as "he said", "said Baker", "the minister told
// reporters" or "according to": a speech verb first, or a subject of at
// most five words (not starting with a conjunction) and then a speech verb.
// It reads no further than the next punctuation that is not inside a word,
// so scanning every comma of a text stays linear.
func cueClause(text string, i, end int) bool {
	for n := 0; n < 6; n++ {
		for i < end {
			r, sz := utf8.DecodeRuneInString(text[i:end])
			if !ortho.IsSpace(r) {
				break
			}
			i += sz
		}
		start := i
		for i < end {
			r, sz := utf8.DecodeRuneInString(text[i:end])
			if isWordRune(r) || i > start && (r == '-' || r == '.' || r == '\'' || r == '’') {
				i += sz
				continue
			}
			break
		}
		if i == start {
			return false
		}
		w := lower(strings.TrimRight(text[start:i], ".'’"))
		if speechVerb(w) {
			return true
		}
		if conjunction(w) {
			return false
		}
		if i < end {
			if r, _ := utf8.DecodeRuneInString(text[i:end]); !ortho.IsSpace(r) {
				return false // punctuation: the clause ended without a cue
			}
		}
	}
	return false
}

// cueAfter reports whether quotation q is followed by a speech cue: its
// content ends with , ? or ! or a comma follows the closing mark, and a
// speech clause comes next.
func cueAfter(text string, q *Quote, end int) bool {
	last, _ := utf8.DecodeLastRuneInString(text[q.Inner.Start:q.Inner.End])
	punct := last == ',' || last == '?' || last == '!'
	j := q.Span.End
	if j < end && text[j] == ',' {
		punct = true
		j++
	}
	return punct && cueClause(text, j, end)
}

// cueBefore reports whether the quotation opening at pos follows a colon
// or a speech verb (said “…”, said, “…”, said that “…”, according to “…”)
// within paragraph text[pstart:].
func cueBefore(text string, pstart, pos int) bool {
	j := trim(text, pstart, pos).End
	if j == pstart {
		return false
	}
	switch text[j-1] {
	case ':':
		return true
	case ',':
		j = trim(text, pstart, j-1).End
	}
	w, j := wordBefore(text, pstart, j)
	switch w {
	case "that":
		w, _ = wordBefore(text, pstart, j)
	case "to":
		w, _ = wordBefore(text, pstart, j)
		return w == "according"
	}
	return speechVerb(w)
}

// wordBefore returns, lowercased, the word ending at j (after white
// space) in text[pstart:j], and where it starts.
func wordBefore(text string, pstart, j int) (string, int) {
	j = trim(text, pstart, j).End
	end := j
	for j > pstart {
		r, n := utf8.DecodeLastRuneInString(text[pstart:j])
		if !isWordRune(r) && r != '-' {
			break
		}
		j -= n
	}
	return lower(text[j:end]), j
}

// isScare applies the scare-quote heuristics documented on Find.
func isScare(doc *corpus.Document, paras []para, q *Quote) bool {
	if q.Unclosed || q.Open == "" || len(q.Parts) != 1 || q.Paragraph >= len(paras) {
		return false
	}
	text := doc.Text
	p := paras[q.Paragraph].Span
	if !p.Contains(q.Span) {
		return false // continued from a paragraph ending with its opening mark
	}
	inner := text[q.Inner.Start:q.Inner.End]
	words := countWords(inner, 7)
	toks := paragraphTokens(doc, q.Paragraph)
	if words == 0 || words > 6 || words > 4 && !determinerBefore(text, toks, p.Start, q.Span.Start) {
		return false
	}
	// A final period inside the closing mark is the enclosing sentence's
	// (American style: was “coming.”) when the quotation is mid-sentence.
	last, _ := utf8.DecodeLastRuneInString(inner)
	if strings.ContainsAny(inner, "?!") || twoSentences(inner) ||
		(last == '.' || last == '…') && !midSentence(text, p.Start, q.Span.Start) ||
		hasClause(text, toks, q.Inner, words) {
		return false
	}
	if cueBefore(text, p.Start, q.Span.Start) || cueAfter(text, q, p.End) {
		return false
	}
	// A quotation that is its whole paragraph (but for punctuation) is a
	// statement, a headline or a pull quote. Only a quotation at the
	// paragraph's start reads the rest of it.
	if trimRight(text, p.Start, q.Span.Start) == p.Start {
		return strings.IndexFunc(text[q.Span.End:p.End], isWordRune) >= 0
	}
	return true
}

// twoSentences reports whether s holds a sentence break: a lowercase
// word of two letters or more, a period and a capitalized word ("liars.
// Cowards", but not "St. Petersburg" or "U.S. Army").
func twoSentences(s string) bool {
	for i := strings.Index(s, ". "); i >= 0; {
		w := i
		for w > 0 && s[w-1] >= 'a' && s[w-1] <= 'z' {
			w--
		}
		r, _ := utf8.DecodeRuneInString(s[i+2:])
		if i-w >= 2 && (w == 0 || !startsWord(s[w-1:])) && unicode.IsUpper(r) {
			return true
		}
		j := strings.Index(s[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// midSentence reports whether a word precedes pos in its sentence within
// paragraph text[pstart:].
func midSentence(text string, pstart, pos int) bool {
	j := trimRight(text, pstart, pos)
	if j == pstart {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[pstart:j])
	switch r {
	case '.', '?', '!', ':', '…':
		return false
	}
	return true
}

// countWords counts the words of s separated by white space, stopping
// at limit so that a long text costs no more than a short one.
func countWords(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		switch sp := ortho.IsSpace(r); {
		case sp:
			in = false
		case !in:
			in = true
			if n++; n >= limit {
				return n
			}
		}
	}
	return n
}

// hasClause reports whether the content span holds a clause: for two words
// an auxiliary, or a pronoun and a verb; for more, a finite verb, by
// part-of-speech tag when the document is tagged, else by lexicon.
func hasClause(text string, toks []corpus.Token, inner corpus.Span, words int) bool {
	if words < 2 {
		return false
	}
	aux, pron := false, false
	for w := range strings.FieldsFuncSeq(text[inner.Start:inner.End], func(r rune) bool { return !isWordRune(r) && r != '\'' && r != '’' }) {
		w = lower(w)
		aux = aux || auxiliary(w)
		pron = pron || pronoun(w)
	}
	finite, verb := false, false
	for i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= inner.Start }); i < len(toks) && toks[i].End <= inner.End; i++ {
		switch toks[i].Tag {
		case "MD", "VBD", "VBZ", "VBP":
			finite, verb = true, true
		case "VB":
			verb = true
		}
	}
	if words == 2 {
		return aux || pron && verb
	}
	return aux || finite || pron && verb
}

// determinerBefore reports whether the word just before pos is a
// determiner, possessive or adjective (the, its, so-called, more), by tag
// when the document is tagged, else by lexicon.
func determinerBefore(text string, toks []corpus.Token, pstart, pos int) bool {
	w, start := wordBefore(text, pstart, pos)
	if w == "" {
		return false
	}
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
		"our", "your", "my", "so-called", "more", "any", "some", "no", "such", "another",
		"every", "each", "other", "new", "alleged", "supposed", "own", "what", "whose":
		return true
	}
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	if i < len(toks) && toks[i].Start == start {
		switch toks[i].Tag {
		case "DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "POS", "CD":
			return true
		}
	}
	return false
}

// paragraphTokens returns the tokens of paragraph i, found through its
// sentences so that lookups stay local; all tokens when the indexes do not
// hold (a document built by hand), and none when there are none.
func paragraphTokens(doc *corpus.Document, i int) []corpus.Token {
	if i < len(doc.Paragraphs) {
		p := doc.Paragraphs[i]
		if 0 <= p.First && p.First < p.Last && p.Last <= len(doc.Sentences) {
			first, last := doc.Sentences[p.First].First, doc.Sentences[p.Last-1].Last
			if 0 <= first && first <= last && last <= len(doc.Tokens) {
				return doc.Tokens[first:last]
			}
		}
	}
	return doc.Tokens
}

// lower lowercases short words; long ones cannot be in any lexicon here.
func lower(w string) string {
	if len(w) > 24 {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// speechVerb reports whether w (lowercase) is a verb of saying as used in
// attributions, or "according" (to).
func speechVerb(w string) bool { return speechVerbs()[w] }

// speechVerbs holds "according", the third-person and past forms of the
// lexicon's verbs flagged quote ("says", "said") and the base forms of
// those flagged quote-base ("say"): the forms that stand beside a
// quotation to attribute it. Built once, never modified.
var speechVerbs = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{"according": true}
	for v := range lexicon.Default().Verbs() {
		forms := lexicon.Form(0)
		if v.Has(lexicon.Quote) {
			forms |= lexicon.Finite
		}
		if v.Has(lexicon.QuoteBase) {
			forms |= lexicon.Base
		}
		for _, f := range v.Forms(forms) {
			m[f] = true
		}
	}
	return m
})

// conjunction reports whether w (lowercase) starts a clause that is not
// an attribution (but, because, which...).
func conjunction(w string) bool {
	switch w {
	case "and", "but", "or", "nor", "as", "if", "when", "because", "so", "that", "which",
		"who", "whom", "whose", "while", "although", "though", "since", "where", "than",
		"not", "then", "yet", "unless", "until", "whether":
		return true
	}
	return false
}

// auxiliary reports whether w (lowercase) is an auxiliary or a contracted
// finite verb (is, will, don’t, it’s, we’re).
func auxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "am", "will", "would", "can", "could", "shall",
		"should", "might", "must", "do", "does", "did", "has", "have", "had", "cannot":
		return true
	}
	i := strings.LastIndexAny(w, "'’")
	if i <= 0 {
		return false
	}
	base, suffix := w[:i], strings.TrimLeft(w[i:], "'’")
	switch suffix {
	case "re", "ve", "ll", "m", "d":
		return true
	case "t":
		return strings.HasSuffix(base, "n")
	case "s":
		return pronoun(base) || base == "that" || base == "there" || base == "what"
	}
	return false
}

// pronoun reports whether w (lowercase) is a subject pronoun.
func pronoun(w string) bool {
	switch w {
	case "i", "we", "you", "he", "she", "it", "they":
		return true
	}
	return false
}
