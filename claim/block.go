package claim

import (
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/internal/ortho"
)

// block finds a block quotation: paragraph pi ends with a colon after a
// source ("Okafor said of the plan:", "X told the council of the need
// for ...:") and the paragraphs after it are the source's words, without
// quotation marks. Each such paragraph is a direct claim with cue ":".
func (bf *blockFinder) block(pi int) {
	p := bf.doc.Paragraphs[pi]
	if p.Last <= p.First {
		return
	}
	si := p.Last - 1
	s := bf.doc.Sentences[si]
	colon := s.Last - 1
	if colon < s.First || bf.norm(colon) != ":" || bf.tok(colon).End != p.End {
		return
	}
	np, alt, ok := bf.blockSource(si, colon)
	if !ok {
		return
	}
	n := 0
	for pj := pi + 1; pj < len(bf.doc.Paragraphs) && n < 6; pj++ {
		if bf.skipPara(pj) {
			break
		}
		q := bf.doc.Paragraphs[pj]
		text := q.In(bf.doc.Text)
		first, _ := utf8.DecodeRuneInString(text)
		if strings.ContainsRune(quoteMarks, first) {
			// "Okafor said:" then a quotation in its own paragraph.
			if n == 0 {
				bf.quotedBlock(pj, colon, np, alt, pi)
			}
			break
		}
		if !endsLikeSentence(text) || bf.hasThirdPersonCue(pj) {
			break
		}
		if n >= 2 && !firstPerson(text) {
			break
		}
		bf.add(cand{kind: Direct, content: q.Span, cue: bf.tok(colon).Span, np: np, alt: alt,
			how: byNP, origin: "block", para: pi})
		bf.blockParas[pj] = true
		n++
	}
}

// blockSource finds who speaks in the sentence that introduces a block
// quotation: the subject of its cue verb, or of its main verb.
func (bf *blockFinder) blockSource(si, colon int) (np, alt corpus.Span, ok bool) {
	s := bf.doc.Sentences[si]
	for c := s.First; c < colon; c++ {
		if bf.inQuote(c) {
			continue
		}
		if _, _, _, ok := bf.cueVerb(c); ok {
			if na, nb, xa, xb, ok := bf.subjectLeft(c, s.First); ok {
				return bf.span(na, nb), bf.span(xa, xb), true
			}
		}
	}
	if na, nb, ok := bf.sentenceSubject(si); ok && !bf.notSource(na, nb) {
		return bf.span(na, nb), corpus.Span{}, true
	}
	return np, alt, false
}

// notSource reports a sentence subject that names no source: a dateline
// ("WASHINGTON (AP)") or "here" and "there".
func (f *finder) notSource(a, b int) bool {
	if w := f.lower(a); b-a == 1 && (w == "here" || w == "there") {
		return true
	}
	for k := a + 1; k < b; k++ {
		if f.norm(k) == "(" && ortho.AllCaps(f.tok(a).Text) {
			return true
		}
	}
	return false
}

// quotedBlock attributes a quotation that fills the paragraph after a
// colon introduction. A quotation followed by a cue of its own ("“Here
// comes the chief,” she said, waving.") is left to that cue: the
// colon introduced a scene, not these words.
func (bf *blockFinder) quotedBlock(pj, colon int, np, alt corpus.Span, pi int) {
	lo, hi := bf.quotesOf(pj)
	for qi := lo; qi < hi; qi++ {
		q := bf.quotes[qi]
		if bf.usedQuote[qi] {
			continue
		}
		if !bf.fillsParagraph(q) {
			return
		}
		bf.usedQuote[qi] = true
		bf.add(cand{kind: Direct, content: q.inner, cue: bf.tok(colon).Span, np: np, alt: alt,
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
func (bf *blockFinder) hasThirdPersonCue(pj int) bool {
	p := bf.doc.Paragraphs[pj]
	for si := p.First; si < p.Last; si++ {
		s := bf.doc.Sentences[si]
		for c := s.First; c < s.Last; c++ {
			if bf.inQuote(c) || bf.tag(c) != "VBD" && bf.tag(c) != "VBP" && bf.tag(c) != "VBZ" {
				continue
			}
			if _, _, info, ok := bf.cueVerb(c); !ok || info.learned {
				continue
			}
			if na, nb, _, _, ok := bf.subjectLeft(c, s.First); ok {
				w := bf.lower(na)
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
func (bf *blockFinder) headline(pi int) {
	p := bf.doc.Paragraphs[pi]
	text := p.In(bf.doc.Text)
	if p.Last <= p.First {
		return
	}
	if bf.transcript(pi) {
		return
	}
	titled := bf.titleLine(pi, text)
	if endsLikeSentence(text) && !titled {
		return
	}
	s := bf.doc.Sentences[p.First]
	colon := -1
	for c := s.First; c < s.Last && c-s.First <= 6; c++ {
		if bf.norm(c) == ":" {
			colon = c
			break
		}
	}
	if colon <= s.First || titled && (bf.hasVerb(s.First, colon) || bf.isQuoteTok(colon+1)) {
		return // "Brandt said: “…”" opens a quotation, not a title
	}
	np := bf.span(s.First, colon)
	e, m, ok := bf.look.EntityAt(np)
	if !ok && colon-s.First <= 2 {
		// A surname the recognizer left unmarked in the title names the
		// person the article names in full: "Rice: …" and "Susan Rice".
		e, ok = bf.look.ByName(np.In(bf.doc.Text))
		m.Span = np
	}
	if !ok || (e.Type != entity.Person && e.Type != entity.Org) || m.Len()*2 < np.Len() {
		return
	}
	content := trimSpace(bf.doc.Text, corpus.Span{Start: bf.tok(colon).End, End: p.End})
	if wordCount(content.In(bf.doc.Text)) < 3 ||
		titleCase(content.In(bf.doc.Text)) && titleOnly(titled, e.Type == entity.Person, bf.hasVerb(colon+1, s.Last)) {
		return
	}
	bf.markCue(colon, colon+1)
	bf.add(cand{kind: Indirect, content: content, cue: bf.tok(colon).Span, np: np,
		how: byNP, origin: "headline", para: pi})
	bf.blockParas[pi] = true
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
func (bf *blockFinder) titleLine(pi int, text string) bool {
	for pj := range pi {
		if !bf.skipPara(pj) && bf.doc.Paragraphs[pj].Last > bf.doc.Paragraphs[pj].First {
			return false
		}
	}
	return wordCount(text) <= 25 && strings.HasSuffix(strings.TrimRight(text, " ’”'\""), ".")
}

// transcript reads a line of a transcript, "WHITLOCK: Let me stop you…": a
// speaker's name in capitals and a colon open the paragraph, and the rest
// is the speaker's words.
func (bf *blockFinder) transcript(pi int) bool {
	p := bf.doc.Paragraphs[pi]
	s := bf.doc.Sentences[p.First]
	first := bf.labelStart(s)
	colon := -1
	for c := first; c < s.Last && c-first <= 3; c++ {
		t := bf.tok(c)
		if t.Norm == ":" {
			colon = c
			break
		}
		if !ortho.AllCaps(t.Text) {
			return false
		}
	}
	if colon <= first {
		return false
	}
	// The label must name someone the article names in full ("WHITLOCK"
	// for Dana Whitlock): "UPDATE:" or "ORIGINAL ENTRY:" are not speakers.
	if _, ok := bf.look.ByName(bf.phrase(first, colon)); !ok && bf.labels < 3 {
		return false
	}
	content := trimSpace(bf.doc.Text, corpus.Span{Start: bf.tok(colon).End, End: p.End})
	if wordCount(content.In(bf.doc.Text)) < 3 || !endsLikeSentence(content.In(bf.doc.Text)) {
		return false
	}
	bf.markCue(colon, colon+1)
	bf.add(cand{kind: Direct, content: content, cue: bf.tok(colon).Span, np: bf.span(first, colon),
		how: byNP, origin: "transcript", para: pi})
	bf.blockParas[pi] = true
	return true
}

// countLabels counts the paragraphs that open with a label in capitals
// and a colon: three or more make the article a transcript.
func (v *view) countLabels() int {
	labels := 0
	for pi, p := range v.doc.Paragraphs {
		if p.Last <= p.First || v.skipPara(pi) {
			continue
		}
		s := v.doc.Sentences[p.First]
		first := v.labelStart(s)
		for c := first; c < s.Last && c-first <= 3; c++ {
			if v.norm(c) == ":" {
				if c > first {
					labels++
				}
				break
			}
			if !ortho.AllCaps(v.tok(c).Text) {
				break
			}
		}
	}
	return labels
}

// labelStart returns the first token of a transcript label in sentence
// s, past an opening quotation mark that some sites put before every
// paragraph of a quoted transcript.
func (v *view) labelStart(s corpus.Sentence) int {
	if v.isQuoteTok(s.First) && s.First+1 < s.Last {
		return s.First + 1
	}
	return s.First
}

// titleCase reports whether most words of s are capitalized, as in a
// headline written in title case, which is a title rather than a claim.
func titleCase(s string) bool {
	caps, n := 0, 0
	for w := range strings.FieldsSeq(s) {
		if len(w) <= 3 {
			continue // short function words are lower case in title case
		}
		n++
		if ortho.Capitalized(w) {
			caps++
		}
	}
	return n > 0 && caps*10 >= n*7
}
