package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/lexicon"
)

// mention is a candidate mention: a range of words with what the finder
// learnt about it. The resolver turns mentions into Mentions of entities.
type mention struct {
	first, last int // word range [first, last)
	corpus.Span
	text  string
	votes typeVotes // evidence for each type
	cues  typeVotes // the part of votes that does not come from the model
	// lexical is the part of cues from an ambiguous lexicon match of the
	// name itself, counted once per entity.
	lexical typeVotes
	guess   Type   // the type to take when there is no evidence at all
	lex     int    // 1 + index of the user lexicon entry, or 0
	gender  Gender // from an honorific before the name
	title   corpus.Span
}

// newMention makes a mention over words [a, b).
func (ws *words) newMention(a, b int) mention {
	sp := corpus.Span{Start: ws.w[a].Start, End: ws.w[b-1].End}
	return mention{first: a, last: b, Span: sp, text: ws.doc.Text[sp.Start:sp.End]}
}

// norms returns the normalized words of [a, b).
//
// The result shares the document's array of normalized forms (capacity
// limited to b-a, so an append copies): callers must not write into it.
func (ws *words) norms(a, b int) []string {
	if len(ws.normAll) != len(ws.w) {
		ws.normAll = slices.Grow(ws.normAll[:0], len(ws.w))
		for i := range ws.w {
			ws.normAll = append(ws.normAll, ws.w[i].norm)
		}
	}
	return ws.normAll[a:b:b]
}

func (ws *words) lowerAt(i int) string {
	if i < 0 || i >= len(ws.w) {
		return ""
	}
	return ws.w[i].lower
}

// sameSentence reports whether words i and j are in one sentence.
func (ws *words) sameSentence(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(ws.w) && j < len(ws.w) && ws.w[i].sent == ws.w[j].sent
}

// findMentions finds the candidate mentions of the document, in text
// order, without overlaps: user lexicon matches first, then the model's
// spans (or the rules' spans without a model), refined into proper names.
func (r *Recognizer) findMentions(ws *words) []mention {
	used := make([]bool, len(ws.w))
	out := ws.scratch.mentions[:0]
	defer func() { ws.scratch.mentions = out[:0] }()
	for _, m := range r.lex.find(ws) {
		out = append(out, m)
		for i := m.first; i < m.last; i++ {
			used[i] = true
		}
	}
	spans, labels := r.proposals(ws)
	out = slices.Grow(out, len(spans))
	for _, s := range spans {
		if anyUsed(used, s.a, s.b) {
			continue
		}
		out = r.refine(out, ws, s, labels)
	}
	out = joinPossessiveOrgs(ws, r.kb, out)
	sortMentions(out)
	return out
}

// rawSpan is a span of words proposed as a name, with the model's type
// (PER, ORG, LOC, MISC) or "" from the rules.
type rawSpan struct {
	a, b  int
	label string
}

func anyUsed(used []bool, a, b int) bool {
	for i := a; i < b; i++ {
		if used[i] {
			return true
		}
	}
	return false
}

// proposals returns the spans to refine into mentions, and the model's
// label of each word ("" outside its spans, or without a model). In
// running text the rules' runs of capitalized words give the spans, since
// their edges follow the text's casing, which the model's do not always;
// a model span replaces a run where it only adds what the rules left out
// (widerModelName), and the model's own spans are added where no run is.
// In lines whose capitals prove nothing (modelLine) the model's spans come
// first.
func (r *Recognizer) proposals(ws *words) ([]rawSpan, []string) {
	rules := r.ruleSpans(ws)
	if r.cfg.tagger == nil {
		return rules, nil
	}
	model := r.modelSpans(ws)
	labels := make([]string, len(ws.w))
	covered := make([]bool, len(ws.w))
	var spans []rawSpan
	// In a line whose capitals prove nothing, set in capitals or a table
	// of results, the model's spans come first; elsewhere, and in
	// title-case headlines, where the model joins too much, the runs of
	// capitals do.
	for _, s := range model {
		for i := s.a; i < s.b; i++ {
			labels[i] = s.label
		}
		if ws.modelLine(s.a) && r.modelSpanOK(ws, s) {
			spans = append(spans, s)
			mark(covered, s)
		}
	}
	for _, s := range rules {
		if anyUsed(covered, s.a, s.b) || ws.modelLine(s.a) {
			continue
		}
		if r.openerOutsideName(ws, s, labels) {
			s.a++ // "Missing German girl", "Controversial Australian Anthony Hill"
		}
		if m, ok := widerModelName(ws, s, model, rules); ok && (!ws.w[s.a].loose || m.label == "PER" || !r.placeAndHead(ws, s, m)) {
			s = m
		}
		spans = append(spans, s)
		mark(covered, s)
	}
	for _, s := range model {
		if !anyUsed(covered, s.a, s.b) && r.modelSpanOK(ws, s) {
			spans = append(spans, s)
		}
	}
	slices.SortFunc(spans, func(x, y rawSpan) int { return x.a - y.a })
	return spans, labels
}

// openerOutsideName reports whether the first word of the run s opens its
// sentence unconfirmed (see unconfirmedOpener), is no role or honorific,
// and the model reads a name only from the next word on: an adjective
// opening a headline or a sentence.
func (r *Recognizer) openerOutsideName(ws *words, s rawSpan, labels []string) bool {
	return s.b-s.a >= 2 && labels[s.a] == "" && labels[s.a+1] != "" &&
		r.unconfirmedOpener(ws, s.a) && !ws.is(s.a, wcRoleHead|wcHonorific)
}

// unconfirmedOpener reports whether word i opens its sentence, where its
// capital proves nothing, and is neither written capitalized elsewhere
// nor known to the gazetteers.
func (r *Recognizer) unconfirmedOpener(ws *words, i int) bool {
	w := ws.w[i]
	return w.first && !ws.confirmed[w.norm] && !r.kb.known([]string{w.norm})
}

// modelLine reports whether word i is in a line whose capitals prove
// nothing and that reads as no headline: a line in capitals, a line of
// names and figures such as a table of results, or a list of names.
func (ws *words) modelLine(i int) bool {
	capitals, table := ws.lineShape(i)
	return capitals || table
}

// lineShape tells whether word i is in a line set in capitals, and whether
// it is in a table: a line of names and figures (results) or of names and
// commas (a team sheet), where capitals prove nothing either.
func (ws *words) lineShape(i int) (capitals, table bool) {
	w := ws.w[i]
	if !w.loose {
		return false, false
	}
	if len(ws.shapes) != len(ws.sents) {
		ws.shapes = slices.Grow(ws.shapes[:0], len(ws.sents))[:len(ws.sents)]
		clear(ws.shapes)
	}
	if sh := ws.shapes[w.sent]; sh&1 != 0 {
		return sh&2 != 0, sh&4 != 0
	}
	capitals, table = ws.measureLine(w.sent)
	sh := uint8(1)
	if capitals {
		sh |= 2
	}
	if table {
		sh |= 4
	}
	ws.shapes[w.sent] = sh
	return capitals, table
}

// measureLine computes lineShape for sentence si.
func (ws *words) measureLine(si int) (capitals, table bool) {
	sr := ws.sents[si]
	var letters, upper, numbers, commas int
	for _, x := range ws.w[sr.first:sr.last] {
		switch {
		case x.norm == ",":
			commas++
		case x.norm != "" && x.norm[0] >= '0' && x.norm[0] <= '9':
			numbers++
		case hasLetter(x.norm):
			letters++
			if isAllUpper(x.norm) {
				upper++
			}
		}
	}
	// A figure for every three words at least: a score line, not a
	// headline with a year in it. Or a list of names, with a comma for
	// every three words: a team sheet.
	return upper*10 >= letters*7, numbers > 0 && numbers*3 >= letters || commas >= 2 && commas*3 >= letters
}

// widerModelName returns the model's span that holds the run s and
// reaches further than the runs of capitals, when the words it adds may
// be part of a name: capitalized words the rules left out ("Jan Kroslak",
// where "Jan" reads as a month; "Peter Such", where "Such" reads as a
// function word), a number after them ("Euro 2028"), or, in the name of
// an organization or another name, words such as "and" or "in" that join
// other runs ("Organisation for Security and Cooperation in Europe").
// Runs that the span crosses, or two whole organizations joined by "and"
// ("State Department and White House"), keep the rules' reading.
func widerModelName(ws *words, s rawSpan, model, rules []rawSpan) (rawSpan, bool) {
	// Both lists are in text order, without overlaps: the one model span
	// that may hold s is the first that ends after s starts.
	k, _ := slices.BinarySearchFunc(model, s.a, func(m rawSpan, a int) int { return cmp.Compare(m.b, a+1) })
	if k == len(model) {
		return rawSpan{}, false
	}
	m := model[k]
	if m.a > s.a || m.b < s.b || m.b-m.a == s.b-s.a {
		return rawSpan{}, false
	}
	inRun := make([]bool, m.b-m.a)
	j, _ := slices.BinarySearchFunc(rules, m.a, func(o rawSpan, a int) int { return cmp.Compare(o.b, a+1) })
	for _, o := range rules[j:] {
		if o.a >= m.b {
			break
		}
		if o.a < m.a || o.b > m.b {
			return rawSpan{}, false // a run across the span's edge
		}
		for i := o.a; i < o.b; i++ {
			inRun[i-m.a] = true
		}
	}
	joins := m.label == "ORG" || m.label == "MISC"
	for i := m.a; i < m.b; i++ {
		lw := ws.lowerAt(i)
		hon := ws.is(i, wcHonorific)
		switch {
		case i > m.a && ws.w[i].split:
			return rawSpan{}, false // "US-Russian", "Reuters/Jane Roe": cut on purpose
		case i < s.a && m.label != "PER" && ws.is(i, wcCalendar):
			return rawSpan{}, false // "The August Chicago NAPM": a date before the name
		case inRun[i-m.a]:
		case i >= s.b && isDigits(lw):
		case ws.w[i].cap && (m.label != "PER" || !hon && !ws.is(i, wcRoleHead) && !roleModifiers[lw]):
		case joins && nameJoiners[lw] && i > m.a && inRun[i-1-m.a] && (lw != "and" || !ws.wholeNameBefore(i)):
		default:
			return rawSpan{}, false
		}
	}
	return m, true
}

// placeAndHead reports whether the model's span m adds to the place s one
// word that heads organizations or facilities, and perhaps a compass
// point: in a heading, where capitals prove nothing, "Kharkiv Front" is a
// front line and "Ukraine Daily" a column as often as an organization.
func (r *Recognizer) placeAndHead(ws *words, s, m rawSpan) bool {
	heads := 0
	for i := m.a; i < m.b; i++ {
		switch {
		case i >= s.a && i < s.b, compassAbbrevs[ws.w[i].norm], compassWords[ws.lowerAt(i)]:
		case ws.is(i, wcOrgHead|wcFacHead):
			heads++
		default:
			return false
		}
	}
	return heads == 1 && r.kb.place(ws.norms(s.a, s.b)) != ""
}

// wholeNameBefore reports whether the run of capitals that ends before
// word i is a whole name: it ends in an organization's head word or is a
// known place ("State Department and White House", "US and Russia").
func (ws *words) wholeNameBefore(i int) bool {
	a := i
	for a > 0 && ws.w[a-1].cap && !ws.is(a-1, wcFunction) && ws.sameSentence(a-1, i) {
		a--
	}
	return ws.is(i-1, wcOrgHead) || a < i && ws.kb.place(ws.norms(a, i)) != ""
}

// nameJoiners join the parts of a long name written in lower case.
var nameJoiners = wordsOf(lexicon.NameJoiner)

// mark sets covered over the words of s.
func mark(covered []bool, s rawSpan) {
	for i := s.a; i < s.b; i++ {
		covered[i] = true
	}
}

// modelSpanOK reports whether a span the model found alone may be a name.
// In a headline, where capitals prove nothing, one of its words must be
// known or written capitalized elsewhere.
func (r *Recognizer) modelSpanOK(ws *words, s rawSpan) bool {
	for i := s.a; i < s.b; i++ {
		lw := ws.lowerAt(i)
		if calendarWords[lw] || ws.is(i, wcFunction) && ws.w[i].cap && !(i > s.a && isInitialWord(ws.w[i-1].norm)) || ws.partyLabel(i) ||
			i == s.a && ws.is(i-1, wcClock) && ws.sameSentence(i-1, i) {
			return false // "UPDATE 2230 GMT", "The", "(D-Ohio)"; but "P. Such" is a name
		}
	}
	if w := ws.w[s.a]; s.b-s.a == 1 && w.first && !w.loose {
		// One word opening a sentence or a clause, where its capital says
		// nothing, needs other support: written capitalized elsewhere,
		// known, or tagged a proper noun and never written in lower case
		// ("Well, ...", "Pretty much", "Let's start" have none).
		if ws.confirmed[w.norm] || r.knownName(w) {
			return true
		}
		// A function word's tag on an unknown word is the tagger's guess
		// ("Worcestershire/CC").
		return !ws.lower[w.lower] && !notNounTags[w.tag] && !(functionTags[w.tag] && r.cfg.tagger.common(w.lower))
	}
	if !ws.w[s.a].loose || ws.modelLine(s.a) || r.loosePerson(ws, s) {
		return true
	}
	for i := s.a; i < s.b; i++ {
		w := ws.w[i]
		if w.cap && (ws.confirmed[w.norm] || r.knownName(w) || nameShaped(w.norm)) {
			return true
		}
	}
	return false
}

// notNounTags are the parts of speech of words that open a sentence and
// are no names: verbs, adverbs, adjectives and plural nouns; and
// functionTags those of function words.
var (
	notNounTags  = set(`RB RBR RBS VB VBD VBG VBN VBP VBZ NNS JJ JJR JJS`)
	functionTags = set(`MD UH IN DT PRP PRP$ WDT WP WP$ WRB CC TO EX PDT`)
)

// nameShaped reports whether w has a capital inside it, as names do and a
// headline's common words do not: "McKay", "O'Neill", "LeBlanc", and after
// a hyphen only behind a particle ("Al-Qaeda", not "Well-Known"). Acronyms
// and their plurals ("NATO", "PACs") are not name-shaped.
func nameShaped(w string) bool {
	if isAllUpper(w) || isAllUpper(strings.TrimSuffix(w, "s")) {
		return false
	}
	seg, before := 0, 0 // starts of the current part and of the one before its hyphen
	var prev rune
	for i, r := range w {
		switch {
		case i == 0:
		case unicode.IsUpper(r) && prev == '-':
			if before < i-1 && startParticles[strings.ToLower(w[before:i-1])] {
				return true
			}
		case unicode.IsUpper(r) && (unicode.IsLetter(prev) || prev == '\''):
			return true
		}
		if r == '-' {
			before, seg = seg, i+1
		}
		prev = r
	}
	return false
}

// loosePerson reports whether the model's person s, in a line whose
// capitals prove nothing, is a name: it opens with a known first name, or
// it is the whole line, as a byline is.
func (r *Recognizer) loosePerson(ws *words, s rawSpan) bool {
	if s.label != "PER" {
		return false
	}
	if _, ok := r.kb.firstName(ws.w[s.a].norm); ok {
		return true
	}
	sr := ws.sents[ws.w[s.a].sent]
	return s.a == sr.first && s.b == sr.last
}
