package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"

	"github.com/sayso/sayso/internal/ctxpoll"
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
	// trace is 1 + the index of the mention's notes in the call's tracer,
	// or 0. An int32 here fits in the padding after gender, so that
	// tracing does not grow the mentions copied on every call.
	trace int32
	title corpus.Span
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

// mentionFinder finds the candidate mentions of one document. It serves
// one call of Recognize and is not safe for concurrent use.
type mentionFinder struct {
	ws     *words
	kb     knowledge
	tagger tagger // nil without a model
	lex    *userLexicon
	tr     *tracer // nil unless WithTrace
	// poll stops the work early once the call's context is done; the
	// caller then returns the context's error.
	poll *ctxpoll.Poll
}

// find returns the candidate mentions of the document, in text order,
// without overlaps: user lexicon matches first, then the model's spans (or
// the rules' spans without a model), refined into proper names.
func (f *mentionFinder) find() []mention {
	used := zeroed(&f.ws.scratch.used, len(f.ws.w))
	out := f.ws.scratch.mentions[:0]
	defer func() { f.ws.scratch.mentions = out[:0] }()
	for _, m := range f.lex.find(f.ws, f.tr) {
		out = append(out, m)
		for i := m.first; i < m.last; i++ {
			used[i] = true
		}
	}
	spans, labels := f.proposals()
	out = slices.Grow(out, len(spans))
	rf := newRefiner(f.ws, f.kb, f.tagger, labels, f.tr)
	for _, s := range spans {
		if f.poll.Done() {
			break // the caller returns the context's error
		}
		if anyUsed(used, s.a, s.b) {
			continue
		}
		out = rf.refine(out, s)
	}
	// Each step below is one pass over all the mentions: on a huge
	// article, long enough to read the context between them.
	if out = joinPossessiveOrgs(f.ws, out, f.tr); f.poll.Check() {
		return out
	}
	if sortMentions(out); f.poll.Check() {
		return out
	}
	rf.typer.sceneEvidence(out)
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
func (f *mentionFinder) proposals() ([]rawSpan, []string) {
	sc := &f.ws.scratch
	rules := runFinder{ws: f.ws, kb: f.kb, poll: f.poll}.spans(sc.rules[:0])
	sc.rules = rules
	if f.tagger == nil {
		return rules, nil
	}
	model := f.modelSpans(sc.model[:0])
	sc.model = model
	labels, covered := zeroed(&sc.labels, len(f.ws.w)), zeroed(&sc.covered, len(f.ws.w))
	spans := slices.Grow(sc.spans[:0], len(rules)+len(model))
	defer func() { sc.spans = spans }()
	// A line of a list of people opens with a person's name, which
	// neither the runs (its capitals prove nothing) nor always the model
	// find.
	for _, ll := range f.ws.lists {
		for _, n := range ll.names {
			s := rawSpan{a: n[0], b: n[1], label: "PER"}
			spans = append(spans, s)
			mark(covered, s)
		}
	}
	// In a line whose capitals prove nothing, set in capitals or a table
	// of results, the model's spans come first; elsewhere, and in
	// title-case headlines, where the model joins too much, the runs of
	// capitals do.
	for _, s := range model {
		if f.poll.Done() {
			break // the caller returns the context's error
		}
		for i := s.a; i < s.b; i++ {
			labels[i] = s.label
		}
		if f.ws.modelLine(s.a) && !anyUsed(covered, s.a, s.b) && f.modelSpanOK(s) {
			spans = append(spans, s)
			mark(covered, s)
		}
	}
	for _, s := range rules {
		if f.poll.Done() {
			break
		}
		if anyUsed(covered, s.a, s.b) || f.ws.modelLine(s.a) {
			continue
		}
		if f.openerOutsideName(s, labels) {
			s.a++ // "Missing Dutch hiker", "Outspoken Canadian Marie Tremblay"
		}
		if m, ok := f.widerModelName(s, model, rules); ok && (!f.ws.w[s.a].loose || m.label == "PER" || !f.placeAndHead(s, m)) {
			s = m
		}
		spans = append(spans, s)
		mark(covered, s)
	}
	for _, s := range model {
		if f.poll.Done() {
			break
		}
		if !anyUsed(covered, s.a, s.b) && f.modelSpanOK(s) {
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
func (f *mentionFinder) openerOutsideName(s rawSpan, labels []string) bool {
	return s.b-s.a >= 2 && labels[s.a] == "" && labels[s.a+1] != "" &&
		f.ws.unconfirmedOpener(s.a, f.kb) && !f.ws.is(s.a, wcRoleHead|wcHonorific)
}

// unconfirmedOpener reports whether word i opens its sentence, where its
// capital proves nothing, and is neither written capitalized elsewhere
// nor known to the gazetteers kb.
func (ws *words) unconfirmedOpener(i int, kb knowledge) bool {
	w := ws.w[i]
	return w.first && !ws.confirmed(i) && !kb.known([]string{w.norm})
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
	sr := ws.sents[w.sent]
	capitals, table = measureLine(ws.w[sr.first:sr.last])
	if _, ok := ws.lists[w.sent]; ok {
		table = false // its commas part names, not columns
	}
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

// measureLine computes lineShape for the words of one sentence.
func measureLine(line []word) (capitals, table bool) {
	var letters, upper, numbers, commas int
	for _, x := range line {
		switch {
		case x.norm == ",":
			commas++
		case x.norm != "" && x.norm[0] >= '0' && x.norm[0] <= '9':
			numbers++
		case hasLetter(x.norm):
			letters++
			if ortho.Uppercase(x.norm) {
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
// be part of a name: capitalized words the rules left out ("Jan Mikulec",
// where "Jan" reads as a month; "M. Such", where "Such" reads as a
// function word), a number after them ("Euro 2028"), or, in the name of
// an organization or another name, words such as "and" or "in" that join
// other runs ("Organisation for Security and Cooperation in Europe").
// Runs that the span crosses, or two whole organizations joined by "and"
// ("Energy Ministry and Central Bank"), keep the rules' reading.
func (f *mentionFinder) widerModelName(s rawSpan, model, rules []rawSpan) (rawSpan, bool) {
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
		if lw := f.ws.lowerAt(i); lw == "in" && i >= s.b && i > m.a && f.kb.place(f.ws.norms(i+1, m.b)) == GPE {
			// "the Centre for X in Washington": the name ends before the
			// town where it is.
			m.b = i
			break
		}
		lw := f.ws.lowerAt(i)
		hon := f.ws.is(i, wcHonorific)
		switch {
		case i > m.a && f.ws.w[i].split:
			return rawSpan{}, false // "US-Chinese", "Reuters/Jane Roe": cut on purpose
		case i < s.a && m.label != "PER" && f.ws.is(i, wcCalendar):
			return rawSpan{}, false // "The June Boston PMI": a date before the name
		case inRun[i-m.a]:
		case i >= s.b && isDigits(lw):
		case f.ws.w[i].cap && (m.label != "PER" || !hon && !f.ws.is(i, wcRoleHead|wcRoleModifier)):
		case joins && nameJoiners[lw] && i > m.a && inRun[i-1-m.a] && (lw != "and" || !f.wholeNameBefore(i)) && !f.personBefore(i):
		case joins && lw == "the" && i > m.a+1 && inRun[i-2-m.a] && (f.ws.lowerAt(i-1) == "of" || f.ws.lowerAt(i-1) == "for") && i+1 < m.b && f.ws.w[i+1].cap:
			// "Centre for the Public Good", "Court of Appeals for the
			// Ninth Circuit".
			inRun[i-m.a] = true
		default:
			return rawSpan{}, false
		}
	}
	if m.b < s.b || m.b-m.a == s.b-s.a {
		return rawSpan{}, false
	}
	return m, true
}

// placeAndHead reports whether the model's span m adds to the place s one
// word that heads organizations or facilities, and perhaps a compass
// point: in a heading, where capitals prove nothing, "Kharkiv Front" is a
// front line and "Ukraine Daily" a column as often as an organization.
func (f *mentionFinder) placeAndHead(s, m rawSpan) bool {
	heads := 0
	for i := m.a; i < m.b; i++ {
		switch {
		case i >= s.a && i < s.b, compassAbbrevs[f.ws.w[i].norm], compassWords[f.ws.lowerAt(i)]:
		case f.ws.is(i, wcOrgHead|wcFacHead):
			heads++
		default:
			return false
		}
	}
	return heads == 1 && f.kb.place(f.ws.norms(s.a, s.b)) != ""
}

// wholeNameBefore reports whether the run of capitals that ends before
// word i is a whole name: it ends in an organization's head word or is a
// known place ("Energy Ministry and Central Bank", "France and Spain").
func (f *mentionFinder) wholeNameBefore(i int) bool {
	a := i
	for a > 0 && f.ws.w[a-1].cap && !f.ws.is(a-1, wcFunction) && f.ws.sameSentence(a-1, i) {
		a--
	}
	return f.ws.is(i-1, wcOrgHead) || a < i && f.kb.place(f.ws.norms(a, i)) != ""
}

// personBefore reports whether the run of capitals that ends before word
// i has the shape of a person's name: a known first name and one or two
// more words, none of which heads an organization, a facility or a place.
// "Fletcher Vale of ABC News" is a person and where the person works.
func (f *mentionFinder) personBefore(i int) bool {
	a := i
	for a > 0 && f.ws.w[a-1].cap && f.ws.sameSentence(a-1, i) {
		a--
	}
	if n := i - a; n < 2 || n > 3 {
		return false
	}
	if _, ok := f.kb.firstName(f.ws.w[a].norm); !ok {
		return false
	}
	for k := a; k < i; k++ {
		if f.ws.is(k, wcOrgHead|wcFacHead|wcLocHead|wcMiscHead|wcFunction|wcRoleHead) || ortho.Uppercase(f.ws.w[k].norm) && len(f.ws.w[k].norm) > 1 {
			return false
		}
	}
	return f.kb.place(f.ws.norms(a, i)) == ""
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
func (f *mentionFinder) modelSpanOK(s rawSpan) bool {
	for i := s.a; i < s.b; i++ {
		if f.ws.is(i, wcDate) || f.ws.is(i, wcFunction) && f.ws.w[i].cap && !(i > s.a && isInitialWord(f.ws.w[i-1].norm)) || f.ws.partyLabel(i) ||
			i == s.a && f.ws.is(i-1, wcClock) && f.ws.sameSentence(i-1, i) {
			return false // "UPDATE 1415 GMT", "The", "(D-Ohio)"; but "M. Such" is a name
		}
	}
	if w := &f.ws.w[s.a]; s.b-s.a == 1 && w.first && !w.loose {
		// One word opening a sentence or a clause, where its capital says
		// nothing, needs other support: written capitalized elsewhere,
		// known, or tagged a proper noun and never written in lower case
		// ("Well, ...", "Pretty much", "Let's start" have none).
		if f.ws.confirmed(s.a) {
			return true
		}
		if n := s.a + 1; n < len(f.ws.w) && f.ws.sameSentence(s.a, n) && !f.ws.w[n].cap && f.ws.is(n, wcFunction) && f.tagger.common(w.lower) {
			// A common word before a function word: "Given the", "Ever
			// since", "Forget about the tariffs", though "Ever" and
			// "Given" are also first names.
			return false
		}
		if knownName(f.kb, f.ws, s.a) {
			return true
		}
		// A function word's tag on an unknown word is the tagger's guess
		// ("Worcestershire/CC").
		return !f.ws.lowerSeen(s.a) && !notNounTags[w.tag] && !(functionTags[w.tag] && f.tagger.common(w.lower))
	}
	if !f.ws.w[s.a].loose || f.ws.modelLine(s.a) || f.loosePerson(s) {
		return true
	}
	for i := s.a; i < s.b; i++ {
		w := &f.ws.w[i]
		if w.cap && (f.ws.confirmed(i) || knownName(f.kb, f.ws, i) || nameShaped(w.norm)) {
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
// headline's common words do not: "McTavish", "O'Neill", "LeBlanc", and after
// a hyphen only behind a particle ("Al-Qaeda", not "Well-Known"). Acronyms
// and their plurals ("NATO", "PACs") are not name-shaped.
func nameShaped(w string) bool {
	if ortho.Uppercase(w) || ortho.Uppercase(strings.TrimSuffix(w, "s")) {
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
func (f *mentionFinder) loosePerson(s rawSpan) bool {
	if s.label != "PER" {
		return false
	}
	if _, ok := f.kb.firstName(f.ws.w[s.a].norm); ok {
		return true
	}
	sr := f.ws.sents[f.ws.w[s.a].sent]
	return s.a == sr.first && s.b == sr.last
}
