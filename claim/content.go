package claim

import (
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
)

// sentContentEnd returns the token index past the sentence's content: the
// final full stop is not part of it.
func (ct *contents) sentContentEnd(si int) int {
	s := ct.doc.Sentences[si]
	end := s.Last
	for end > s.First {
		n := ct.norm(end - 1)
		if n != "." && n != "!" && n != "?" && n != ";" {
			break
		}
		end--
	}
	return end
}

// leftContent is the content of a postposed attribution: from the
// sentence start to the comma before the source.
func (ct *contents) leftContent(first, comma int) corpus.Span {
	return trimReported(ct.doc.Text, ct.span(first, comma))
}

// trimReported trims spaces and trailing punctuation, but keeps a closing
// quotation mark and what it closes.
func trimReported(text string, s corpus.Span) corpus.Span {
	s = trimSpace(text, s)
	for s.Len() > 0 {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !strings.ContainsRune(",;:—–-", r) {
			break
		}
		s = trimSpace(text, corpus.Span{Start: s.Start + n, End: s.End})
	}
	t := s.In(text)
	if len(t) > 0 {
		switch {
		case hasSuffixAny(t, "”", "\""):
			return s
		}
	}
	s = trimEnd(text, s, ",;:—–")
	// A final full stop kept by the tokenizer ("in May.") is not content;
	// one that ends an abbreviation ("the U.S.") is.
	if t := s.In(text); strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") {
		last := t[strings.LastIndexAny(t, " \n")+1:]
		if strings.Count(last, ".") == 1 && len(last) > 3 {
			s.End--
		}
	}
	return s
}

func hasSuffixAny(s string, suf ...string) bool {
	for _, x := range suf {
		if len(s) >= len(x) && s[len(s)-len(x):] == x {
			return true
		}
	}
	return false
}

// skipToContent moves past the cue's addressee and adjuncts to the first
// token of the content: "told [the council] [on Monday] [of] C", "said [in
// a statement] [that] C".
func (ct *contents) skipToContent(k, end int, info cueInfo) int {
	if c, ok := ct.adjunctsToThat(k, end); ok {
		return c
	}
	if e := ct.timeEnd(k, end); e > k && (ct.lower(e) == "that" || ct.clauseStart(e, end)) {
		k = e // "said two days later (that) C"
	}
	for step := 0; k < end && step < 8; step++ {
		w := ct.lower(k)
		switch {
		case w == "that" && timeWords()[ct.lower(k+1)]:
			k += 2 // "said that morning (that) C": a time
		case w == "that" && isFinite(ct.tag(k+1)) && !ct.isMark(k+1):
			return k // "said that was not the goal": a pronoun (but "that “we…”": the tagger reads marks as verbs)
		case w == "that":
			return k + 1
		case w == "," && step == 0:
			// "insist, most recently in an interview, that C"
			for j := k + 1; j < end && j-k <= 14 && !isVerb(ct.tag(j)); j++ {
				if ct.norm(j) == "," && ct.lower(j+1) == "that" && j > k+1 {
					return j + 2
				}
			}
			k++
		case timeWords()[ct.lower(k+1)] && (w == "on" || w == "last" || w == "this" || w == "earlier" || w == "late"):
			k += 2
		case timeWords()[w] && ortho.Capitalized(ct.tok(k).Text) && step == 0:
			k++ // "said Tuesday he would"
		case w == "in" && (ct.lower(k+1) == "a" || ct.lower(k+1) == "an") && (nominalCues()[ct.lower(k+2)] || ct.lower(k+2) == "interview"):
			k += 3
		case w == "about" && (ct.tag(k+1) == "CD" || ct.share(k+1)):
			return k // "said about 20 people", "said about half of": a number, not a topic
		case (w == "of" || w == "about" || w == "on" || w == "for" && info.lemma == "call") && step <= 3:
			if info.lemma == "say" {
				return end // "said of the plan": its topic, not its content
			}
			return k + 1
		case w == "only" || w == "also" || w == "again" || w == "publicly" || w == "privately":
			k++
		case ct.tag(k) == "RB" && strings.HasSuffix(w, "ly") && (ct.lower(k+1) == "that" || ct.clauseStart(k+1, end)):
			k++ // "has said repeatedly that C", "said flatly C"
		case ct.tag(k) == "RB" && ct.norm(k+1) == "," && ct.lower(k+2) == "that":
			return k + 3 // "states however, that C"
		case (w == "in" || w == "on") && (timeWords()[ct.lower(k+1)] || ct.tag(k+1) == "CD") && ct.clauseStart(k+2, end):
			k += 2 // "said in July it opposed", "wrote in 2019 the plan had"
		case info.tellClass() || w != "":
			// An addressee: "told reporters", "told the Security Council",
			// "told me".
			na, nb := ct.npRight(k, end)
			if info.tellClass() && objectPronouns()[w] && ct.tag(k) == "PRP" {
				na, nb = k, k+1
			}
			if nb > na && ct.isAddressee(na, nb, end, info) {
				if c, ok := ct.adjunctsToThat(nb, end); ok {
					return c // "told the crowd in Dayton, Ohio, on Monday that C"
				}
				k = nb
				continue
			}
			return k
		default:
			return k
		}
	}
	return k
}

// adjunctsToThat returns the first token of the content after adjuncts
// that open at k and run to a "that" with no verb between: "said in a
// speech in Leeds on Monday that C", "agreed with the mayor that C",
// "said to reporters that C". The commas of a place and its state stay in
// the adjunct ("in Dayton, Ohio, on Monday that").
func (ct *contents) adjunctsToThat(k, end int) (int, bool) {
	switch ct.lower(k) {
	case "in", "on", "at", "during", "after", "before", "late", "earlier", "last", "from", "with", "to", "for":
	default:
		return 0, false
	}
	for j := k + 1; j < end && j-k <= 24; j++ {
		if w := ct.lower(j + 1); ct.norm(j) == "," && (w == "where" || w == "when" || w == "which" || w == "who") {
			// "said on the radio, where she is a guest, that C": a
			// relative clause inside the adjunct.
			c := j + 2
			for c < end && c-j <= 12 && ct.norm(c) != "," {
				c++
			}
			if ct.norm(c) == "," && ct.lower(c+1) == "that" && !isFinite(ct.tag(c+2)) {
				return c + 2, true
			}
			return 0, false
		}
		// "Dayton, Ohio," a place and its state, with their commas
		place := ct.tag(j-1) == "NNP" && (ct.tag(j+1) == "NNP" || ct.norm(j-2) == "," && ct.tag(j-3) == "NNP")
		if isVerb(ct.tag(j)) && !(ct.tag(j) == "VBN" && nounPosition(ct.tag(j-1))) || ct.norm(j) == "," && ct.lower(j+1) != "that" && !place ||
			j-k > 14 {
			return 0, false // "in a written statement that C" has a participle, no verb
		}
		if ct.lower(j) == "that" && !isFinite(ct.tag(j+1)) {
			return j + 1, true
		}
		if j == k+2 && whWords()[ct.lower(j)] && strings.HasPrefix(ct.tag(k+1), "NN") {
			return j, true // "shows in detail how C", "explained at length why C"
		}
	}
	return 0, false
}

// isAddressee reports whether the noun phrase [a, b) after a cue is its
// addressee rather than the start of the content.
func (ct *contents) isAddressee(a, b, end int, info cueInfo) bool {
	next := ct.lower(b)
	if next == "that" {
		// "issued an advisory that warned": after a learned action verb
		// (see learnedOnly), a relative clause, whose noun is the content,
		// not an addressee.
		return !isFinite(ct.tag(b+1)) || !info.learned || !ct.cues.learnedOnly(info.lemma)
	}
	if !info.tellClass() {
		return false
	}
	if next == "of" || next == "on" && timeWords()[ct.lower(b+1)] || next == "to" || next == "," || next == ":" {
		return true
	}
	// "told Okafor the government must": a clause follows.
	return b < end && ct.clauseAfter(b, end) && !isVerb(ct.tag(b))
}

// contentEnd finds where preposed content ends: at the sentence's end,
// or before a coordinated second cue ("said C, but warned of D"), a
// contrasting clause (", but the union pulled back"), a trailing attribution
// (", the ministry said") or a semicolon.
func (ct *contents) contentEnd(k, end int) int {
	finite := false
	// fronted: the content opens with a subordinate clause ("said that if
	// she stands, she would try to mend"), whose first comma opens the main
	// clause, not a new report.
	fronted := subordinators()[ct.lower(k)] || ct.lower(k) == "that" && subordinators()[ct.lower(k+1)]
	for j := k + 1; j < end; j++ {
		w := ct.lower(j)
		if ct.inQuote(j) {
			continue
		}
		if fronted && w == "," {
			fronted = false
			continue
		}
		comma := ct.norm(j-1) == ","
		switch {
		case w == ";":
			return j
		case comma && ct.tag(j) == "IN" && ct.lower(j+1) == "which":
			return j - 1 // ", over which the US expressed regret": the writer's aside
		case w == "according" && ct.lower(j+1) == "to" && comma:
			return j - 1
		case (w == "but" || (w == "while" || w == "whereas" || w == "although" || w == "though") && comma) && ct.clauseStart(j+1, end):
			return cutComma(ct.view, j)
		case w == "even" && comma && (ct.lower(j+1) == "though" || ct.lower(j+1) == "if") && ct.clauseStart(j+2, end):
			return j - 1 // "said A, even though B"
		case comma && w == "then" && !finite && ct.hasVerb(j+1, min(end, j+10)):
			return j - 1 // "wrote her first book in 1991, then she became": a new clause
		case comma && w == "compared" && (ct.lower(j+1) == "with" || ct.lower(j+1) == "to"):
			return j - 1 // "say A, compared with 40 percent who say B"
		case comma && (w == "which" || w == "who") && ct.speakerClause(j+1, end):
			return j - 1 // "..., which he believes will fail": a new report
		case w == "who" && !comma && ct.relativeCue(j+1, end):
			if c := ct.phraseComma(k, j); c > 0 {
				return c // "said A, twice the number who said B": a second report
			}
		case comma && w == "while" && ct.tag(j+1) == "VBG" && ct.isCueAt(j+1):
			return j - 1 // "..., while acknowledging that"
		case comma && (w == "and" || w == "but") && ct.frontedReport(j+1, end):
			return j - 1 // "said A, and when pressed on B, the mother replied, “C”"
		case comma && (w == "and" || w == "but" || w == "while") && ct.speakerClause(j+1, end):
			return cutComma(ct.view, j) // "said A, and three-quarters said B"
		case (w == "and" || w == "but") && (ct.tag(j+1) == "CD" || speakerPronouns()[ct.lower(j+1)] || ct.tag(j+1) == "NNPS" || ct.tag(j+1) == "NNP" || ct.tag(j+1) == "NNS") && ct.speakerClause(j+1, end):
			return cutComma(ct.view, j) // "9 percent prefer A and 3 percent support B"
		case w == "but" || w == "and":
			n := j + 1
			for n < end && (auxWords[ct.lower(n)] || ct.tag(n) == "RB") {
				n++
			}
			if ct.lower(n) == "that" && w == "and" && ct.lower(k-1) == "that" {
				return cutComma(ct.view, j)
			}
			if _, ok := ct.cueAt(n); ok && !(strings.HasPrefix(ct.tag(n), "NN") && isFinite(ct.tag(n+1))) && (ct.tag(n) != "VBN" || isHave(ct.lower(n-1)) ||
				!finite && n == j+1 && strings.HasSuffix(ct.lower(n), "ed")) &&
				(comma || !finite || ct.lower(n+1) == "that" || ct.quoteAfter(n+1)) && !ct.isRelative(n) {
				// A noun before its own verb is a subject ("shootings and
				// protests demands that"), not a second cue.
				return cutComma(ct.view, j) // "said A and noted that B", "proposes A, and plans to B"
			}
			if n == j+1 && ct.secondVerb(k, n) {
				return cutComma(ct.view, j) // "said he makes A and questioned how B"
			}
		case comma && (w == "a" || w == "an") && nounCues()[ct.lower(j+1)] && ct.lower(j+2) == "that":
			return j - 1 // "said A, an acknowledgment that B": the writer's gloss
		case w == ":" && finite && ct.quoteAfter(j):
			return j // "said he was busy: “…”": after a clause, the quotation is reported on its own
		case w == "," && (ct.newSubjectCue(j+1, end) || ct.speakerClause(j+1, end) && speakerPronouns()[ct.lower(j+1)]):
			return j // "While he conceded A, Hall also noted B"
		case w == "," && ct.tag(j+1) == "VBG" && ct.isCueAt(j+1):
			return j
		case ct.tag(j) == "VBG" && ct.isQuoteTok(j-1) && ct.norm(j-2) == "," && ct.cueWord(j):
			return j - 1 // "that he has “won,” claiming that"
		case comma && ct.tag(j) == "VBG" && ct.cueWord(j) && ct.lower(j+1) != "to":
			return j - 1 // "praised A, crediting her with B"
		}
		if isFinite(ct.tag(j)) {
			finite = true
		}
	}
	return end
}

// timeEnd returns the end of a phrase of time at k that ends in a unit of
// time and "later", "earlier" or "ago" ("two days later", "just 17
// seconds later"), or k.
func (ct *contents) timeEnd(k, end int) int {
	if t := ct.tag(k); t != "CD" && t != "DT" && t != "RB" && !timeUnits()[ct.lower(k)] {
		return k // "found himself in trouble weeks ago": an object first
	}
	for j := k; j < end && j-k < 7; j++ {
		switch w := ct.lower(j); {
		case w == "later" || w == "earlier" || w == "ago":
			if j > k && timeUnits()[ct.lower(j-1)] {
				return j + 1
			}
			return k
		case isVerb(ct.tag(j)) || ct.inQuote(j) || w == "that" || w == ",":
			return k
		}
	}
	return k
}

// relativeCue reports whether a statement or thought verb of the past
// or present follows a relative "who" at k, past auxiliaries and adverbs:
// "who said", "who say", "who have said".
func (ct *contents) relativeCue(k, end int) bool {
	for k < end && (auxWords[ct.lower(k)] || ct.tag(k) == "RB") {
		k++
	}
	if t := ct.tag(k); t != "VBD" && t != "VBP" && t != "VBN" {
		return false
	}
	info, ok := ct.cueAt(k)
	return ok && !info.learned && (info.class == thought || actOf(ct.cues.acts, ct.norm(k)) == Statement)
}

// phraseComma returns the comma or dash that opens the noun phrase
// ending before token j, a few words back with no verb between ("…,
// twice the number | who", "… — 31 percent — | who"), or 0.
func (ct *contents) phraseComma(k, j int) int {
	for c := j - 1; c > k && c >= j-7; c-- {
		n := ct.norm(c)
		if n == "," || ortho.IsDash(n) {
			if ortho.IsDash(n) && c-1 > k && ct.tag(c-1) == "CD" {
				continue // "three in 10 — 31 percent —": an aside inside the phrase
			}
			return c
		}
		if isFinite(ct.tag(c)) || ct.inQuote(c) {
			return 0
		}
	}
	return 0
}

// isRelative reports whether the word at n is a noun rather than a verb
// in context (a "claims" after a determiner).
func (ct *contents) isRelative(n int) bool { return ct.tag(n-1) == "DT" }

func cutComma(r *view, j int) int {
	if r.norm(j-1) == "," {
		return j - 1
	}
	return j
}

// speakerClause reports whether a short subject and a finite speech verb
// start at k: "three-quarters said", "more than 4 in 10 want", "he did
// say".
func (ct *contents) speakerClause(k, end int) bool {
	n := k
	if speakerPronouns()[ct.lower(n)] && ct.tag(n) == "PRP" {
		n++
	} else {
		for n < end && n-k < 8 && (ct.nounLike(n) || quantWord(ct.tag(n), ct.lower(n))) && !ct.inQuote(n) {
			n++
		}
		if n == k || ct.tag(n-1) == "DT" || ct.tag(n-1) == "IN" {
			return false
		}
	}
	aux := false
	for n < end && (auxWords[ct.lower(n)] || ct.tag(n) == "RB") {
		aux = aux || auxWords[ct.lower(n)]
		n++
	}
	// "and Tom Baker is promising to": a progressive is finite too.
	verb := isFinite(ct.tag(n)) || aux && (ct.tag(n) == "VB" || ct.tag(n) == "VBG" && beForms()[ct.lower(n-1)])
	if _, _, _, ok := ct.prepCue(n); ok {
		return verb // "and he railed against"
	}
	c, ok := ct.cueAt(n)
	return ok && c.particle == "" && verb
}

// share reports a fraction at k: "half of", "a third of", "two-thirds of".
func (ct *contents) share(k int) bool {
	w := ct.lower(k)
	if w == "a" || w == "one" {
		w = ct.lower(k + 1)
	}
	switch w {
	case "half", "third", "quarter", "fifth", "two-thirds", "three-quarters", "majority", "minority":
		return true
	}
	return false
}

// quantWord reports a word of a quantity phrase before a noun: "more
// than 4 in 10", "nearly half of".
func quantWord(tag, w string) bool {
	switch w {
	case "more", "than", "in", "of", "about", "nearly", "almost", "fewer", "less", "over", "just", "roughly", "some":
		return true
	}
	return tag == "CD" || tag == "DT"
}

// newSubjectCue reports whether a short subject and a cue verb with its
// complementizer start at k: "Hall also noted that", "the mayor said".
func (ct *contents) newSubjectCue(k, end int) bool {
	n := k
	for n < end && n-k < 7 && !ct.inQuote(n) && !(n > k && ct.pastAsNoun(n)) &&
		(ct.nounLike(n) || ct.lower(n) == "of" && n > k && ct.nounLike(n+1)) {
		n++
	}
	if n == k {
		return false
	}
	for n < end && (auxWords[ct.lower(n)] || ct.tag(n) == "RB") {
		n++
	}
	if _, ok := ct.cueAt(n); !ok || !isFinite(ct.tag(n)) && !ct.pastAsNoun(n) {
		return false
	}
	if ct.norm(n+1) == "," {
		n++ // "the mother of three replied, “…”"
	}
	return ct.lower(n+1) == "that" || ct.clauseStart(n+1, end) || ct.isQuoteTok(n+1) || ct.norm(n+1) == "“" ||
		ct.norm(n+1) == ":"
}

// quoteAfter reports a quotation that opens at token n, or after the
// comma or colon there: "added, “…”".
func (ct *contents) quoteAfter(n int) bool {
	if ct.norm(n) == "," || ct.norm(n) == ":" {
		n++
	}
	return ct.isMark(n) && ct.inQuote(n+1)
}

// pastAsNoun reports a past form of a cue verb that the tagger read as a
// noun: "the mother of three replied/NNS".
func (ct *contents) pastAsNoun(n int) bool {
	info, ok := ct.cueAt(n)
	w := ct.lower(n)
	return ok && strings.HasPrefix(ct.tag(n), "NN") && w != info.lemma && strings.HasSuffix(w, "ed")
}

// frontedReport reports a clause at k that opens with a subordinate clause
// or a participle and goes on, after its comma, to a new subject and cue:
// "and when pressed for a reason, the mother of two replied, “…”".
func (ct *contents) frontedReport(k, end int) bool {
	if !subordinators()[ct.lower(k)] && ct.tag(k) != "VBN" {
		return false
	}
	for c := k + 1; c < end && c < k+25; c++ {
		switch {
		case ct.inQuote(c) || ct.norm(c) == ";":
			return false
		case ct.norm(c) == ",":
			return ct.newSubjectCue(c+1, end)
		}
	}
	return false
}

// proForm reports content [ka, kb) that stands for a statement: "said
// so", "said yes", "say the same of Cole", "said as much".
func (v *view) proForm(ka, kb int) bool {
	switch w := v.lower(ka); {
	case kb-ka == 1:
		return w == "so" || w == "yes" || w == "no"
	case w == "the":
		return v.lower(ka+1) == "same"
	case w == "as":
		return v.lower(ka+1) == "much" // "said as much"
	}
	return false
}

// proFormLen returns the number of tokens of a pro-form at k ("so", "the
// same", "as much"), or 0.
func (v *view) proFormLen(k int) int {
	for n := 1; n <= 2; n++ {
		if v.proForm(k, k+n) {
			return n
		}
	}
	return 0
}

// cueWord reports a cue verb form at token i, learned verbs included.
func (v *view) cueWord(i int) bool {
	_, ok := v.cueAt(i)
	return ok
}

// secondVerb reports whether the past-tense cue at n, right after "and",
// is a second verb of the cue's subject rather than of the content's:
// "said he makes A and questioned how B". The content [k, n) must have a
// finite verb of its own, and the cue a complement.
func (ct *contents) secondVerb(k, n int) bool {
	t := ct.tok(n)
	if t.Tag != "VBD" && !(t.Tag == "VBN" && strings.HasSuffix(ct.lower(n), "ed")) || !ct.cueWord(n) {
		return false
	}
	subj, shared := false, false
	for j := k; j < n; j++ {
		if isFinite(ct.tag(j)) {
			// "said they had spoken and agreed": a perfect before may
			// govern the second verb too (a modal would want "agree").
			subj, shared = true, isHave(ct.lower(j))
		}
	}
	if shared {
		return false
	}
	next := ct.tok(n + 1)
	return subj && (next.Tag == "DT" || next.Tag == "PRP" || next.Tag == "PRP$" || next.Tag == "WRB" || next.Tag == "TO" ||
		next.Tag == "IN" || strings.HasPrefix(next.Tag, "NN") || next.Tag == "RB")
}
