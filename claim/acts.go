package claim

import (
	"strings"
	"sync"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// Act is what kind of attribution a claim is, after its cue: words said
// or written (Statement), a belief, feeling or intention (Thought), what
// a study, poll or document shows (Finding), or an action or position
// for or against (Stance).
type Act = lexicon.Act

// The acts of a claim.
const (
	Statement = lexicon.Statement // "said", "told", "according to", a quotation
	Thought   = lexicon.Thought   // "believes", "hopes", "plans to"
	Finding   = lexicon.Finding   // "a study found", "seems to"
	Stance    = lexicon.Stance    // "refused to", "supports", "criticized"
)

// AllActs returns every act: the argument to WithActs that keeps every
// claim.
func AllActs() []Act { return lexicon.Acts() }

// actSet is a set of acts as bits.
type actSet uint8

func actsOf(acts []Act) actSet {
	var s actSet
	for _, a := range acts {
		s |= 1 << a
	}
	return s
}

func (s actSet) has(a Act) bool { return s&(1<<a) != 0 }

// actMap maps each lower-case form of a verb of lex, and each cue noun
// and adjective, to its act.
func actMap(lex *lexicon.Lexicon) map[string]Act {
	m := make(map[string]Act)
	for v := range lex.Verbs() {
		for _, f := range v.Forms(lexicon.AllForms) {
			m[f] = v.Act()
		}
	}
	for _, c := range []lexicon.Class{lexicon.Nominal, lexicon.Possessive, lexicon.Predicative} {
		for w := range lex.Words(c) {
			if x, ok := lex.Word(w); ok && x.Act() != lexicon.NoAct {
				if _, verb := m[w]; !verb {
					m[w] = x.Act()
				}
			}
		}
	}
	return m
}

// defaultActs is the act map of lexicon.Default.
var defaultActs = sync.OnceValue(func() map[string]Act { return actMap(lexicon.Default()) })

// actOf returns the act of a claim with cue text cue: that of the first
// word of the cue that has one ("made clear", "expressed concern"), and
// Statement for a quotation with no cue, a colon, "according to" and a
// cue the lexicon does not know.
func actOf(acts map[string]Act, cue string) Act {
	for w := range strings.FieldsSeq(cue) {
		w = strings.ToLower(w)
		if a, ok := acts[w]; ok && a != lexicon.NoAct {
			return a
		}
		if a, ok := acts[ortho.Singular(w)]; ok && a != lexicon.NoAct {
			return a // "his warnings"
		}
	}
	return Statement
}

// act returns the act of claim c: its cue's (actOf), except that reported
// speech by a statement verb whose content is not a clause reports an
// action or a position, a Stance: an infinitive ("promised to meet with
// the leaders", "agreed to support them") or a noun phrase with no finite
// verb before any subordinate clause ("denied interference", "announced
// the end of the siege", "added a goal when the defence slipped"), and so
// does a negated statement verb ("did not say whether"). An
// infinitive after an addressee is a directive, and stays a statement
// ("urged them to leave"). Quotations, mixed speech, colons and
// "according to" keep their cue's act.
func (v *view) act(c Claim) Act {
	a := actOf(v.cues.acts, c.Cue)
	if a == Statement && v.cues.learnedOnly(c.Cue) {
		return Stance
	}
	if c.Cue == ":" && c.Kind == Indirect && findingSource(c.Speaker.Text) {
		return Finding // "Poll: Lopez and Cole tied in the race"
	}
	if a != Statement || c.Kind == Direct || c.Cue == ":" || strings.EqualFold(c.Cue, "according to") {
		return a
	}
	if v.negated(c.CueSpan) || v.shape(c) != clauseShape {
		return Stance
	}
	return a
}

// learnedOnly reports whether the first word of cue that the lexicon or
// the learned list knows is a learned verb to which the lexicon gives no
// act ("focused on", "pushed for"): an action verb learned from its
// claims, whose reports are stances, not words said.
func (c cueIndex) learnedOnly(cue string) bool {
	for w := range strings.FieldsSeq(cue) {
		w = strings.ToLower(w)
		if _, ok := c.acts[w]; ok {
			return false
		}
		if _, ok := c.learned[w]; ok {
			return true
		}
	}
	return false
}

// negated reports a cue with a negation before it ("did not say whether",
// "would not specify", "never said"): what a source did not say is no
// statement of theirs.
func (v *view) negated(cue corpus.Span) bool {
	k := v.tokAt(cue.Start)
	for j := k - 1; j >= max(0, k-3); j-- {
		switch w := v.lower(j); {
		case w == "not" || w == "n't" || w == "never":
			return true
		case w == "to" && v.lower(j-1) == "yet":
			return true // "has yet to say whether": not said
		case !auxWords[w] && v.tag(j) != "RB":
			return false
		}
	}
	return false
}

// ParseAct returns the act named s: "statement", "thought", "finding" or
// "stance". Its error wraps lexicon.ErrAct.
func ParseAct(s string) (Act, error) { return lexicon.ParseAct(s) }
