package claim

import "strings"

// shape is what reported content is made of.
type shape uint8

const (
	clauseShape     shape = iota // "that the talks failed", "the talks failed"
	infinitiveShape              // "to meet the leaders", with no addressee before it
	nounShape                    // "interference in the election"
)

// shape reads the content of reported speech c: an infinitive ("to
// meet", "not to speak") right after its cue, a noun phrase whose only
// finite verbs sit in a relative or subordinate clause, or a clause.
func (v *view) shape(c Claim) shape {
	i, end := v.tokAt(c.Start), v.tokEndingBy(c.End)
	if i >= end || v.proForm(i, end) {
		return clauseShape // "said so", "said as much": words that stand for a statement
	}
	if j := i + b2i(v.lower(i) == "not"); v.lower(j) == "to" && v.tag(j+1) == "VB" {
		if v.tok(i-1).End != c.CueSpan.End {
			return clauseShape // a directive to an addressee: "urged travellers to read the advisory"
		}
		return infinitiveShape
	}
	if next := v.tok(i + 1); v.norm(i) == "that" && (next.Tag == "VBD" || next.Tag == "VBZ" || next.Tag == "VBP") &&
		!strings.ContainsAny(next.Norm, "'’") {
		return nounShape // a relative clause left of a noun: "issued a study | that found"
	}
	directive := false
	if info, ok := v.cues.verb(c.Cue); ok {
		directive = info.class == tell
	}
	noun := false
	for k := i; k < end; k++ {
		t := v.tok(k)
		if noun && t.Norm == "," && (v.lower(k+1) == "which" || v.lower(k+1) == "who") {
			k = v.closingComma(k+1, end) // "a poem to his niece, which becomes": the relative clause is the noun's
			continue
		}
		if isFinite(t.Tag) {
			return clauseShape
		}
		if directive && noun && v.lower(k) == "to" && v.tag(k+1) == "VB" {
			return clauseShape // a directive to an addressee: "warned the public Friday not to spread rumours"
		}
		if noun && subordinators()[v.lower(k)] {
			return nounShape // "added another goal | when the defence slipped"
		}
		noun = noun || strings.HasPrefix(t.Tag, "NN")
	}
	return nounShape
}

// closingComma returns the comma that closes the relative clause opened
// at token k, or end when none does.
func (v *view) closingComma(k, end int) int {
	for ; k < end; k++ {
		if v.norm(k) == "," {
			return k
		}
	}
	return end
}
