package claim

import (
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
	"sync"
)

// callsNames reports whether the words from k name what an object is
// called: "calling her a tireless reformer", "calling him “a fraud”".
func (gr *grammar) callsNames(k, end int) bool {
	if gr.namesAs(k, end) {
		return true
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		if gr.isQuoteTok(j) || gr.norm(j) == "“" {
			return true
		}
	}
	return false
}

// participleCue reports whether the -ing cue at a reports speech: after a
// comma ("..., saying"), a form of "be" ("was saying"), "and" or "but",
// or a word that opens an adverbial participle (see leadsParticiple).
func (gr *grammar) participleCue(a int) bool {
	k := a - 1
	for k > 0 && gr.tag(k) == "RB" {
		k--
	}
	w := gr.lower(k)
	return gr.lower(a+1) == "that" || gr.setsOff(k) || gr.leadsParticiple(k) || w == "and" || w == "but" || isCopula(w) ||
		gr.withSubject(a)
}

// setsOff reports a token at k that sets a phrase after it off from the
// clause before: a comma, a dash, or the closing mark of a quotation that
// ends in a comma ("defended “local values,” saying C").
func (gr *grammar) setsOff(k int) bool {
	n := gr.norm(k)
	return n == "," || ortho.IsDash(n) || gr.isMark(k) && gr.norm(k-1) == ","
}

// leadsParticiple reports a word at k before a participle whose subject
// is the clause's: "quoted as saying", "while acknowledging that", "began
// by saying", "left after saying", "before insisting", "erred in saying".
// "For saying" and "without saying" are left out: they tell what someone
// is blamed for, or did not say.
func (gr *grammar) leadsParticiple(k int) bool {
	return gr.leadsClause(k) || gr.leadsAdverbial(k)
}

// leadsClause reports "as" and "while", whose participle reports whatever
// follows it: "quoted as saying", "while acknowledging the cost".
func (gr *grammar) leadsClause(k int) bool {
	w := gr.lower(k)
	return w == "as" || w == "while"
}

// leadsAdverbial reports the prepositions whose participle reports only a
// clause ("began by saying she would", "before insisting that"): with a
// noun phrase it tells an act ("before mocking her offer"). A clause so
// fronted ("After saying X, Y left") takes the subject after its comma
// (reportFinder.frontedSubject).
func (gr *grammar) leadsAdverbial(k int) bool {
	switch gr.lower(k) {
	case "by", "after", "before", "upon", "when", "in":
		return k > gr.doc.Sentences[gr.sentOf(k)].First
	}
	return false
}

// withSubject reports a speech participle whose subject follows "with":
// "with 35 percent of residents saying they approve".
func (gr *grammar) withSubject(a int) bool {
	if c, ok := gr.verbAt(a); !ok || !clauseLemmas()[c.lemma] {
		return false
	}
	na, nb := gr.npLeft(a-1, max(0, a-10))
	return nb == a && nb > na && gr.lower(na-1) == "with"
}

// whWords open a clause that a cue reports: "emphasizing why C".
var whWords = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.WhWord) })

// citesInformant reports a "citing" whose object is who informed the
// speaker, not what was said: "citing his sources", "citing officials".
func (gr *grammar) citesInformant(info cueInfo, k, end int) bool {
	if info.lemma != "cite" {
		return false
	}
	_, nb := gr.npRight(k, end)
	h := ortho.Singular(gr.lower(nb - 1))
	return h == "source" || personRoles()[h] || orgRoles()[h] || personSuffix(h)
}

// asideParticiple reports a participle cue at a set off by commas between
// a subject and its own cue verb: "An official, speaking on condition of
// anonymity, said", "Ana Ruiz, speaking to reporters, told". The verb
// after the aside reports the claim.
func (gr *grammar) asideParticiple(a, end int) bool {
	if gr.tag(a) != "VBG" || gr.norm(a-1) != "," || !gr.nounLike(a-2) {
		return false
	}
	for k := a + 1; k < end && k-a <= 12; k++ {
		if isFinite(gr.tag(k)) || gr.inQuote(k) {
			return false
		}
		if gr.norm(k) != "," {
			continue
		}
		n := k + 1
		for n < end && (auxWords[gr.lower(n)] || gr.tag(n) == "RB") {
			n++
		}
		return isFinite(gr.tag(n)) && gr.cueWord(n)
	}
	return false
}

// opensWithParticiple reports a participle at token a that opens its
// sentence, alone or after a subordinator there: "Calling C, X said",
// "After saying C, she left".
func (v *view) opensWithParticiple(a int) bool {
	if v.tag(a) != "VBG" {
		return false
	}
	first := v.doc.Sentences[v.sentOf(a)].First
	return a == first || a-1 == first && subordinators()[v.lower(a-1)]
}
