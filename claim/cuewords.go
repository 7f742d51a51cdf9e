package claim

import (
	"strings"
	"sync"

	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// adjectiveCues are predicative adjectives that report a stance when
// followed by a complement: "was hopeful that", "is critical of", "were
// coy about", "is eager to".
var adjectiveCues = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.Predicative) })

// nominalCues are nouns that carry a statement: "in a statement",
// "the ministry's claim that".
var nominalCues = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.Nominal) })

// secondPast reports a past tense the tagger read as a participle after
// "and": "criticized the plan and called for more", with no form of "be"
// before it that would make it a passive ("was arrested and charged").
func (v *view) secondPast(i int) bool {
	if w := v.lower(i - 1); w != "and" && w != "but" || !strings.HasSuffix(v.lower(i), "ed") {
		return false
	}
	s := v.doc.Sentences[v.sentOf(i)]
	for k := i - 2; k >= s.First && k >= i-8; k-- {
		if isCopula(v.lower(k)) || v.lower(k) == "being" {
			return false
		}
	}
	return true
}

// modifier reports a cue's base form used as a noun before another noun:
// "said state troopers", "a report card", "in call logs". A verb there
// would need a subject, which a verb, preposition or determiner is not.
func (v *view) modifier(i int, info cueInfo) bool {
	if d := v.lower(i - 2); (d == "a" || d == "an" || d == "the") && v.tag(i-1) == "JJ" && !ortho.Capitalized(v.tok(i-1).Text) {
		return true // "a strong signal", "the nonstop demands": a noun after its adjective
	}
	if v.lower(i) != info.lemma {
		return false
	}
	if e, m, ok := v.look.EntityAt(v.tok(i + 1).Span); ok && e.Type == entity.Person && m.Start == v.tok(i+1).Start &&
		(v.nounLike(i-1) || v.tag(i-1) == "DT") {
		// "tenants advocate Gil Hardy told": a role before a name that
		// has its own cue.
		after := v.tokAt(m.End)
		if _, cue := v.cueAt(after); cue && isFinite(v.tag(after)) {
			return true
		}
	}
	if n := v.tag(i + 1); n != "NN" && n != "NNS" {
		return false
	}
	s := v.doc.Sentences[v.sentOf(i)]
	switch p := v.tag(i - 1); {
	case i == s.First, p == "VBD", p == "VBZ", p == "IN", p == "DT", p == "JJ", p == "POS", p == "PRP$", p == "CC":
		return true
	}
	return false
}
