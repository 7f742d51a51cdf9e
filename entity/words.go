package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// word is a token of the article body as the entity stages see it. corpus
// keeps "News/Kyodo" or "pro-Rashid" as one token; names inside such tokens
// need their own spans, so tokens are split at slashes and at hyphens that
// join a name to a common word.
type word struct {
	corpus.Span
	norm  string    // corpus.Normalize of the text, doc.Text[Start:End]
	lower string    // strings.ToLower(norm)
	tag   string    // part of speech, from the enclosing token
	sent  int       // index of the sentence in sentences
	first bool      // the first word of its sentence, after opening punctuation
	loose bool      // in a headline-cased or upper-case sentence
	cap   bool      // begins with an upper-case letter, or is a particle name ("al-Rashid")
	split bool      // cut from the previous word at a slash or hyphen: a name ends there
	cls   wordClass // the small word lists lower belongs to
	form  int32     // index of the word's form in words.forms
}

// sentenceRange is the half-open range of word indexes of one sentence.
type sentenceRange struct {
	first, last int
	para        int  // index of the paragraph in the document
	names       bool // in a source line: a list of names
}

// words is the body of a document as a flat list of words: the view that
// every later stage asks about words, their casing and their neighbours.
// buildWords fills it; after that, only the caches that norms and
// lineShape fill on first use, and the scratch arrays of later stages,
// change. It serves one call of Recognize and is not safe for concurrent
// use.
type words struct {
	doc   *corpus.Document
	w     []word
	sents []sentenceRange
	// forms holds the distinct spellings (norms) of the words, and
	// formIDs the index of each in forms: what the document says of a
	// spelling, such as whether it is written capitalized in a reliable
	// position (not first in a sentence, not in a headline), is a flag of
	// its form (see form).
	forms   []form
	formIDs map[string]int32
	// pairs holds the forms of two capitalized words written in a row in
	// a reliable position ("Justice Department").
	pairs map[[2]int32]bool
	// normAll holds the norm of every word, built on first use by norms.
	normAll []string
	// shapes caches lineShape per sentence: bit 0 set once known, bit 1
	// capitals, bit 2 table.
	shapes []uint8
	// lists holds the lines of a list of people, by sentence (see
	// findListLines); nil when there are none.
	lists map[int]listLine
	// normal remembers corpus.Normalize of the non-ASCII tokens, which
	// repeat (curly quotes, "’s") and are slow to normalize.
	normal normMemo
	// scratch holds the arrays of the later stages, reused with ws.
	scratch scratch
}

// buildWords collects the words of every sentence outside reader comments
// and boilerplate. Photo captions and source lines are kept: they name
// people, agencies and places of the story ("AFP PHOTO", "Sources:
// Xinhua/Kyodo") though they hold no statements.
func buildWords(doc *corpus.Document, kb knowledge, poll *ctxpoll.Poll) *words {
	ws := wordsPool.Get().(*words)
	ws.doc = doc
	ws.w = slices.Grow(ws.w[:0], len(doc.Tokens)+len(doc.Tokens)/16)
	ws.sents = slices.Grow(ws.sents[:0], len(doc.Sentences))
	for si := range doc.Sentences {
		if poll.Done() {
			break // the caller returns the context's error
		}
		s := doc.Sentences[si]
		if skipped(doc, s.Span) {
			continue
		}
		sr := sentenceRange{first: len(ws.w), para: s.Paragraph, names: inRegion(doc, s.Span, corpus.SourceLine)}
		toks := doc.SentenceTokens(si)
		for k := range toks {
			t := &toks[k]
			if t.Start < 0 || t.End > len(doc.Text) || t.Start >= t.End {
				continue
			}
			next := ""
			if k+1 < len(toks) {
				next = toks[k+1].Text
			}
			ws.addToken(doc.Text, t, len(ws.sents), next, kb)
		}
		sr.last = len(ws.w)
		if sr.last > sr.first {
			ws.markSentence(ws.w[sr.first:sr.last], doc.Text)
			ws.sents = append(ws.sents, sr)
		}
	}
	// Casing is judged per paragraph: a headline is one line, which the
	// segmenter may cut at a colon or a semicolon.
	for i := 0; i < len(ws.sents) && !poll.Done(); {
		j := i + 1
		for j < len(ws.sents) && ws.sents[j].para == ws.sents[i].para {
			j++
		}
		para := ws.w[ws.sents[i].first:ws.sents[j-1].last]
		ws.markCasing(para, ws.sents[i].names, heading(doc, ws.sents[i].para))
		markRunInHeading(para)
		i = j
	}
	ws.findListLines(kb)
	ws.linkLowerForms()
	for i := range ws.w {
		if poll.Done() {
			break
		}
		w := &ws.w[i]
		f := &ws.forms[w.form]
		switch {
		case w.cap && !w.first && !w.loose:
			f.confirmed = true
			if i+1 < len(ws.w) && ws.w[i+1].cap && ws.w[i+1].sent == w.sent {
				ws.pairs[[2]int32{w.form, ws.w[i+1].form}] = true
			}
			if ws.capBeside(i, i-1) && !ws.is(i-1, wcHonorific) || ws.capBeside(i, i+1) {
				break
			}
			f.alone = true
		case ortho.StartsLower(w.norm):
			f.lowered = true
		}
	}
	return ws
}

// capBeside reports whether word j, beside word i, is a capitalized word
// of the same sentence.
func (ws *words) capBeside(i, j int) bool {
	return j >= 0 && j < len(ws.w) && ws.w[j].sent == ws.w[i].sent && ws.w[j].cap
}

// addToken adds the words of token t of sentence si; next is the text of
// the token after it in the sentence, or "".
func (ws *words) addToken(text string, t *corpus.Token, si int, next string, kb knowledge) {
	parts := [1]corpus.Span{{End: len(t.Text)}}
	split := parts[:]
	if mayDivide(t.Text) {
		// most tokens have nothing to split
		split = splitToken(t.Text, nameNext(next), kb)
	}
	for k, p := range split {
		sp := corpus.Span{Start: t.Start + p.Start, End: t.Start + p.End}
		raw := text[sp.Start:sp.End]
		tag := t.Tag
		if p.Len() < len(t.Text) && ortho.Capitalized(raw) {
			tag = "NNP"
		}
		norm := t.Norm // corpus.Normalize(t.Text), made by corpus
		if len(raw) < len(t.Text) || norm == "" {
			norm = ws.normal.normalize(raw)
		}
		id := ws.formOf(norm)
		f := &ws.forms[id]
		ws.w = append(ws.w, word{Span: sp, norm: f.norm, lower: f.lower, tag: tag, sent: si, split: k > 0, cls: f.cls, form: id})
	}
}

// nameNext reports whether next, the token after another, may be the
// surname of a first name glued to the end of that token ("MorrowDale
// Finch"): a capitalized word that is no function word and heads no
// organization.
func nameNext(next string) bool {
	return ortho.Capitalized(next) && classesOf(strings.ToLower(next))&(wcOrgHead|wcFunction) == 0
}

// mayDivide reports whether s holds a slash, a hyphen-minus or a Unicode
// hyphen (U+2010, U+2011): a cheap byte scan in place of
// strings.ContainsAny, whose non-ASCII set takes a slow path.
func mayDivide(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '/', '-':
			return true
		case 0xE2: // U+2010, U+2011, U+2013 and U+2014 are E2 80 90, 91, 93 and 94
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x90 || s[i+2] == 0x91 || s[i+2] == 0x93 || s[i+2] == 0x94) {
				return true
			}
		default:
			if i > 0 && 'a' <= s[i-1] && s[i-1] <= 'z' && 'A' <= s[i] && s[i] <= 'Z' {
				return true // "MorrowRep", and "McDonald", kept whole by splitGlued
			}
		}
	}
	return false
}

// markSentence sets first and cap on the words of one sentence; text is
// the document's text.
func (ws *words) markSentence(sent []word, text string) {
	seenFirst, label := false, true
	for i := range sent {
		w := &sent[i]
		f := &ws.forms[w.form]
		w.cap = f.cap
		letter := f.letter
		if !seenFirst && letter {
			w.first, seenFirst = true, true
		}
		if label && letter && !f.upper {
			label = false
		}
		if w.norm == ":" || opensQuote(sent, i, text) || label && ortho.IsDash(w.norm) {
			// A colon, an opening quotation mark or the dash after a
			// label in capitals opens a clause whose first word may be
			// capitalized: "SMITH: Well, ...", he said, "Without a
			// doubt", "NORWAY - Krone firmed early".
			seenFirst = false
		}
	}
}

// splitToken splits a token at slashes between words, at hyphens that
// join a capitalized name to a common word ("Turkish-led", "pro-Rashid"),
// at dashes between words, and where scraping glued two names together
// (see splitGlued; nameNext tells that a capitalized word follows the
// token). It returns byte ranges relative to the token; a token with
// nothing to split comes back whole.
func splitToken(s string, nameNext bool, kb knowledge) []corpus.Span {
	parts := []corpus.Span{{Start: 0, End: len(s)}}
	if len(s) > 256 {
		return parts
	}
	if strings.Contains(s, "/") && hasLetter(s) {
		parts = splitAt(s, parts, "/", func(a, b string) bool { return hasLetter(a) && hasLetter(b) })
	}
	if strings.ContainsAny(s, "-\u2010\u2011") {
		parts = splitAt(s, parts, "-", func(a, b string) bool {
			return joinsNameToWord(a, b) || joinsTwoNames(a, b, kb)
		})
	}
	if strings.ContainsAny(s, "\u2013\u2014") {
		parts = splitDashes(s, parts)
	}
	parts = splitGlued(s, parts, nameNext, kb)
	// A hyphen or dash hanging at an edge ("Front-") is not part of a name.
	for i, p := range parts {
		for p.End-p.Start > 1 && s[p.End-1] == '-' {
			p.End--
		}
		for p.End-p.Start > 1 && s[p.Start] == '-' {
			p.Start++
		}
		parts[i] = p
	}
	return parts
}

// splitDashes cuts each part at en and em dashes written between words
// without spaces ("TACOMA\u2014The", "team\u2014Acme"); the dash is a
// part of its own, so that a dateline's dash still opens a clause (see
// markSentence).
func splitDashes(s string, parts []corpus.Span) []corpus.Span {
	var out []corpus.Span
	for _, p := range parts {
		start := p.Start
		for i := p.Start; i < p.End; {
			r, size := utf8.DecodeRuneInString(s[i:])
			if (r == '\u2013' || r == '\u2014') && hasLetter(s[start:i]) && hasLetter(s[i+size:p.End]) {
				out = append(out, corpus.Span{Start: start, End: i}, corpus.Span{Start: i, End: i + size})
				start = i + size
			}
			i += size
		}
		out = append(out, corpus.Span{Start: start, End: p.End})
	}
	return out
}

// splitGlued cuts each part where scraping glued two names together: a
// lower-case letter followed by an honorific or a title ("MorrowRep",
// "SmithGov."), or, when a capitalized word follows (nameNext), by a
// known first name after a surname of four letters or more ("MorrowDale
// Finch"). Names with inner capitals stay whole: their first part is a
// prefix ("McDonald", "LoBiondo", "DeSantis", "MacArthur") or a
// lower-case letter ("iPhone"), none of which is a surname.
func splitGlued(s string, parts []corpus.Span, nameNext bool, kb knowledge) []corpus.Span {
	var out []corpus.Span
	for _, p := range parts {
		start := p.Start
		for i := p.Start + 1; i < p.End; i++ {
			if s[i-1] < 'a' || s[i-1] > 'z' || s[i] < 'A' || s[i] > 'Z' {
				continue
			}
			if gluedAt(s[start:i], s[i:p.End], nameNext, kb) {
				out = append(out, corpus.Span{Start: start, End: i})
				start = i
			}
		}
		out = append(out, corpus.Span{Start: start, End: p.End})
	}
	return out
}

// gluedAt reports whether left and right, written together, are two
// words: left is a capitalized word of letters and right an honorific or
// a title, or, before a capitalized word (nameNext), left a surname of
// four letters or more and right a known first name.
func gluedAt(left, right string, nameNext bool, kb knowledge) bool {
	if !ortho.Capitalized(left) || !isLetters(left) {
		return false
	}
	word, _ := strings.CutSuffix(right, ".")
	if !isLetters(word) || ortho.Uppercase(word) {
		return false // "DeSantisUSA" is no honorific's shape
	}
	lw := strings.ToLower(word)
	if classesOf(lw+".")&wcHonorific != 0 || classesOf(lw)&(wcHonorific|wcRoleHead) != 0 {
		return true
	}
	if kb == nil || !nameNext || len(left) < 4 || len(word) < 3 || gluedPrefixes[strings.ToLower(left)] {
		return false
	}
	_, ok := kb.firstName(word)
	return ok
}

// gluedPrefixes begin surnames whose next part is capitalized and may be
// a first name: "FitzGerald", "MacArthur".
var gluedPrefixes = set(`fitz mac mc van von del della`)

// isLetters reports whether s is all ASCII letters.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// splitAt splits each part at every sep where ok accepts the two sides;
// the separator itself is dropped.
func splitAt(s string, parts []corpus.Span, sep string, ok func(a, b string) bool) []corpus.Span {
	var out []corpus.Span
	for _, p := range parts {
		seg := s[p.Start:p.End]
		pieces := strings.Split(seg, sep)
		if len(pieces) < 2 {
			out = append(out, p)
			continue
		}
		// Group the pieces: a cut is made between pieces i and i+1 only
		// when ok accepts them.
		start := p.Start
		off := p.Start
		for i, pc := range pieces {
			end := off + len(pc)
			if i+1 < len(pieces) && ok(pc, pieces[i+1]) {
				if end > start {
					out = append(out, corpus.Span{Start: start, End: end})
				}
				start = end + len(sep)
			}
			off = end + len(sep)
		}
		if p.End > start {
			out = append(out, corpus.Span{Start: start, End: p.End})
		}
	}
	return out
}

// joinsNameToWord reports whether a hyphen between a and b joins a name to
// a common word ("Turkish-led", "pro-Rashid", "NATO-trained") rather than
// being part of a name ("al-Rashid", "Nasr-Eddin", "South-east").
func joinsNameToWord(a, b string) bool {
	na, nb := isCapWord(a), isCapWord(b)
	if a == "" || b == "" || !na && !nb {
		return false
	}
	if na && nb {
		return hyphenPrefixes[strings.ToLower(a)]
	}
	if hyphenPrefixes[strings.ToLower(a)] {
		return true // "pro-Rashid", "Pro-Rashid" in a headline
	}
	// "Turkish-led", but "Ki-moon" and "Lashkar-e-Taiba" are names.
	return na && hyphenSuffixes[strings.ToLower(b)]
}

// joinsTwoNames reports whether a hyphen joins two known names ("U.S.-Chinese").
func joinsTwoNames(a, b string, kb knowledge) bool {
	if kb == nil || !isCapWord(a) || !isCapWord(b) || nameParticles[strings.ToLower(a)] {
		return false
	}
	known := func(w string) bool {
		_, n := kb.norp(w)
		return n || kb.place([]string{w}) == GPE
	}
	if kb.known([]string{a + "-" + b}) {
		return false
	}
	// "U.S.-Chinese", or a country or capital run into a word: "Paris-Optimism".
	return known(a) && known(b) || kb.major([]string{a}) || kb.major([]string{b})
}

// nameParticles are the lower-case words that may sit inside a name
// ("Pieter van Dijk", "Liwa Noor al Huda").
var nameParticles = wordsOf(lexicon.NameParticle)

// hyphenPrefixes make an adjective of a name: "pro-Rashid", "anti-Western".
var hyphenPrefixes = set(`pro anti non ex post pre neo mid intra inter trans pan all un`)

// hyphenSuffixes make an adjective of a name: "Turkish-led", "US-based".
var hyphenSuffixes = set(`led backed based affiliated allied aligned linked trained funded run owned
held controlled born style era made friendly leaning inspired sponsored supported dominated
brokered occupied bound speaking majority dependent centric ruled influenced armed
imposed drafted proposed sanctioned mediated`)

var compassWords = wordsOf(lexicon.Compass)

// isCapWord reports whether s starts with an upper-case letter, or is a
// particle-prefixed name such as "al-Rashid" or "el-Din".
func isCapWord(s string) bool {
	if ortho.Capitalized(s) {
		return true
	}
	if i := strings.IndexByte(s, '-'); i > 0 && i+1 < len(s) {
		return nameParticles[strings.ToLower(s[:i])] && ortho.Capitalized(s[i+1:])
	}
	return false
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.IndexFunc(s[i:], unicode.IsLetter) >= 0
		}
		if 'a' <= c|0x20 && c|0x20 <= 'z' {
			return true
		}
	}
	return false
}

// skipped reports whether s overlaps reader comments or boilerplate.
func skipped(doc *corpus.Document, s corpus.Span) bool {
	for _, r := range doc.Regions {
		if (r.Kind == corpus.Comments || r.Kind == corpus.Boilerplate) && r.Overlaps(s) {
			return true
		}
	}
	return false
}

// inRegion reports whether s overlaps a region of kind k.
func inRegion(doc *corpus.Document, s corpus.Span, k corpus.RegionKind) bool {
	for _, r := range doc.Regions {
		if r.Kind == k && r.Overlaps(s) {
			return true
		}
	}
	return false
}

// endsSentence reports whether a final word closes a sentence.
func endsSentence(w string) bool {
	switch w {
	case ".", "!", "?", "\"", "'", ":", ";", ",":
		return true
	}
	return false
}
