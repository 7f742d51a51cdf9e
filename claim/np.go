package claim

import (
	"strings"
	"unicode"

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
var npPreps = wordsOf(lexicon.NPPreposition)

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
var timeWords = wordsOf(lexicon.Time)

// nounLike reports whether token i may be part of a noun phrase.
func (r *run) nounLike(i int) bool {
	t := r.tok(i)
	if t.Text == "" {
		return false
	}
	switch t.Norm {
	case "'s", "'", "-", "&", ".":
		return i > 0
	}
	if r.isQuoteTok(i) {
		return true
	}
	if !hasAlnum(t.Text) {
		return false
	}
	if w := singular(strings.ToLower(t.Norm)); personRoles[w] || orgRoles[w] {
		return true
	}
	if npTag(t.Tag) {
		// A cue word is a noun only in noun position: "the report".
		return !isCueWord(t.Norm) || capitalized(t.Text) || nounPosition(r.tok(i-1).Tag)
	}
	// "one of them said"
	if (t.Norm == "them" || t.Norm == "us" || t.Norm == "those") && r.lower(i-1) == "of" {
		return true
	}
	// Tagger slips: capitalized words inside names are nouns.
	return capitalized(t.Text) && t.Tag != "PRP" && t.Tag != "IN" && t.Tag != "CC" &&
		t.Tag != "WDT" && t.Tag != "WP" && !isCueWord(t.Norm)
}

// nounPosition reports the tags after which a word is a noun.
func nounPosition(prev string) bool {
	return prev == "DT" || prev == "JJ" || prev == "PRP$" || prev == "POS"
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

// isCueWord reports a cue verb form.
func isCueWord(w string) bool {
	_, ok := lookupCue(w)
	return ok
}

// pronouns that may stand for a speaker.
var speakerPronouns = wordsOf(lexicon.SpeakerPronoun)

// subjectLeft finds the subject noun phrase of the verb at token i, looking
// back no further than token lo. It skips auxiliaries, adverbs and time
// phrases between subject and verb, and an apposition after the subject.
// It returns the phrase's token range, an apposition range, and ok.
func (r *run) subjectLeft(i, lo int) (a, b, appA, appB int, ok bool) {
	j := i - 1
	for j >= lo {
		w := r.lower(j)
		switch {
		case auxWords[w] || r.tok(j).Tag == "RB" && !capitalized(r.tok(j).Text):
			j--
			continue
		case timeWords[w] && j-1 >= lo && (r.lower(j-1) == "on" || r.lower(j-1) == "last" || r.lower(j-1) == "this"):
			j -= 2
			continue
		}
		break
	}
	if j < lo {
		return 0, 0, 0, 0, false
	}
	// A pronoun subject.
	if w := r.lower(j); speakerPronouns[w] && r.tok(j).Tag == "PRP" {
		return j, j + 1, 0, 0, true
	}
	// A relative pronoun: "listeners who said", "the group, which said".
	if w := r.lower(j); (w == "who" || w == "which") && j > lo {
		k := j - 1
		if r.tok(k).Norm == "," {
			k--
		}
		na, nb := r.npLeft(k, lo)
		return na, nb, 0, 0, nb > na
	}
	// An apposition: "Okafor, the spokesman, said" / "critics — including X — say".
	if n := r.tok(j).Norm; n == "," || isDash(n) {
		k := j - 1
		for k >= lo && k > j-24 && r.tok(k).Norm != n {
			if isFinite(r.tok(k).Tag) && !r.relativeBefore(k, n) {
				break
			}
			k--
		}
		if k >= lo && r.tok(k).Norm == n && k < j-1 {
			na, nb := r.npLeft(k-1, lo)
			// "Scott Pruitt, the attorney general of Oklahoma, one of the
			// states suing, said": a second apposition.
			if nb > na && na-1 > lo && r.tok(na-1).Norm == n {
				if pa, pb := r.npLeft(na-2, lo); pb > pa && pb == na-1 {
					return pa, pb, k + 1, j, true
				}
			}
			if nb > na {
				return na, nb, k + 1, j, true
			}
		}
		return 0, 0, 0, 0, false
	}
	a, b = r.npLeft(j, lo)
	if b > a && a-2 >= lo && r.tok(a-1).Tag == "VBG" && r.nounLike(a-2) && r.tok(a-2).Tag != "PRP" {
		// "Democrats supporting Mrs. Clinton have pointed to": the head
		// is before the participle.
		if pa, pb := r.npLeft(a-2, lo); pb > pa {
			return pa, pb, 0, 0, true
		}
	}
	return a, b, 0, 0, b > a
}

// postAdjectives follow the noun of a source and take a complement:
// "close to", "familiar with", "briefed on", "knowledgeable about".
var postAdjectives = map[string]bool{
	"close": true, "familiar": true, "briefed": true, "knowledgeable": true, "loyal": true,
	"opposed": true, "linked": true, "allied": true, "sympathetic": true, "involved": true,
	"near": true,
}

// relativeBefore reports whether the verb at k sits in a relative clause
// opened after a mark n: ", which monitors the conflict,".
func (r *run) relativeBefore(k int, n string) bool {
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		if r.tok(j).Norm == n {
			w := r.lower(j + 1)
			return w == "which" || w == "who" || w == "whose" || w == "where"
		}
	}
	return false
}

// npLeft collects a noun phrase ending at token j, back to lo at most.
func (r *run) npLeft(j, lo int) (a, b int) {
	b = j + 1
	a = b
	start := j
	if objectPronouns[r.lower(j)] && postAdjectives[r.lower(j-2)] && j-3 >= lo {
		a, start = j, j-1 // "a source close to him"
	}
	for k := start; k >= lo && b-k <= 20; k-- {
		w := r.lower(k)
		if r.nounLike(k) {
			a = k
			continue
		}
		if w == ")" && a == k+1 || w == ")" && k == j {
			// "Sen. Claire McCaskill (D-Mo.) said"
			o := k - 1
			for o >= lo && k-o <= 8 && r.tok(o).Norm != "(" {
				o--
			}
			if o > lo && r.tok(o).Norm == "(" && r.nounLike(o-1) {
				a, k = o, o
				continue
			}
		}
		if w == "and" && r.tok(k+1).Tag == "CD" {
			break // "chose Clinton and 44 percent would back": two clauses
		}
		if (npPreps[w] || w == "and" || w == "&") && k-1 >= lo && r.nounLike(k-1) && a <= k+1 && a < b {
			a = k
			continue
		}
		// "a source close to the talks", "people familiar with the matter"
		if (w == "to" || w == "with" || w == "about" || w == "on") && k-2 >= lo && postAdjectives[r.lower(k-1)] && r.nounLike(k-2) && a == k+1 {
			a, k = k-1, k-1
			continue
		}
		if w == "," && k-1 >= lo && isDash(r.tok(k+1).Norm) {
			break
		}
		break
	}
	// Drop a leading preposition, conjunction or stray mark.
	for a < b && (npPreps[r.lower(a)] || r.lower(a) == "and" || r.tok(a).Norm == "'s" || r.tok(a).Norm == "-") {
		a++
	}
	// A phrase ending in a preposition (never a subject) is no phrase.
	if a < b && npPreps[r.lower(b-1)] {
		return b, b
	}
	return a, b
}

// npRight collects a noun phrase starting at token j, up to hi exclusive
// ("said Brazilian Trade Minister Ana Costa during talks").
func (r *run) npRight(j, hi int) (a, b int) {
	a, b = j, j
	if j < hi && speakerPronouns[r.lower(j)] && r.tok(j).Tag == "PRP" {
		return j, j + 1
	}
	for k := j; k < hi && k-j < 14; k++ {
		w := r.lower(k)
		if b > a && (r.tok(k).Tag == "DT" || r.tok(k).Tag == "PRP$") {
			break // a new phrase: "told Okafor | the government must"
		}
		if r.nounLike(k) {
			b = k + 1
			continue
		}
		if (w == "of" || w == "for" || w == "and") && k+1 < hi && b == k && r.nounLike(k+1) {
			continue
		}
		break
	}
	return a, b
}

// sentenceSubject finds the first noun phrase of sentence s that stands
// before a finite verb: the subject a participle cue ("adding", "noting")
// borrows.
func (r *run) sentenceSubject(si int) (a, b int, ok bool) {
	if si < 0 || si >= len(r.doc.Sentences) {
		return 0, 0, false
	}
	s := r.doc.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		if r.inQuote(k) {
			continue
		}
		if t := r.tok(k).Tag; isFinite(t) || t == "VBN" && k > s.First && r.nounLike(k-1) {
			a, b, _, _, ok = r.subjectLeft(k, s.First)
			return a, b, ok
		}
		if r.tok(k).Norm == "," && k == s.First+1 {
			continue
		}
	}
	return 0, 0, false
}

// phrase returns the text of tokens [a, b).
func (r *run) phrase(a, b int) string {
	return strings.TrimSpace(r.span(a, b).In(r.doc.Text))
}

// objectPronouns end a source phrase only after a post-adjective: "a
// source close to him".
var objectPronouns = wordsOf(lexicon.ObjectPronoun)
