package claim

import (
	"strings"
	"sync"
	"unicode"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// npTag reports the part-of-speech tags found inside a noun phrase.
func npTag(tag string) bool {
	switch tag {
	case "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT", "CD", "POS", "PRP$", "PDT", "FW":
		return true
	}
	return false
}

// npPreps may join a noun to its modifier inside a source's noun phrase
// ("a spokesman for the faction", "officials at the State Department").
var npPreps = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.NPPreposition) })

// startParticles may open a name written without its first name: "al
// Hassan", "van Dijk".
var startParticles = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.StartParticle) })

// auxWords may stand between a subject and its cue verb.
var auxWords = map[string]bool{
	"has": true, "have": true, "had": true, "also": true, "only": true, "again": true,
	"reportedly": true, "later": true, "earlier": true, "then": true, "further": true,
	"repeatedly": true, "previously": true, "would": true, "will": true, "did": true,
	"does": true, "do": true, "had been": true, "publicly": true, "privately": true,
	"separately": true, "meanwhile": true, "however": true, "once": true, "just": true,
	"recently": true, "already": true, "still": true, "has also": true, "not": true,
	"n't": true, "never": true, "always": true, "often": true, "simply": true,
	"explicitly": true, "clearly": true, "firmly": true, "flatly": true, "told": false,
	// Forms of "be" and modals: "is stressing", "could not explain".
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"'s": true, "'re": true, "can": true, "could": true, "may": true, "might": true,
	"should": true, "must": true, "shall": true, "'ll": true, "'d": true, "'ve": true,
}

// timeWords may close a time phrase between a subject and its verb
// ("Okafor on Monday said").
var timeWords = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.Time) })

// timeUnits measure the time in a phrase of time, "two minutes later",
// in the singular and plural.
var timeUnits = sync.OnceValue(func() map[string]bool { return withPlurals(wordsOf(lexicon.TimeUnit)) })

// nounLike reports whether token i may be part of a noun phrase.
func (v *view) nounLike(i int) bool {
	t := v.tok(i)
	if t.Text == "" {
		return false
	}
	switch t.Norm {
	case "'s", "'", "-", "&", ".":
		return i > 0
	}
	if v.isQuoteTok(i) {
		return true
	}
	if startParticles()[t.Norm] && ortho.Capitalized(v.tok(i+1).Text) {
		return true // "al Hassan", "van Dijk": the particle opens the name
	}
	if !hasAlnum(t.Text) {
		return false
	}
	if v.maybe(i, kindRole) {
		if w := ortho.Singular(v.lower(i)); personRoles()[w] || orgRoles()[w] {
			return true
		}
	}
	if npTag(t.Tag) {
		// A cue word is a noun only in noun position: "the report".
		return !v.isCueAt(i) || ortho.Capitalized(t.Text) || nounPosition(v.tag(i-1)) || v.lower(i-1) == "of" ||
			// "the OECD report stated": after a name or noun, before a verb
			(v.tag(i-1) == "NNP" || v.tag(i-1) == "NN") && isFinite(v.tag(i+1))
	}
	// "one of them said"
	if (t.Norm == "them" || t.Norm == "us" || t.Norm == "those") && v.lower(i-1) == "of" {
		return true
	}
	// Tagger slips: capitalized words inside names are nouns.
	return ortho.Capitalized(t.Text) && t.Tag != "PRP" && t.Tag != "IN" && t.Tag != "CC" &&
		t.Tag != "WDT" && t.Tag != "WP" && !v.isCueAt(i)
}

// nounPosition reports the tags after which a word is a noun.
func nounPosition(prev string) bool {
	return prev == "DT" || prev == "JJ" || prev == "JJS" || prev == "JJR" || prev == "PRP$" || prev == "POS" || prev == "CD"
}

// hasAlnum reports whether s has a letter or digit.
func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// pronouns that may stand for a speaker.
var speakerPronouns = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.SpeakerPronoun) })

// opensPhrase reports whether the phrase at a starts its clause: at lo,
// or after a comma, dash, colon, semicolon, parenthesis or quotation mark.
func (gr *grammar) opensPhrase(a, lo int) bool {
	if a <= lo {
		return true
	}
	switch n := gr.norm(a - 1); {
	case n == "," || n == ";" || n == ":" || n == "(" || ortho.IsDash(n):
		return true
	}
	return gr.isQuoteTok(a - 1)
}

// subjectLeft finds the subject noun phrase of the verb at token i, looking
// back no further than token lo. It skips auxiliaries, adverbs and time
// phrases between subject and verb, and an apposition after the subject.
// It returns the phrase's token range, an apposition range, and ok.
func (gr *grammar) subjectLeft(i, lo int) (a, b, appA, appB int, ok bool) {
	j := i - 1
	for j >= lo {
		w := gr.lower(j)
		switch {
		case auxWords[w] && gr.tag(j) != "NNP" || gr.tag(j) == "RB" && !ortho.Capitalized(gr.tok(j).Text):
			j--
			continue
		case gr.tag(j) == "JJ" && j-1 >= lo && isHave(gr.lower(j-1)) && j+1 == i && isVerb(gr.tag(i)):
			j-- // "groups have long/JJ argued": an adverb the tagger read as an adjective
			continue
		case timeWords()[w] && j-1 >= lo && (gr.lower(j-1) == "on" || gr.lower(j-1) == "last" || gr.lower(j-1) == "this"):
			if t := gr.tag(j - 2); (t == "VBN" || t == "VBD") && j-3 >= lo && npTag(gr.tag(j-3)) {
				// "People arrested last week said": the time phrase ends
				// the participle that describes the subject.
				if a, _ := gr.npLeft(j-3, lo); a <= j-3 {
					return a, j + 1, 0, 0, true
				}
			}
			j -= 2
			continue
		case reflexives()[w] && j-1 >= lo && gr.nounLike(j-1):
			j-- // "Ford itself said", "Cole herself says": the subject is before
			continue
		}
		break
	}
	if j < lo {
		return 0, 0, 0, 0, false
	}
	// A pronoun subject.
	if w := gr.lower(j); speakerPronouns()[w] && gr.tag(j) == "PRP" {
		return j, j + 1, 0, 0, true
	}
	// A relative pronoun: "listeners who said", "the group, which said",
	// "cities that support the rules".
	if w := gr.lower(j); (w == "who" || w == "which" || w == "that" && gr.tag(j) == "WDT" || w == "that" && j > lo && npTag(gr.tag(j-1))) && j > lo {
		k := j - 1
		if gr.norm(k) == "," || ortho.IsDash(gr.norm(k)) {
			k-- // "the group, which said", "the report -- which finds"
		}
		na, nb := gr.npLeft(k, lo)
		return na, nb, 0, 0, nb > na
	}
	if na, nb, k, ok := gr.quotingAside(j, lo); ok {
		return na, nb, k + 1, j - 1, true
	}
	// An apposition: "Okafor, the spokesman, said" / "critics — including X — say".
	if n := gr.norm(j); n == "," || ortho.IsDash(n) {
		k := j - 1
		for k >= lo && k > j-24 && gr.norm(k) != n {
			if isFinite(gr.tag(k)) && !gr.relativeBefore(k, n) &&
				!(gr.norm(k-1) == n && gr.tag(k) == "VBD" && strings.HasSuffix(gr.lower(k), "ed")) {
				break // but ", asked/VBD whether …,": a participle opens the aside
			}
			k--
		}
		if k >= lo && gr.norm(k) == n && k < j-1 {
			na, nb := gr.npLeft(k-1, lo)
			// "Ed Harlow, the attorney general of Vermont, one of the
			// states in the case, said": a second apposition.
			if nb > na && na-1 > lo && (gr.norm(na-1) == n || gr.norm(na-1) == "," && ortho.IsDash(n)) {
				// The phrase before must open its clause and end in a
				// noun: in "C will rise next year, Dale Finch, an
				// economist, said" the words before the first comma end
				// the content, and "Similarly, Dale Finch, …" opens with
				// an adverb.
				if pa, pb := gr.npLeft(na-2, lo); pb > pa && pb == na-1 && gr.opensPhrase(pa, lo) && npTag(gr.tag(pb-1)) {
					return pa, pb, k + 1, j, true
				}
			}
			if nb > na {
				return na, nb, k + 1, j, true
			}
		}
		return 0, 0, 0, 0, false
	}
	if t := gr.tag(j); (t == "VBN" || t == "VBD") && j-1 >= lo && gr.lower(j-1) == "those" {
		// "those surveyed said", "31 percent of those polled say": the
		// participle ends its subject, the people it picks out.
		a = j - 1
		if a-2 >= lo && gr.lower(a-1) == "of" {
			if pa, pb := gr.npLeft(a-2, lo); pb > pa && pb == a-1 {
				a = pa
			}
		}
		return a, j + 1, 0, 0, true
	}
	if ra, rb, ok := gr.relativeAntecedent(j, lo); ok && isFinite(gr.tag(i)) && j == i-1 {
		return ra, rb, 0, 0, true
	}
	if t := gr.tag(j); (t == "VBD" || t == "VBP") && j == i-1 && j-2 >= lo && gr.tag(j-1) == "PRP" && nominative()[gr.lower(j-1)] &&
		npTag(gr.tag(j-2)) && isFinite(gr.tag(i)) {
		// "the experts I interviewed said": a relative clause with no
		// "that", whose noun is the subject.
		if a, b := gr.npLeft(j-2, lo); b > a {
			return a, b, 0, 0, true
		}
	}
	a, b = gr.npLeft(j, lo)
	if b > a && a-1 >= lo && gr.tag(a-1) == "VBG" && personRoles()[ortho.Singular(gr.lower(a))] {
		// "Corvane's managing director Piet Vermeer": the participle
		// is part of the role, and the phrase goes on before it.
		a--
		if pa, pb := gr.npLeft(a-1, lo); pb > pa && pb == a {
			a = pa
		}
		return a, b, 0, 0, true
	}
	if b > a && a-2 >= lo && gr.tag(a-1) == "VBG" && gr.nounLike(a-2) && gr.tag(a-2) != "PRP" {
		// "Outside groups supporting Maria Lopez have pointed to": the head
		// is before the participle.
		if pa, pb := gr.npLeft(a-2, lo); pb > pa {
			return pa, pb, 0, 0, true
		}
	}
	if v := a - 1; b > a && v-1 > lo {
		if gr.tag(v) == "IN" && gr.lower(v) != "of" {
			v-- // "The report released in May says"
		}
		if gr.tag(v) == "VBN" && gr.nounLike(v-1) && gr.tag(v-1) != "PRP" {
			// "A study released Monday found": the participle after the
			// head describes it.
			if pa, pb := gr.npLeft(v-1, lo); pb > pa {
				return pa, pb, 0, 0, true
			}
		}
	}
	if b > a && a-3 >= lo && gr.tag(a-1) == "IN" && gr.tag(a-2) == "VBG" && gr.nounLike(a-3) && gr.tag(a-3) != "PRP" {
		// "Students walking across the square chanted": the same,
		// with the participle's preposition.
		if pa, pb := gr.npLeft(a-3, lo); pb > pa {
			return pa, pb, 0, 0, true
		}
	}
	return a, b, 0, 0, b > a
}

// quotingAside reads an aside that ends in a quotation whose comma is
// inside the closing mark at j: "Ana Ruiz, calling the ruling “a
// travesty,” said". It returns the subject before the aside and the
// comma that opens the aside.
func (gr *grammar) quotingAside(j, lo int) (a, b, k int, ok bool) {
	if !gr.isMark(j) || gr.norm(j-1) != "," || j-2 <= lo || !gr.inQuote(j-2) {
		return 0, 0, 0, false
	}
	for k = j - 2; k > lo && k > j-24; k-- {
		if gr.inQuote(k) || gr.isMark(k) {
			continue
		}
		if gr.norm(k) == "," {
			break
		}
		if isFinite(gr.tag(k)) && !gr.relativeBefore(k, ",") {
			return 0, 0, 0, false
		}
	}
	if gr.norm(k) != "," {
		return 0, 0, 0, false
	}
	a, b = gr.npLeft(k-1, lo)
	return a, b, k, b > a && gr.opensPhrase(a, lo)
}

// relativeWord reports a relative pronoun at token k: "who", "whose",
// "which", or "that" tagged as one.
func (v *view) relativeWord(k int) bool {
	switch v.lower(k) {
	case "who", "whose", "which":
		return true
	case "that":
		return v.tag(k) == "WDT"
	}
	return false
}

// relativeAntecedent finds the subject of a verb that follows a
// restrictive relative clause ending at token j: "Residents whose homes
// were flooded say", "Officials who have seen the plan say", "The report
// that the agency released says". The clause must have a finite verb of
// its own; the subject is the noun phrase before the relative word.
func (gr *grammar) relativeAntecedent(j, lo int) (a, b int, ok bool) {
	finite := false
	for k := j; k > lo && j-k <= 12; k-- {
		if n := gr.norm(k); n == "," || n == ":" || n == ";" || ortho.IsDash(n) || gr.isQuoteTok(k) {
			return 0, 0, false
		}
		if gr.relativeWord(k) {
			if !finite || !gr.nounLike(k-1) {
				return 0, 0, false
			}
			a, b = gr.npLeft(k-1, lo)
			return a, b, b > a && b == k
		}
		if isFinite(gr.tag(k)) && !ortho.Capitalized(gr.tok(k).Text) {
			finite = true // a capitalized "verb" is a name the tagger missed
		}
	}
	return 0, 0, false
}

// postAdjectives follow the noun of a source and take a complement:
// "close to", "familiar with", "briefed on", "knowledgeable about".
var postAdjectives = map[string]bool{
	"close": true, "familiar": true, "briefed": true, "knowledgeable": true, "loyal": true,
	"opposed": true, "linked": true, "allied": true, "sympathetic": true, "involved": true,
	"near": true,
}

// relativeBefore reports whether the verb at k sits in a relative clause
// opened after a mark n: ", which monitors the conflict,", or inside an
// apposition opened there: ", a scholar who joined the meeting,", "-- the
// company that owns the show --", or in the question of a participle
// there: ", asked whether she would resign,".
func (v *view) relativeBefore(k int, n string) bool {
	for j := k - 1; j >= 0 && k-j <= 16; j-- {
		switch w := v.lower(j); {
		case v.norm(j) == n:
			return false
		case v.relativeWord(j) || w == "where":
			return j > 0 && v.nounLike(j-1) || v.norm(j-1) == n || v.norm(j-1) == "," && n != ","
		case whWords()[w] && j > 0 && (v.tag(j-1) == "VBN" || v.tag(j-1) == "VBD"):
			return true // ", asked whether she would resign,": the question a participle reports
		}
	}
	return false
}

// npLeft collects a noun phrase ending at token j, back to lo at most.
func (gr *grammar) npLeft(j, lo int) (a, b int) {
	b = j + 1
	a = b
	start := j
	if objectPronouns()[gr.lower(j)] && postAdjectives[gr.lower(j-2)] && j-3 >= lo {
		a, start = j, j-1 // "a source close to him"
	}
	for k := start; k >= lo && b-k <= 20; k-- {
		w := gr.lower(k)
		if gr.nounLike(k) {
			a = k
			continue
		}
		if w == ")" && a == k+1 || w == ")" && k == j {
			// "Sen. Nora Kettering (D-Ore.) said"
			o := k - 1
			for o >= lo && k-o <= 8 && gr.norm(o) != "(" {
				o--
			}
			if o > lo && gr.norm(o) == "(" && gr.nounLike(o-1) {
				a, k = o, o
				continue
			}
		}
		if w == "and" && gr.tag(k+1) == "CD" {
			break // "picked Lopez and 38 percent would take": two clauses
		}
		if (npPreps()[w] || w == "and" || w == "&") && k-1 >= lo && gr.nounLike(k-1) && a <= k+1 && a < b {
			a = k
			continue
		}
		// "a source close to the talks", "people familiar with the matter"
		if (w == "to" || w == "with" || w == "about" || w == "on") && k-2 >= lo && postAdjectives[gr.lower(k-1)] && gr.nounLike(k-2) && a == k+1 {
			a, k = k-1, k-1
			continue
		}
		if w == "," && k-1 >= lo && ortho.IsDash(gr.norm(k+1)) {
			break
		}
		break
	}
	// Drop a leading preposition, conjunction or stray mark.
	for a < b && (npPreps()[gr.lower(a)] || gr.lower(a) == "and" || gr.norm(a) == "'s" || gr.norm(a) == "-") {
		a++
	}
	// A phrase ending in a preposition (never a subject) is no phrase.
	if a < b && npPreps()[gr.lower(b-1)] {
		return b, b
	}
	return a, b
}

// npRight collects a noun phrase starting at token j, up to hi exclusive
// ("said Brazilian Trade Minister Ana Costa during talks").
func (gr *grammar) npRight(j, hi int) (a, b int) {
	a, b = j, j
	if j < hi && speakerPronouns()[gr.lower(j)] && gr.tag(j) == "PRP" {
		return j, j + 1
	}
	for k := j; k < hi && k-j < 14; k++ {
		w := gr.lower(k)
		if b > a && (gr.tag(k) == "DT" || gr.tag(k) == "PRP$") {
			break // a new phrase: "told Okafor | the government must"
		}
		if gr.nounLike(k) || k == j && gr.participleModifier(k) {
			b = k + 1
			continue
		}
		// "said Secretary of State Ruiz" goes on past "of"; "said of
		// RT" opens with it: the object of the cue, no source.
		if (w == "of" || w == "for" || w == "and") && k+1 < hi && b == k && b > a && gr.nounLike(k+1) {
			continue
		}
		break
	}
	return a, b
}

// participleModifier reports a past participle in -ed that opens a noun
// phrase before a noun: "said retired surgeon Ana Ruiz".
func (gr *grammar) participleModifier(k int) bool {
	t := gr.tag(k)
	return (t == "VBN" || t == "VBD") && strings.HasSuffix(gr.lower(k), "ed") && gr.nounLike(k+1) && !gr.isCueAt(k)
}

// appositionRight returns the phrase set off by a comma at token c, up to
// hi, that may name the source before it: "said the coach's partner, Ana
// Ruiz." It is empty when no such phrase ends there.
func (gr *grammar) appositionRight(c, hi int) corpus.Span {
	if gr.norm(c) != "," {
		return corpus.Span{}
	}
	a, b := gr.npRight(c+1, hi)
	if b <= a || b < hi && gr.norm(b) != "," && gr.norm(b) != "." {
		return corpus.Span{}
	}
	return gr.span(a, b)
}

// sentenceSubject finds the first noun phrase of sentence s that stands
// before a finite verb: the subject a participle cue ("adding", "noting")
// borrows.
func (gr *grammar) sentenceSubject(si int) (a, b int, ok bool) {
	if si < 0 || si >= len(gr.doc.Sentences) {
		return 0, 0, false
	}
	s := gr.doc.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		if gr.inQuote(k) || gr.isMark(k) {
			continue // the tagger may call a quotation mark a verb: "calling it “/VBZ a sham,”"
		}
		if t := gr.tag(k); isFinite(t) || t == "VBN" && k > s.First && gr.nounLike(k-1) {
			a, b, _, _, ok = gr.subjectLeft(k, s.First)
			return a, b, ok
		}
		if gr.norm(k) == "," && k == s.First+1 {
			continue
		}
	}
	return 0, 0, false
}

// phrase returns the text of tokens [a, b).
func (v *view) phrase(a, b int) string {
	return strings.TrimSpace(v.span(a, b).In(v.doc.Text))
}

// objectPronouns end a source phrase only after a post-adjective: "a
// source close to him".
var objectPronouns = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.ObjectPronoun) })
