package claim

import "github.com/sayso/sayso/lexicon"

// callsNames reports whether the words from k name what an object is
// called: "calling her a rising star", "calling him “a disgrace”".
func (r *run) callsNames(k, end int) bool {
	if r.namesAs(k, end) {
		return true
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		if r.isQuoteTok(j) || r.tok(j).Norm == "“" {
			return true
		}
	}
	return false
}

// participleCue reports whether the -ing cue at a reports speech: after a
// comma ("..., saying"), a form of "be" ("was saying"), "as" ("quoted
// as saying") or "while" ("while acknowledging that").
func (r *run) participleCue(a int) bool {
	k := a - 1
	for k > 0 && r.tok(k).Tag == "RB" {
		k--
	}
	w := r.lower(k)
	return r.lower(a+1) == "that" || w == "," || w == "as" || w == "while" || w == "and" || w == "but" || isCopula(w) ||
		r.withSubject(a)
}

// withSubject reports a speech participle whose subject follows "with":
// "with 30 percent of voters saying they approve".
func (r *run) withSubject(a int) bool {
	if c, ok := lookupCue(r.tok(a).Norm); !ok || !clauseLemmas[c.lemma] {
		return false
	}
	na, nb := r.npLeft(a-1, max(0, a-10))
	return nb == a && nb > na && r.lower(na-1) == "with"
}

// whWords open a clause that a cue reports: "emphasizing why C".
var whWords = wordsOf(lexicon.WhWord)

// citesInformant reports a "citing" whose object is who informed the
// speaker, not what was said: "citing his sources", "citing officials".
func (r *run) citesInformant(info cueInfo, k, end int) bool {
	if info.lemma != "cite" {
		return false
	}
	_, nb := r.npRight(k, end)
	h := singular(r.lower(nb - 1))
	return h == "source" || personRoles[h] || orgRoles[h] || personSuffix(h)
}
