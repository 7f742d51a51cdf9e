package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// block finds a block quotation: paragraph pi ends with a colon after a
// source ("Okafor said of the plan:", "X told the council of the need
// for ...:") and the paragraphs after it are the source's words, without
// quotation marks. Each such paragraph is a direct claim with cue ":".
func (r *blockFinder) block(pi int) {
	p := r.doc.Paragraphs[pi]
	if p.Last <= p.First {
		return
	}
	si := p.Last - 1
	s := r.doc.Sentences[si]
	colon := s.Last - 1
	if colon < s.First || r.tok(colon).Norm != ":" || r.tok(colon).End != p.End {
		return
	}
	np, alt, ok := r.blockSource(si, colon)
	if !ok {
		return
	}
	n := 0
	for pj := pi + 1; pj < len(r.doc.Paragraphs) && n < 6; pj++ {
		if r.skipPara(pj) {
			break
		}
		q := r.doc.Paragraphs[pj]
		text := q.In(r.doc.Text)
		first, _ := utf8.DecodeRuneInString(text)
		if strings.ContainsRune(quoteMarks, first) {
			// "Okafor said:" then a quotation in its own paragraph.
			if n == 0 {
				r.quotedBlock(pj, colon, np, alt, pi)
			}
			break
		}
		if !endsLikeSentence(text) || r.hasThirdPersonCue(pj) {
			break
		}
		if n >= 2 && !firstPerson(text) {
			break
		}
		r.add(cand{kind: Direct, content: q.Span, cue: r.tok(colon).Span, np: np, alt: alt,
			how: byNP, origin: "block", para: pi})
		r.blockParas[pj] = true
		n++
	}
}

// blockSource finds who speaks in the sentence that introduces a block
// quotation: the subject of its cue verb, or of its main verb.
func (r *blockFinder) blockSource(si, colon int) (np, alt corpus.Span, ok bool) {
	s := r.doc.Sentences[si]
	for c := s.First; c < colon; c++ {
		if r.inQuote(c) {
			continue
		}
		if _, _, _, ok := r.cueVerb(c); ok {
			if na, nb, xa, xb, ok := r.subjectLeft(c, s.First); ok {
				return r.span(na, nb), r.span(xa, xb), true
			}
		}
	}
	if na, nb, ok := r.sentenceSubject(si); ok && !r.notSource(na, nb) {
		return r.span(na, nb), corpus.Span{}, true
	}
	return np, alt, false
}

// notSource reports a sentence subject that names no source: a dateline
// ("WASHINGTON (AP)") or "here" and "there".
func (r *blockFinder) notSource(a, b int) bool {
	if w := r.lower(a); b-a == 1 && (w == "here" || w == "there") {
		return true
	}
	for k := a + 1; k < b; k++ {
		if r.tok(k).Norm == "(" && allCaps(r.tok(a).Text) {
			return true
		}
	}
	return false
}

// quotedBlock attributes a quotation that fills the paragraph after a
// colon introduction.
func (r *blockFinder) quotedBlock(pj, colon int, np, alt corpus.Span, pi int) {
	for qi, q := range r.quotes {
		if q.para != pj || r.usedQuote[qi] {
			continue
		}
		r.usedQuote[qi] = true
		r.add(cand{kind: Direct, content: q.inner, cue: r.tok(colon).Span, np: np, alt: alt,
			how: byNP, origin: "block", para: pi})
		return
	}
}

// endsLikeSentence reports whether a paragraph ends as prose does, not as
// a headline or caption.
func endsLikeSentence(text string) bool {
	text = strings.TrimRight(text, " ")
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(".!?”\"…)", r)
}

// firstPerson reports whether text speaks in the first person.
func firstPerson(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z') && r != '\''
	}) {
		switch w {
		case "i", "we", "our", "us", "my", "me", "ours":
			return true
		}
	}
	return false
}

// hasThirdPersonCue reports whether paragraph pj attributes something to
// a named or described source, which ends a block quotation.
func (r *blockFinder) hasThirdPersonCue(pj int) bool {
	p := r.doc.Paragraphs[pj]
	for si := p.First; si < p.Last; si++ {
		s := r.doc.Sentences[si]
		for c := s.First; c < s.Last; c++ {
			if r.inQuote(c) || r.tok(c).Tag != "VBD" && r.tok(c).Tag != "VBP" && r.tok(c).Tag != "VBZ" {
				continue
			}
			if _, _, info, ok := r.cueVerb(c); !ok || info.learned {
				continue
			}
			if na, nb, _, _, ok := r.subjectLeft(c, s.First); ok {
				w := r.lower(na)
				if nb-na == 1 && (w == "i" || w == "we" || w == "they") {
					continue
				}
				return true
			}
		}
	}
	return false
}

// headline finds "Speaker: statement" in a heading paragraph: "Okafor:
// Nigeria respects Ghana's sovereignty".
func (r *blockFinder) headline(pi int) {
	p := r.doc.Paragraphs[pi]
	text := p.In(r.doc.Text)
	if p.Last <= p.First {
		return
	}
	if r.transcript(pi) {
		return
	}
	titled := r.titleLine(pi, text)
	if endsLikeSentence(text) && !titled {
		return
	}
	s := r.doc.Sentences[p.First]
	colon := -1
	for c := s.First; c < s.Last && c-s.First <= 6; c++ {
		if r.tok(c).Norm == ":" {
			colon = c
			break
		}
	}
	if colon <= s.First || titled && (r.hasVerb(s.First, colon) || r.isQuoteTok(colon+1)) {
		return // "Merkel said: “…”" opens a quotation, not a title
	}
	np := r.span(s.First, colon)
	e, m, ok := r.look.EntityAt(np)
	if !ok || (e.Type != entity.Person && e.Type != entity.Org) || m.Len()*2 < np.Len() {
		return
	}
	content := trimSpace(r.doc.Text, corpus.Span{Start: r.tok(colon).End, End: p.End})
	if wordCount(content.In(r.doc.Text)) < 3 ||
		titleCase(content.In(r.doc.Text)) && titleOnly(titled, e.Type == entity.Person, r.hasVerb(colon+1, s.Last)) {
		return
	}
	r.markCue(colon, colon+1)
	r.add(cand{kind: Indirect, content: content, cue: r.tok(colon).Span, np: np,
		how: byNP, origin: "headline", para: pi})
	r.blockParas[pi] = true
}

// titleOnly reports whether a title-case headline after "Name:" is a
// title rather than a statement: a person's words need a verb, except
// in an article title closed by a full stop, where an organization's
// words need one.
func titleOnly(titled, person, verb bool) bool {
	if titled {
		return !person && !verb
	}
	return !person || !verb
}

// titleLine reports whether paragraph pi is the article's title written
// as one short line with a closing full stop, as some sites print it:
// "Okafor: Nigeria Respects Ghana's Sovereignty."
func (r *blockFinder) titleLine(pi int, text string) bool {
	if wordCount(text) > 25 || !strings.HasSuffix(strings.TrimRight(text, " ’”'\""), ".") {
		return false
	}
	for pj := range pi {
		if !r.skipPara(pj) && r.doc.Paragraphs[pj].Last > r.doc.Paragraphs[pj].First {
			return false
		}
	}
	return true
}

// transcript reads a line of a transcript, "WALLACE: If I may, sir…": a
// speaker's name in capitals and a colon open the paragraph, and the rest
// is the speaker's words.
func (r *blockFinder) transcript(pi int) bool {
	p := r.doc.Paragraphs[pi]
	s := r.doc.Sentences[p.First]
	first := r.labelStart(s)
	colon := -1
	for c := first; c < s.Last && c-first <= 3; c++ {
		t := r.tok(c)
		if t.Norm == ":" {
			colon = c
			break
		}
		if !allCaps(t.Text) {
			return false
		}
	}
	if colon <= first {
		return false
	}
	// The label must name someone the article names in full ("WALLACE"
	// for Chris Wallace): "UPDATE:" or "ORIGINAL ENTRY:" are not speakers.
	if _, ok := r.look.ByName(r.phrase(first, colon)); !ok && r.labels < 3 {
		return false
	}
	content := trimSpace(r.doc.Text, corpus.Span{Start: r.tok(colon).End, End: p.End})
	if wordCount(content.In(r.doc.Text)) < 3 || !endsLikeSentence(content.In(r.doc.Text)) {
		return false
	}
	r.markCue(colon, colon+1)
	r.add(cand{kind: Direct, content: content, cue: r.tok(colon).Span, np: r.span(first, colon),
		how: byNP, origin: "transcript", para: pi})
	r.blockParas[pi] = true
	return true
}

// countLabels counts the paragraphs that open with a label in capitals
// and a colon: three or more make the article a transcript.
func (r *view) countLabels() int {
	labels := 0
	for pi, p := range r.doc.Paragraphs {
		if p.Last <= p.First || r.skipPara(pi) {
			continue
		}
		s := r.doc.Sentences[p.First]
		first := r.labelStart(s)
		for c := first; c < s.Last && c-first <= 3; c++ {
			if r.tok(c).Norm == ":" {
				if c > first {
					labels++
				}
				break
			}
			if !allCaps(r.tok(c).Text) {
				break
			}
		}
	}
	return labels
}

// labelStart returns the first token of a transcript label in sentence
// s, past an opening quotation mark that some sites put before every
// paragraph of a quoted transcript.
func (r *view) labelStart(s corpus.Sentence) int {
	if r.isQuoteTok(s.First) && s.First+1 < s.Last {
		return s.First + 1
	}
	return s.First
}

// allCaps reports a word written in capitals, of two letters or more.
func allCaps(w string) bool {
	n := 0
	for _, c := range w {
		switch {
		case unicode.IsLower(c):
			return false
		case unicode.IsUpper(c):
			n++
		case c != '.' && c != '-' && c != '\'' && c != '’':
			return false
		}
	}
	return n >= 2
}

// titleCase reports whether most words of s are capitalized, as in a
// headline written in title case, which is a title rather than a claim.
func titleCase(s string) bool {
	caps, n := 0, 0
	for _, w := range strings.Fields(s) {
		if len(w) <= 3 {
			continue // short function words are lower case in title case
		}
		n++
		if capitalized(w) {
			caps++
		}
	}
	return n > 0 && caps*10 >= n*7
}
