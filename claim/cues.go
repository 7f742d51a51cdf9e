package claim

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// cueClass says how a cue verb takes its complement.
type cueClass uint8

const (
	// speech verbs report words: "say", "warn", "insist".
	speech cueClass = iota
	// tell verbs take the addressee first: "told reporters that".
	tell
	// thought verbs report beliefs: "believe", "hope", "expect". They are
	// weaker evidence of an attribution and need a clear source.
	thought
)

// cueInfo describes one verb form of the lexicon.
type cueInfo struct {
	lemma string
	class cueClass
	// particle is a word that must follow ("point out", "call for").
	particle string
	// learned marks a verb of the learned list: a stance or action verb
	// ("endorse", "criticize") more than a speech verb.
	learned bool
	// precision is the share of a learned verb's claims that matched an
	// annotated attribution in training.
	precision float64
}

// cueMap maps every lower-case form of the cue verbs of lex to its
// description: the class comes from the flags weak (thought) and tell. A
// form of two cue verbs reads as the one that is not weak, and otherwise
// as the first.
func cueMap(lex *lexicon.Lexicon) map[string]cueInfo {
	m := make(map[string]cueInfo)
	for v := range lex.Verbs() {
		if !v.Has(lexicon.Cue) {
			continue
		}
		c := cueInfo{lemma: v.Lemma(), class: speech, particle: v.Particle()}
		switch {
		case v.Has(lexicon.Weak):
			c.class = thought
		case v.Has(lexicon.Tell):
			c.class = tell
		}
		for _, f := range v.Forms(lexicon.AllForms) {
			if old, ok := m[f]; ok && (old.class != thought || c.class == thought) {
				continue // a speech reading wins
			}
			m[f] = c
		}
	}
	return m
}

// defaultCues is the cue map of lexicon.Default: an Extractor's unless
// WithLexicon gives another, and what the learned lists leave out.
var defaultCues = sync.OnceValue(func() map[string]cueInfo { return cueMap(lexicon.Default()) })

// learnedCueData is the list written by internal/cmd/gencues from the
// PolNeAR training split: "lemma matched produced form...", one a line.
//
//go:embed learned_cues.txt
var learnedCueData string

// learnedCue is one verb of the learned list.
type learnedCue struct {
	lemma     string
	forms     []string
	precision float64
}

// learnedLexicon maps the forms of the embedded learned verbs that are
// not in the built-in lexicon to their description.
var learnedLexicon = sync.OnceValue(func() map[string]cueInfo {
	m := make(map[string]cueInfo)
	for _, l := range parseCueList(learnedCueData) {
		if _, ok := defaultCue(l.lemma); ok {
			continue
		}
		for _, f := range l.forms {
			if _, ok := defaultCue(f); !ok {
				m[f] = cueInfo{lemma: l.lemma, class: speech, learned: true, precision: l.precision}
			}
		}
	}
	return m
})

// parseCueList reads lines "lemma n m form form ..." and skips comments.
func parseCueList(data string) []learnedCue {
	var out []learnedCue
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || strings.HasPrefix(f[0], "#") {
			continue
		}
		matched, err1 := strconv.Atoi(f[1])
		produced, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || produced <= 0 {
			continue
		}
		// Laplace smoothing keeps a rare verb from looking certain.
		prec := (float64(matched) + 1) / (float64(produced) + 2)
		out = append(out, learnedCue{lemma: f[0], forms: f[3:], precision: prec})
	}
	return out
}

// extraLexicon builds the cue entries of WithCueVerbs specs
// ("lemma" or "lemma:form:form"), as learned speech verbs of unknown
// precision.
func extraLexicon(specs []string) map[string]cueInfo {
	m := make(map[string]cueInfo)
	for _, spec := range specs {
		forms := strings.Split(strings.ToLower(spec), ":")
		if forms[0] == "" {
			continue
		}
		if len(forms) == 1 {
			forms = lexicon.RegularForms(forms[0])
		}
		if _, ok := defaultCue(forms[0]); ok {
			continue
		}
		for _, f := range forms {
			if _, ok := defaultCue(f); !ok {
				m[f] = cueInfo{lemma: forms[0], class: speech, learned: true, precision: 0.5}
			}
		}
	}
	return m
}

// cueIndex looks words up in the cue maps of one Extractor: the built-in
// verbs of its lexicon and the learned ones. Read only.
type cueIndex struct {
	verbs, learned map[string]cueInfo
	// acts maps cue words to their acts.
	acts map[string]Act
	// kinds says which of the lists hold a word, so that one lookup
	// classifies a token (see view.classifyCues).
	kinds kindIndex
}

// lookup returns the entry of a word form, built-in or learned.
func (c cueIndex) lookup(word string) (cueInfo, bool) {
	if info, ok := ortho.Lookup(c.verbs, word); ok {
		return info, ok
	}
	return ortho.Lookup(c.learned, word)
}

// verb returns the entry of a built-in cue verb form. The rules that ask
// whether a word is a cue at all, rather than a cue of this sentence,
// leave the learned stance verbs out.
func (c cueIndex) verb(word string) (cueInfo, bool) {
	return ortho.Lookup(c.verbs, word)
}

// isCue reports a built-in cue verb form.
func (c cueIndex) isCue(word string) bool {
	_, ok := c.verb(word)
	return ok
}

// cueKind says which cue lists hold a token's word, so that the many
// tokens in none are passed over without a lookup.
type cueKind uint16

const (
	kindBuiltin   cueKind = 1 << iota // a built-in cue verb form (cueIndex.verbs)
	kindLearned                       // a learned one (cueIndex.learned)
	kindPrep                          // a form of a verb of prepOf (prepForms)
	kindNoun                          // a noun cue (nounCues)
	kindAdjective                     // an adjective cue (adjectiveCues)
	kindAgentless                     // a participle of agentlessLemmas
	kindJudged                        // a participle of judgedLemmas
	kindRole                          // a word whose singular may be a role (see roleForms)
	kindPoll                          // a poll verb (pollVerbs), which retag reads
)

// kindsOf maps each word of the cue lists, the built-in verbs, the
// learned ones, the forms of prepOf's verbs and the other words that
// rules look for at every token, to the lists that hold it.
func kindsOf(verbs, learned map[string]cueInfo) map[string]cueKind {
	m := make(map[string]cueKind, len(verbs)+len(learned)+len(prepForms()))
	for w := range verbs {
		m[w] |= kindBuiltin
	}
	for w := range learned {
		m[w] |= kindLearned
	}
	for w := range prepForms() {
		m[w] |= kindPrep
	}
	for kind, set := range map[cueKind]map[string]bool{
		kindNoun:      nounCues(),
		kindAdjective: adjectiveCues(),
		kindAgentless: agentlessLemmas(),
		kindJudged:    judgedLemmas(),
		kindPoll:      pollVerbs(),
	} {
		for w := range set {
			m[w] |= kind
		}
	}
	for _, roles := range []map[string]bool{personRoles(), orgRoles()} {
		for r := range roles {
			for _, w := range roleForms(r) {
				m[w] |= kindRole
			}
		}
	}
	return m
}

// kindIndex says which cue lists hold each word (see kindsOf). Most words
// of a text are in none, and ends passes over most of those without a
// map lookup: for the first and last bytes of a word (their five low
// bits), it has a bit for the length of each word of the lists that
// begins and ends so (lengthBit). Read only.
type kindIndex struct {
	words map[string]cueKind
	ends  *[32][32]uint64
}

// newKindIndex indexes the kinds of words.
func newKindIndex(words map[string]cueKind) kindIndex {
	ends := new([32][32]uint64)
	for w := range words {
		if w != "" {
			ends[w[0]&31][w[len(w)-1]&31] |= lengthBit(len(w))
		}
	}
	return kindIndex{words: words, ends: ends}
}

// lengthBit is the bit of a word of n bytes in kindIndex.ends; the words
// of 63 bytes or more share one.
func lengthBit(n int) uint64 { return 1 << min(n, 63) }

// of returns the kinds of word w: words[w], looked up only when a word of
// the lists has w's length, first and last bytes.
func (k kindIndex) of(w string) cueKind {
	if w != "" && k.ends[w[0]&31][w[len(w)-1]&31]&lengthBit(len(w)) == 0 {
		return 0
	}
	return k.words[w]
}

// classifyCues classifies the lower-case word of every token of v.
// It returns nil, which classifies nothing, when the index has no kinds.
func (v *view) classifyCues() []cueKind {
	if v.cues.kinds.words == nil {
		return nil
	}
	out := make([]cueKind, len(v.doc.Tokens))
	for i := range out {
		out[i] = v.cues.kinds.of(v.lower(i))
	}
	return out
}

// maybe reports whether token i's word may be in one of the lists of
// kinds: false only when the view knows it is in none.
func (v *view) maybe(i int, kinds cueKind) bool {
	return i < 0 || i >= len(v.kinds) || v.kinds[i]&kinds != 0
}

// cueAt returns the cue entry of token i's word, built-in or learned: what
// cues.lookup returns for its Norm, looked up by the lower-case form the
// view holds already.
func (v *view) cueAt(i int) (cueInfo, bool) {
	if !v.maybe(i, kindBuiltin|kindLearned) {
		return cueInfo{}, false
	}
	w := v.lower(i)
	if info, ok := v.cues.verbs[w]; ok {
		return info, ok
	}
	info, ok := v.cues.learned[w]
	return info, ok
}

// verbAt returns the entry of token i's word as a built-in cue verb form
// (see cueIndex.verb).
func (v *view) verbAt(i int) (cueInfo, bool) {
	if !v.maybe(i, kindBuiltin) {
		return cueInfo{}, false
	}
	info, ok := v.cues.verbs[v.lower(i)]
	return info, ok
}

// isCueAt reports whether token i is a built-in cue verb form.
func (v *view) isCueAt(i int) bool {
	_, ok := v.verbAt(i)
	return ok
}

// modifiesSubject reports whether the past form at i, with its
// prepositional phrase, sits inside the subject of a cue verb that
// follows: "People briefed on the talks say".
func (gr *grammar) modifiesSubject(i int) bool {
	n := i + 2
	for n < len(gr.doc.Tokens) && n-i < 10 && gr.nounLike(n) && !gr.inQuote(n) {
		n++
	}
	if n == i+2 {
		return false
	}
	for n < len(gr.doc.Tokens) && (auxWords[gr.lower(n)] || gr.tag(n) == "RB") {
		n++
	}
	return isFinite(gr.tag(n)) && gr.cueWord(n)
}

// statedBySubject reports an inflected form of the verb of info at i as
// the verb of a subject before it, with an adverb or a preposition
// after: "the board stated in March it", "She states however, that". A
// determiner or possessive before makes the past form an adjective ("its
// stated goal"), and the present in -s only follows a pronoun (not "the
// two states").
func (gr *grammar) statedBySubject(i int, info cueInfo) bool {
	w, prev := gr.lower(i), gr.tag(i-1)
	switch {
	case w == info.lemma || strings.HasSuffix(w, "ing"):
		return false
	case strings.HasSuffix(w, "s"):
		if prev != "PRP" {
			return false
		}
	case prev != "PRP" && !strings.HasPrefix(prev, "NN"):
		return false
	}
	next := gr.tag(i + 1)
	return next == "RB" || next == "IN"
}

// defaultCue returns the entry of lexicon.Default for a word form.
func defaultCue(word string) (cueInfo, bool) {
	return ortho.Lookup(defaultCues(), word)
}

// tellClass reports whether a cue takes an addressee.
func (c cueInfo) tellClass() bool { return c.class == tell }

// cueVerb reports whether token i is a usable cue verb and returns the
// cue's token range (two tokens for "point out").
func (f *finder) cueVerb(i int) (a, b int, info cueInfo, ok bool) {
	if f.mayCue(i) {
		return f.cueVerbAny(i)
	}
	return
}

// mayCue reports whether token i may be a cue verb not yet used: the
// detectors ask cueVerb of almost every token, and this, inlined, passes
// over most of them (in no cue list) without a call.
func (f *finder) mayCue(i int) bool {
	return f.maybe(i, kindBuiltin|kindLearned|kindPrep) && !f.cueUsed(i)
}

// cueVerbAny is cueVerb for a cue that may already be used, as the cue
// shared by both halves of an interrupted quotation is.
func (gr *grammar) cueVerbAny(i int) (a, b int, info cueInfo, ok bool) {
	if !gr.maybe(i, kindBuiltin|kindLearned|kindPrep) {
		return 0, 0, info, false // no cue list holds the word
	}
	info, ok = gr.cueAt(i)
	t := gr.tok(i)
	if !ok || clauseLemmas()[info.lemma] || info.learned || !isVerb(t.Tag) {
		// A verb that reports only with its preposition, a clause or
		// learned verb followed by the preposition the lexicon gives it,
		// or such a verb the tagger calls a noun ("Ana Ruiz spoke/NN of").
		if a, b, pinfo, pok := gr.prepCue(i); pok || !ok {
			return a, b, pinfo, pok
		}
	}
	if !isVerb(t.Tag) {
		// The tagger calls some cue verbs nouns; trust a following "that"
		// or an adjacent quotation mark.
		n := gr.lower(i + 1)
		p := gr.lower(i - 1)
		introduces := n == "," || n == ":" || gr.isQuoteTok(i+1)
		switch {
		case ortho.Capitalized(t.Text):
			// "Said Okafor: “…”" opens its sentence.
			if gr.doc.Sentences[t.Sentence].First != i || !ortho.Capitalized(gr.tok(i+1).Text) {
				return 0, 0, info, false
			}
		case n == "that" || gr.isQuoteTok(i-1) || gr.isQuoteTok(i+1) || gr.tag(i-1) == "PRP" || p == "and" || p == "but":
		case p == "," && strings.HasSuffix(t.Norm, "ing") && introduces:
			// "..., tweeting, “…”"
		case introduces && (gr.isQuoteTok(i+1) || gr.isQuoteTok(i+2)) && gr.nounLike(i-1):
			// "the father of two replied, “…”
		case (n == "." || n == "") && !ortho.Capitalized(t.Text) &&
			(strings.HasSuffix(gr.lower(i), "s") && gr.nounLike(i-1) || gr.tag(i-1) == "NNS" && !strings.HasSuffix(gr.lower(i), "s")):
			// "…, the records show." ends its sentence: a verb"
		default:
			return 0, 0, info, false
		}
	}
	if info.lemma == "state" && gr.lower(i+1) != "that" && gr.lower(i+1) != ":" && gr.lower(i+1) != "," && gr.lower(i+1) != "." &&
		!gr.isQuoteTok(i+1) && !gr.thatAfterAdjunct(i+1) && !gr.statedBySubject(i, info) {
		return 0, 0, info, false // "the states", "state law": "state" reports only with "that" or a quotation
	}
	if gr.modifier(i, info) {
		return 0, 0, info, false // "said state troopers will", "the report card": a noun
	}
	if info.tellClass() && strings.HasSuffix(gr.lower(i), "ed") && gr.tag(i+1) == "IN" && !whWords()[gr.lower(i+1)] && gr.lower(i+1) != "that" &&
		gr.nounLike(i-1) && gr.modifiesSubject(i) {
		// "People briefed on the talks say": a verb that needs its
		// addressee has none, so it is a participle in the subject of
		// the cue after.
		return 0, 0, info, false
	}
	if t.Tag == "VBN" && gr.lower(i-1) != "," && !isCopula(gr.lower(i-1)) && gr.nounLike(i-1) &&
		(gr.lower(i+1) == ":" || gr.lower(i+1) == "that" || gr.isQuoteTok(i+1) || gr.lower(i+1) == "," && gr.isQuoteTok(i+2) ||
			gr.adjunctThenClause(i+1, len(gr.doc.Tokens))) {
		// The tagger's VBN for a past tense: "a friend commented: “…”",
		// "the board stated in March it rejected".
	} else if t.Tag == "VBN" {
		k := i - 1
		for k > 0 && (gr.tag(k) == "RB" || auxWords[gr.lower(k)] && !isHave(gr.lower(k))) {
			k--
		}
		if !isHave(gr.lower(k)) && (gr.lower(i-1) != "," || info.learned) && !gr.secondPast(i) {
			// "The study, released Monday, found": a stance verb after a
			// comma is a participle modifier.
			return 0, 0, info, false
		}
	}
	if info.particle != "" {
		if gr.lower(i+1) != info.particle {
			if info.lemma == "continue" && gr.lower(i+1) != "to" && gr.besideQuote(i) {
				return i, i + 1, info, true // "“…,” he continued."
			}
			return gr.prepCue(i)
		}
		return i, i + 2, info, true
	}
	return i, i + 1, info, true
}

// besideQuote reports whether a quotation opens right after the verb at
// i ("continued, “…”") or closed a few words before it ("“…,” Okafor
// continued").
func (gr *grammar) besideQuote(i int) bool {
	if gr.isQuoteTok(i+1) || gr.lower(i+1) == "," && (gr.isQuoteTok(i+2) || gr.inQuote(i+2)) {
		return true
	}
	// "''…,'' Mr. Finch continued": past a source and marks the
	// tokenizer splits ("''" as "'", "'"), the quotation's words.
	k := i - 1
	for k > 0 && k >= i-6 && gr.nounLike(k) && !gr.inQuote(k) {
		k--
	}
	if k < i-1 && (gr.inQuote(k) || gr.norm(k) == "," && gr.inQuote(k-1)) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if gr.isQuoteTok(k) {
			return true
		}
		if n := gr.norm(k); n == "." || n == ";" {
			break
		}
	}
	return false
}

// prepOf maps each verb that reports speech only with its preposition,
// whose object is the content ("referred to the tax plan", "railed
// against the deal", "sided with the unions"), to its prepositions.
var prepOf = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for v := range lexicon.Default().Verbs() {
		if p := v.Preps(); p != nil {
			m[v.Lemma()] = p
		}
	}
	return m
})

// prepForms maps a form of a verb of prepOf to its lemma.
var prepForms = sync.OnceValue(func() map[string]string {
	m := make(map[string]string)
	for v := range lexicon.Default().Verbs() {
		if v.Preps() == nil {
			continue
		}
		for _, f := range v.Forms(lexicon.AllForms) {
			m[f] = v.Lemma()
		}
	}
	return m
})

// prepCue reads a verb of prepOf and its preposition at token i.
func (gr *grammar) prepCue(i int) (a, b int, info cueInfo, ok bool) {
	if !gr.maybe(i, kindPrep) || !isVerb(gr.tag(i)) && gr.tag(i-1) != "NNP" && gr.tag(i-1) != "PRP" {
		return 0, 0, info, false // but "Ana Ruiz spoke/NN of": a name, then a verb the tagger missed
	}
	lemma, found := prepForms()[gr.lower(i)]
	if !found {
		return 0, 0, info, false
	}
	// "spoke out about", "spoke Tuesday about": a particle or a day
	// between the verb and its preposition.
	p := i + 1
	for p < i+3 && (gr.lower(p) == "out" || gr.lower(p) == "up" || timeWords()[gr.lower(p)]) {
		p++
	}
	if !slices.Contains(prepOf()[lemma], gr.lower(p)) {
		return 0, 0, info, false
	}
	return i, p + 1, cueInfo{lemma: lemma, class: speech, particle: gr.lower(p)}, true
}

func isHave(w string) bool { return w == "have" || w == "has" || w == "had" || w == "having" }

// lemmasOf returns the set of lemmas of lexicon.Default's verbs with
// flag f, for the rules that test a cue's lemma. These sets, and those of
// wordsOf, are package-level and read lexicon.Default even when
// WithLexicon gives an Extractor its own cue verbs: passing the lexicon
// down to each rule would touch most function bodies of the package.
// Each is built on first use, behind sync.OnceValue, so that importing
// the package costs nothing until a rule needs it.
func lemmasOf(f lexicon.Flag) map[string]bool { return lexicon.Set(lexicon.Default().Lemmas(f)) }

// wordsOf returns the set of lexicon.Default's words of class c.
func wordsOf(c lexicon.Class) map[string]bool { return lexicon.Set(lexicon.Default().Words(c)) }

// inFold reports whether set holds word in lower case.
func inFold(set map[string]bool, word string) bool {
	in, _ := ortho.Lookup(set, word)
	return in
}

// thatAfterAdjunct reports a prepositional adjunct from token i followed
// by "that": "stated in the lab's yearly newsletter that", "stated in July
// that".
func (gr *grammar) thatAfterAdjunct(i int) bool {
	if gr.tag(i) != "IN" {
		return false
	}
	for k := i + 1; k < len(gr.doc.Tokens) && k <= i+10 && gr.sentOf(k) == gr.sentOf(i); k++ {
		switch t := gr.tok(k); {
		case gr.lower(k) == "that":
			return true
		case isVerb(t.Tag) || t.Norm == "," || t.Norm == ".":
			return false
		}
	}
	return false
}
