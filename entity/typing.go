package entity

import (
	"strings"

	"github.com/sayso/sayso/corpus"

	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// Evidence weights. Each kind of evidence has one weight, set by how
// directly it tells a type, so that no rule carries a weight of its own:
//
//   - weightHint: a weak hint, such as a known first name, alone or
//     opening a longer name, which is also a surname, a town or the first
//     word of a club or a company often enough ("Real Madrid"); or a
//     listed place that the model reads as an organization or a person.
//   - weightModel: the sequence model's label, for a class (person,
//     organization, place, other); the other evidence picks the type
//     within it. It is right on most news names, but its classes for rare
//     names are guesses, so a rule of context and a hint outvote it. In a
//     table of results it weighs as much as a defining cue.
//   - weightContext: a word near the name that usually goes with one type:
//     a title after it, "the town of X", a minor place name that people
//     also bear, a place word at the name's edge.
//   - weightLexicon: the name itself is listed in a gazetteer, or its own
//     head word is typed ("X Front", "X Hotel"), or a title precedes it.
//   - weightDefining: words that fix the type whatever the lists say: an
//     honorific, a classifying noun right after the name ("X district",
//     "the X news agency"), a compass word before a known place.
//
// A defining cue outweighs a listed name plus the model (5 > 3 + 1.5),
// and a listed name outweighs the model plus a hint.
const (
	weightHint     = 1.0
	weightModel    = 1.5
	weightContext  = 2.0
	weightLexicon  = 3.0
	weightDefining = 5.0
)

// typer gathers the evidence for the type of each candidate mention. It
// serves one call of Recognize.
type typer struct {
	ws     *words
	kb     knowledge
	tagger tagger // nil without a model
	titles titleFinder
	tr     *tracer // nil unless WithTrace
	// metaNames holds the kind of each name of the bylines and credits,
	// the first given for its span; built when first needed.
	metaNames map[corpus.Span]corpus.NameKind
}

// evidence adds to m.votes what the model label, the gazetteers, the head
// words and the context say of the mention's type. person is set when a
// title or an honorific precedes the name.
func (ty *typer) evidence(m *mention, label string, person bool) {
	ws := ty.ws
	norms := ws.norms(m.first, m.last)
	n := len(norms)
	h := ws.head(m.first, m.last)
	first := ws.w[m.first].lower
	// The word lists of the head and first words, found in buildWords.
	hc, fc := ws.w[h].cls, ws.w[m.first].cls
	place := ty.kb.place(norms)
	if w := ws.w[m.first]; n == 1 && place == "" && ortho.Uppercase(w.norm) && (w.loose || w.first && datelineMarks[ws.lowerAt(m.last)]) {
		// In a line set in capitals, or opening a dateline ("OSLO, Norway
		// -"), capitals do not mark an acronym: ask for the word as a name.
		place = ty.kb.place([]string{titleCase(w.norm)})
	}
	norpKey, isNorp := norpPhrase(ty.kb, norms)
	ty.modelEvidence(m, label)
	defer func() {
		m.votes.merge(m.cues, typeVotes{}, false)
	}()
	switch {
	case isNorp && n > 1 && !ty.kb.major(norms):
		// A region word before a nationality ("North African", "West
		// African") makes a group, though the gazetteer may compose a
		// place from the region word.
	case (label == "ORG" || label == "PER") && !ws.precededBy(m.first, placePrepositions):
		// A place name the model reads as a team, a government or a
		// person: the context decides, the list only hints.
		ty.lexicalCue(m, place, weightHint, "listed place, read by the model as no place")
	case place == GPE && !ty.kb.major(norms):
		ty.lexicalCue(m, place, weightContext, "listed minor place") // many towns share a name with people
	case place != "":
		ty.cue(m, place, weightLexicon, srcGazetteer, "listed place", -1)
	}
	if ty.kb.org(norms) {
		ty.cue(m, Org, weightLexicon, srcGazetteer, "listed organization", -1)
	}
	ty.metaEvidence(m)
	listed := ty.nomineeEvidence(m, place, isNorp || ty.kb.org(norms))
	if label == "LOC" && place == "" && !isNorp && m.last < len(ws.w) && ws.sameSentence(m.last-1, m.last) && speechVerbs[ws.lowerAt(m.last)] {
		// A place no list knows that speaks is the institution housed
		// there: "the White House said".
		ty.cue(m, Org, weightContext, srcContext, "an unlisted place before a speech verb: an institution", -1)
	}
	if ws.followedByClass(m.last, wcLocHead) && hc&wcFacHead == 0 && ty.kb.country(norms) == "" {
		// Not after a country: "a U.S. district court" is a court of
		// the country, no district named after it.
		ty.cue(m, Loc, weightDefining, srcContext, "place word after the name", m.last) // "Tamar district", "Oder valley"
	}
	if !isNorp && (ws.followedBy(m.last, orgFollowers) || ws.followedBy(m.last+1, orgFollowers) && ortho.StartsLower(ws.lowerAt(m.last)) && !ws.w[m.last].split) {
		// "the Norden news agency", "the X rebel faction"; but a group
		// word is an adjective there: "Maoist militia".
		// "the Helsinki-based company" is a company in Helsinki.
		ty.cue(m, Org, weightDefining, srcContext, "organization noun after the name", -1)
	}
	if !isNorp && place == "" && ws.precededBy(m.first, orgFollowers) && !ws.w[m.first-1].cap && !ws.verbAt(m.last) {
		// "the company Neil Hartley International", "the news agency X";
		// not "the party Trump leads".
		ty.cue(m, Org, weightContext, srcContext, "organization noun before the name", m.first-1)
	}
	if isNorp && norpKey != "" {
		ty.cue(m, NORP, weightLexicon, srcGazetteer, "listed nationality or group", -1)
	}
	switch {
	case isNorp && n > 1, place != "":
		// "West African" is a group and "Czech Republic" a country,
		// whatever their head words say.
	case hc&wcOrgHead != 0:
		ty.cue(m, Org, weightLexicon, srcHead, "head word", h)
	case hc&wcFacHead != 0:
		ty.cue(m, Fac, weightLexicon, srcHead, "head word", h)
	case n > 1 && fc&wcMiscHead != 0 && hasDigit(ws.w[m.last-1].norm):
		ty.cue(m, Misc, weightDefining, srcHead, "a law's number after its head word", m.first) // "Bill C-48"
	case n > 1 && hc&wcMiscHead != 0:
		ty.cue(m, Misc, weightLexicon, srcHead, "head word", h) // "Gulf War", "Davis Cup"
	case n > 1 && hc&wcLocHead != 0:
		ty.cue(m, Loc, weightContext, srcHead, "place word at the end", h) // "X Valley"
	case n > 1 && fc&wcLocHead != 0:
		ty.cue(m, Loc, weightContext, srcHead, "place word at the start", m.first) // "Lake X"
	}
	_, titled := ty.titles.titleBefore(m.first)
	switch {
	case person:
		ty.cue(m, Person, weightDefining, srcContext, "honorific or title with the name", -1) // it fixes the type
	case titled:
		ty.cue(m, Person, weightLexicon, srcContext, "title before the name", -1) // "Justice Department spokesman Tom Baker"
	case len(ty.titles.titlesAfter(m.last)) > 0:
		ty.cue(m, Person, weightContext, srcContext, "title after the name", -1) // "Tom Baker, the Justice Department spokesman,"
	}
	if !person && !titled && !isNorp && place == "" && !listed && !ws.articleBefore(m.first, m.last) {
		ty.personContext(m, norms, hc)
	}
	if ty.titles.complementOfRole(m.first) {
		ty.cue(m, Org, weightContext, srcContext, "after a role and of or for", -1) // "editor-in-chief of Harbor Weekly"
	}
	if ws.precededBy(m.first, gpeNouns) || ws.lowerAt(m.first-1) == "of" && gpeNouns[ws.lowerAt(m.first-2)] {
		ty.cue(m, GPE, weightContext, srcContext, "town noun before the name", -1) // "the town Ostrava", "the Vienna suburb of Mödling"
	}
	if n == 1 && strings.HasSuffix(first, "ern") && (place != "" || isNorp) && m.last < len(ws.w) && ws.sameSentence(m.first, m.last) && ortho.StartsLower(ws.w[m.last].norm) {
		ty.cue(m, NORP, weightDefining, srcContext, "compass adjective before a noun", -1) // "Northern voters"
	}
	if n > 1 && compassWords[first] && place == "" && ty.kb.place(norms[1:]) != "" {
		ty.cue(m, Loc, weightDefining, srcContext, "compass word before a listed place", m.first) // "West Kharkiv": a part of a place, unlike "North Dakota"
	}
	if _, ok := ty.kb.firstName(norms[0]); ok && !listed && !compassWords[first] && hc&(wcOrgHead|wcFacHead) == 0 && fc&wcLocHead == 0 && !ws.articleBefore(m.first, m.last) {
		if n > 1 {
			ty.cue(m, Person, weightHint, srcGazetteer, "listed first name opening the name", -1)
		} else {
			ty.lexicalCue(m, Person, weightHint/2, "listed first name") // alone, as often a surname or a place
		}
	}
	if n > 1 && nameSuffixes[ws.w[m.last-1].lower] && !ws.w[m.last-1].loose {
		ty.cue(m, Person, weightLexicon, srcRule, "suffix closing a person's name", m.last-1) // "Thomas Reed Sr."
	}
	if n > 1 && isInitialWord(norms[0]) && hc&(wcOrgHead|wcFacHead) == 0 {
		ty.cue(m, Person, weightContext, srcRule, "initial opening the name", -1) // "P. Hollins"
	}
	if label == "" && m.guess == "" {
		switch {
		case ortho.Uppercase(strings.ReplaceAll(norms[0], ".", "")) && n == 1 && !ws.w[m.first].loose:
			if lw := ws.w[m.first].lower; len(lw) < 4 || ty.tagger == nil || !ty.tagger.common(lw) {
				ty.guess(m, Org, "acronym") // most often an organization
			}
			// else a common word set in capitals, "NOTE", "CALL"; short
			// ones are acronyms too often ("IS", "UN").
		case ws.followedByClass(m.last, wcLocHead):
			ty.cue(m, Loc, weightHint, srcContext, "lower-case place word after the name", m.last)
		case ws.precededBy(m.first, placePrepositions):
			ty.guess(m, GPE, "after a place preposition")
		case m.last < len(ws.w) && speechVerbs[ws.lowerAt(m.last)]:
			ty.guess(m, Person, "before a speech verb") // "Okafor said"
		case n == 1 && ws.lowerSeen(m.first):
			// A lone word, written in lower case elsewhere, with nothing
			// to type it, is a common word capitalized for emphasis or
			// after a quotation mark: no guess.
		default:
			ty.guess(m, Org, "nothing else to go by")
		}
	}
}

// personContext adds what the words around a name, and the name's other
// uses, say of a person: a relative "who" after it ("Florina Lane, who
// once..."), an apposition that gives a role ("Ana Ruiz, a union
// lawyer,"), and, for a name opened by a known first name, a speech verb
// right after it ("Ana Ruiz said") or its last word written alone
// elsewhere, as a surname is once the full name is given ("Fletcher Vale
// ... said Vale"). Each is the shape of a person's name
// in news, and outweighs the model's reading of an unknown name as an
// organization.
func (ty *typer) personContext(m *mention, norms []string, hc wordClass) {
	ws, n := ty.ws, len(norms)
	if hc&(wcOrgHead|wcFacHead|wcLocHead|wcMiscHead) != 0 {
		return
	}
	next, after := ws.lowerAt(m.last), ws.lowerAt(m.last+1)
	if !ws.sameSentence(m.last-1, m.last) {
		next = ""
	}
	switch {
	case n > 1 && (next == "who" || next == "," && after == "who" && ws.sameSentence(m.last, m.last+1)):
		// Not one word: a British team takes "who" ("Surrey, who
		// thrashed Kent").
		ty.cue(m, Person, weightContext, srcContext, "relative who after the name", -1)
	case next == "," && ws.roleApposition(m.last+1):
		ty.cue(m, Person, weightContext, srcContext, "role in apposition after the name", -1)
	}
	if _, ok := ty.kb.firstName(norms[0]); !ok || n < 2 || ws.w[m.last-1].loose || ortho.Uppercase(norms[n-1]) ||
		n > 2 && ty.kb.place(norms[:n-1]) != "" { // "Hong Kong Standard"

		return
	}
	for i := m.first; i < m.last; i++ {
		if !ws.w[i].cap && !midParticles[ws.lowerAt(i)] {
			return // "Dalby & Morrow", "Kessel Controls and Fenn": companies
		}
	}
	// Organizations speak too ("Halden Red Cross said"): a speech verb
	// tells a person only after a known first name.
	switch {
	case speechVerbs[next]:
		ty.cue(m, Person, weightContext, srcContext, "first name, and a speech verb after the name", -1)
	case ws.alone(m.last - 1):
		ty.cue(m, Person, weightContext, srcContext, "first name, and the surname written alone elsewhere", -1)
	}
}

// roleApposition reports whether the words from i are an apposition that
// gives a person's role: "a", "an" or "the", up to three lower-case words,
// and a role head in the singular ("a union lawyer", "the party's chief
// strategist"), or a role head alone before "at", "of" or "for"
// ("director at the institute").
func (ws *words) roleApposition(i int) bool {
	switch ws.lowerAt(i) {
	case "a", "an", "the":
	case "at", "of", "for":
		return false
	default:
		// "Ana Ruiz, director at the institute": a bare role, then
		// where the role is held.
		lw := ws.lowerAt(i)
		return ws.is(i, wcRoleHead) && !strings.HasSuffix(lw, "s") && i+1 < len(ws.w) && ws.sameSentence(i, i+1) &&
			(ws.lowerAt(i+1) == "at" || ws.lowerAt(i+1) == "of" || ws.lowerAt(i+1) == "for")
	}
	for j := i + 1; j <= i+4 && j < len(ws.w) && ws.sameSentence(i, j); j++ {
		lw := ws.lowerAt(j)
		if ws.is(j, wcRoleHead) && !strings.HasSuffix(lw, "s") && !ws.modifiesNoun(j) {
			return true
		}
		if ws.w[j].cap || !hasLetter(lw) && !isPossessive(lw) || ws.is(j, wcFunction) {
			return false
		}
	}
	return false
}

// articleBefore reports whether the name [i, j) has a determiner before it
// in its sentence, with at most one ordinal between ("the Golden Orb",
// "his first Golden Orb"), and ends its noun phrase: a person's name
// takes no article, so a first name opening the name says nothing. A
// name that modifies a noun after it may be a person's ("the Larry
// Quell review"), as may one after an adjective ("the late John
// Major").
func (ws *words) articleBefore(i, j int) bool {
	k := i - 1
	if k >= 0 && ws.sameSentence(k, i) && ws.is(k, wcOrdinal) && !ws.w[k].cap {
		k--
	}
	if k < 0 || !ws.sameSentence(k, i) || ws.w[k].cap || !nameDeterminers[ws.w[k].lower] {
		return false
	}
	return j >= len(ws.w) || !ws.sameSentence(i, j) || ws.w[j].cap || !strings.HasPrefix(ws.w[j].tag, "NN")
}

// nameDeterminers come before the names of things, not of people.
var nameDeterminers = set("the a an his her its their our my your this that")

// verbAt reports whether word i, in the sentence of word i-1, is a verb:
// "the party Trump leads".
func (ws *words) verbAt(i int) bool {
	return i < len(ws.w) && ws.sameSentence(i-1, i) && strings.HasPrefix(ws.w[i].tag, "VB")
}

// modifiesNoun reports whether the role word at i modifies the common noun
// after it, in the same sentence, rather than heading its phrase: "the
// host site of", "a police station".
func (ws *words) modifiesNoun(i int) bool {
	j := i + 1
	if j >= len(ws.w) || !ws.sameSentence(i, j) || ws.w[j].cap || ws.is(j, wcFunction|wcRoleHead) {
		return false
	}
	lw := ws.lowerAt(j)
	return hasLetter(lw) && !isPossessive(lw) && ws.w[j].tag != "" && ws.w[j].tag[0] == 'N'
}

// isInitialWord reports whether w is an initial with its full stop: "T.".
func isInitialWord(w string) bool {
	b, ok := strings.CutSuffix(w, ".")
	return ok && isInitial(b)
}

// head returns the index of the head word of the name [a, b): its last
// word, or the word before a complement of "of" or "for" ("School of
// Design", "Center for Policy Research").
func (ws *words) head(a, b int) int {
	for i := a + 1; i < b-1; i++ {
		if w := ws.w[i].norm; w == "of" || w == "for" {
			return i - 1
		}
	}
	return b - 1
}

// datelineMarks follow the place name that opens a dateline: "OSLO,
// Norway", "WASHINGTON (Reuters)", "PARIS - ".
var datelineMarks = set("( , - \u2013 \u2014 --")

// orgFollowers are common nouns written after an organization's name.
var orgFollowers = wordsOf(lexicon.OrgFollower)

// gpeNouns come before the name of a populated place.
var gpeNouns = wordsOf(lexicon.PlaceNoun)

// speechVerbs follow the name of a speaker: the finite forms ("says",
// "said") of the verbs of lexicon.Speaker.
var speechVerbs = lexicon.Set(lexicon.Default().Forms(lexicon.Speaker, lexicon.Finite))

// placePrepositions often come before a place name.
var placePrepositions = wordsOf(lexicon.PlacePreposition)

// followedBy reports whether the word at i is lower case and in set.
func (ws *words) followedBy(i int, in map[string]bool) bool {
	return i < len(ws.w) && ws.sameSentence(i-1, i) && !ws.w[i].cap && in[ws.lowerAt(i)]
}

// followedByClass is followedBy for the words of the classes c.
func (ws *words) followedByClass(i int, c wordClass) bool {
	return i < len(ws.w) && ws.sameSentence(i-1, i) && !ws.w[i].cap && ws.is(i, c)
}

// precededBy reports whether the word before i is in set.
func (ws *words) precededBy(i int, in map[string]bool) bool {
	return i > 0 && ws.sameSentence(i-1, i) && in[ws.lowerAt(i-1)]
}

// norpPhrase reports whether words name a nationality or group, alone
// ("Germans") or after region words ("West African", "East Asian"), with
// the key shared by its forms.
func norpPhrase(kb knowledge, words []string) (string, bool) {
	key, ok := kb.norp(words[len(words)-1])
	if !ok {
		return "", false
	}
	if len(words) == 1 {
		return key, true
	}
	for _, w := range words[:len(words)-1] {
		// Region words before it ("West African", "North African"), not a
		// first name ("Michael Green").
		if _, norp := kb.norp(w); !compassWords[strings.ToLower(w)] && !norp && kb.place([]string{w}) == "" {
			return "", false
		}
	}
	return strings.ToLower(strings.Join(words, " ")), true
}

// modelEvidence adds the model's label to m.votes: a class, whose type
// the other evidence decides. In a table of results the model, which
// learnt such tables, outweighs what the words of the name say: "Crystal
// Palace 3 2 0 1" is a team, not a building.
func (ty *typer) modelEvidence(m *mention, label string) {
	ws := ty.ws
	c, ok := modelClass(label)
	if !ok {
		return
	}
	w := weightModel
	_, table := ws.lineShape(m.first)
	if table {
		w = weightDefining
	}
	m.votes.addClass(c, w)
	if ty.tr != nil {
		detail := "label " + label
		if table {
			detail += " in a table"
		}
		ty.tr.add(m, note{Evidence: Evidence{Source: srcModel, Class: classTable[c].name, Detail: detail, Weight: w}})
	}
}

// complementOfRole reports whether the words before i are a role head and
// "of" or "for" ("spokesman for the", "editor-in-chief of"): a name there
// is an organization or a place, not a person.
func (tf titleFinder) complementOfRole(i int) bool {
	j := i - 1
	if tf.ws.lowerAt(j) == "the" {
		j--
	}
	if lw := tf.ws.lowerAt(j); lw != "of" && lw != "for" || !tf.ws.sameSentence(j, i) {
		return false
	}
	return tf.ws.is(j-1, wcRoleHead)
}

// lowerOrgHeads end organization names sometimes written in lower case:
// "Security council".
var lowerOrgHeads = wordsOf(lexicon.LowerOrgHead)

// extFacHeads end facility names written with a lower-case head.
var extFacHeads = wordsOf(lexicon.LowerFacHead)

// extend grows a mention over the common nouns that some names include
// ("Bagram air base", "Amal school", "Biden administration", "Ugandan
// army"), and over a lower-case compass word before a nationality
// ("southeast Asian").
func (ty *typer) extend(m *mention) {
	ws := ty.ws
	norms := ws.norms(m.first, m.last)
	_, norp := ty.kb.norp(norms[len(norms)-1])
	known := ty.kb.place(norms) != "" || ty.kb.org(norms)
	first, last := m.first, m.last
	var t Type
	if last < len(ws.w) && ws.sameSentence(last-1, last) && ortho.StartsLower(ws.w[last].norm) {
		next := ws.lowerAt(last)
		switch {
		case next == "administration" && !norp && !ty.kb.major(norms) && len(norms)-initialsIn(norms) <= 2:
			// "Biden administration", "Chester T. Kessling administration".
			last, t = last+1, Org
		case next == "army" && norp && len(norms) == 1:
			last, t = last+1, Org
		case len(norms) > 1 && lowerOrgHeads[next] && !known && !norp && ty.kb.place(norms[len(norms)-1:]) == "":
			last, t = last+1, Org // a council or committee written in lower case
		case !norp && !known:
			for k := last; k < last+2 && k < len(ws.w) && ws.sameSentence(first, k); k++ {
				lw := ws.lowerAt(k)
				if !ortho.StartsLower(ws.w[k].norm) || ws.is(k, wcFunction) {
					break
				}
				if extFacHeads[lw] {
					last, t = k+1, Fac
					break
				}
			}
		}
	}
	if norp && len(norms) == 1 && first > 0 && ws.sameSentence(first-1, first) && compassWords[ws.w[first-1].norm] {
		first = first - 1
	}
	if first == m.first && last == m.last {
		return
	}
	g := m.gender
	*m = ws.newMention(first, last)
	m.gender = g
	if t != "" {
		m.cues.add(t, weightDefining)
		m.votes.add(t, weightDefining)
		if ty.tr != nil {
			// It counts twice in the votes: once here, and once when
			// evidence, which runs after extend, adds the cues to them.
			detail := "lower-case head word taken into the name: " + ws.w[last-1].lower
			ty.tr.add(m, note{Evidence: Evidence{Source: srcHead, Type: t, Detail: detail, Weight: 2 * weightDefining}})
		}
	}
}

// metaEvidence adds what the article's metadata says of m: a name that a
// byline or a credit gives as a person's ("(AP Photo/Jane Roe)",
// "Reporting by Jane Roe") is a person, one it gives as an outlet's is
// an organization, and the place that opens a dateline ("TACOMA —",
// "PERTH, Australia —") is a populated place, whatever the model
// reads in a line whose capitals prove nothing.
func (ty *typer) metaEvidence(m *mention) {
	meta := &ty.ws.doc.Meta
	if d := meta.Dateline.Span; d.Len() > 0 && d.Contains(m.Span) && m.Start == d.Start {
		ty.cue(m, GPE, weightDefining, srcContext, "the place of the dateline", -1)
		return
	}
	if ty.metaNames == nil {
		ty.metaNames = make(map[corpus.Span]corpus.NameKind, len(meta.Authors)+len(meta.Credits))
		for _, names := range [2][]corpus.Name{meta.Authors, meta.Credits} {
			for _, n := range names {
				if _, ok := ty.metaNames[n.Span]; !ok {
					ty.metaNames[n.Span] = n.Kind
				}
			}
		}
	}
	switch kind, ok := ty.metaNames[m.Span]; {
	case ok && kind == corpus.PersonName:
		ty.cue(m, Person, weightDefining, srcContext, "a person that a byline or credit names", -1)
	case ok && kind == corpus.OutletName:
		ty.cue(m, Org, weightDefining, srcContext, "an outlet that a byline or credit names", -1)
	}
}

// initialsIn counts the initials with their full stops among words: "T."
// of "Chester T. Kessling".
func initialsIn(words []string) int {
	n := 0
	for _, w := range words {
		if isInitialWord(w) {
			n++
		}
	}
	return n
}

// nomineeEvidence adds what a line of a list of people says of m (see
// findListLines), and reports whether m is listed after the people: the
// names that open the line are people's; a name after them is what they
// are listed for and no person. It is a work or a show ("Corinne Pellow,
// Margaret Sails Again", "Rebecca Wilder (Ferryman’s Song)"), unless it is
// the whole of what is listed and a list knows it as a place, a group or
// an organization ("Jane Roe, Canada"; "Gavin Lyle (Everett)", whose title
// is also a town, stays a place).
func (ty *typer) nomineeEvidence(m *mention, place Type, known bool) bool {
	ws := ty.ws
	name, after := ws.listName(m.first, m.last)
	if name {
		ty.cue(m, Person, weightContext, srcContext, "a name opening a line of a list of people", -1)
	}
	if !after {
		return false
	}
	ll := ws.lists[ws.w[m.first].sent]
	whole := m.first == ll.sep+1 && (m.last == ll.end || ws.w[m.last].norm == ")")
	switch {
	case whole && place != "":
		ty.cue(m, place, weightLexicon, srcContext, "a listed place listed after a person", -1)
	case whole && known:
	default:
		ty.cue(m, Misc, weightDefining, srcContext, "a name listed after a person", -1)
	}
	return true
}
