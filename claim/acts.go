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
	if a != Statement || c.Kind == Direct || c.Cue == ":" || strings.EqualFold(c.Cue, "according to") {
		return a
	}
	if v.negated(c.CueSpan) || v.shape(c) != clauseShape {
		return Stance
	}
	return a
}

// closingComma returns the comma that closes the relative clause opened
// at token k, or end when none does.
func (v *view) closingComma(k, end int) int {
	for ; k < end; k++ {
		if v.tok(k).Norm == "," {
			return k
		}
	}
	return end
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
		case !auxWords[w] && v.tok(j).Tag != "RB":
			return false
		}
	}
	return false
}

// shape is what reported content is made of.
type shape uint8

const (
	clauseShape     shape = iota // "that the talks failed", "the talks failed"
	infinitiveShape              // "to meet the leaders", with no addressee before it
	nounShape                    // "interference in the election"
)

// shape reads the content of reported speech c: an infinitive ("to
// meet", "not to speak") right after its cue, a noun phrase whose only finite verbs sit in a relative
// or subordinate clause, or a clause.
func (v *view) shape(c Claim) shape {
	i, end := v.tokAt(c.Start), v.tokEndingBy(c.End)
	if i >= end {
		return clauseShape
	}
	if j := i + b2i(v.lower(i) == "not"); v.lower(j) == "to" && v.tok(j+1).Tag == "VB" {
		if v.tok(i-1).End != c.CueSpan.End {
			return clauseShape // a directive to an addressee: "urged Canadians to consult the advisory"
		}
		return infinitiveShape
	}
	if next := v.tok(i + 1); v.tok(i).Norm == "that" && (next.Tag == "VBD" || next.Tag == "VBZ" || next.Tag == "VBP") &&
		!strings.ContainsAny(next.Norm, "'’") {
		return nounShape // a relative clause left of a noun: "released a report | that found"
	}
	directive := false
	if info, ok := v.cues.verb(c.Cue); ok {
		directive = info.class == tell
	}
	noun := false
	for k := i; k < end; k++ {
		t := v.tok(k)
		if noun && t.Norm == "," && (v.lower(k+1) == "which" || v.lower(k+1) == "who") {
			k = v.closingComma(k+1, end) // "a book to his son, which serves as": the relative clause is the noun's
			continue
		}
		if isFinite(t.Tag) {
			return clauseShape
		}
		if directive && noun && v.lower(k) == "to" && v.tok(k+1).Tag == "VB" {
			return clauseShape // a directive to an addressee: "warned the public Monday not to speculate"
		}
		if noun && subordinators[v.lower(k)] {
			return nounShape // "added another goal | when Karlsson redirected a shot"
		}
		noun = noun || strings.HasPrefix(t.Tag, "NN")
	}
	return nounShape
}

// ParseAct returns the act named s: "statement", "thought", "finding" or
// "stance". Its error wraps lexicon.ErrAct.
func ParseAct(s string) (Act, error) { return lexicon.ParseAct(s) }
