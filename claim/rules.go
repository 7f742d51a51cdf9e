package claim

import (
	"errors"
	"fmt"
)

// ErrRule is returned when decoding a rule name the table does not hold.
var ErrRule = errors.New("claim: unknown rule")

// Rule names the sieve that decided a claim's attribution. Its text form
// ("quote-cue-name") is what the JSON carries; the zero Rule is no rule.
type Rule uint8

// The rules, from the most to the least precise kind of evidence. Each has
// one row in the rule table, which gives its name, what it matches and the
// confidence it falls back to when PolNeAR train has too few of its claims
// to learn one (learned_conf.txt).
const (
	RuleNone Rule = iota
	RuleQuoteCueName
	RuleQuoteCueOrg
	RuleQuoteCuePronoun
	RuleQuoteCueNominal
	RuleQuoteCueUnnamed
	RuleCueSubject
	RuleOrgSpeaker
	RuleAccordingTo
	RulePronoun
	RuleNominal
	RuleUnnamed
	RuleDescribed
	RuleJoint
	RuleContinuation
	RuleRunOn
	RuleBlockColon
	RuleHeadline
	RuleTitleCue
	RulePassiveAgent
	RuleInPoll
	RuleAgentless
	RuleTranscript
	RulePronounUnresolved
	RuleNoSpeaker
	ruleCount
)

// ruleRow is one row of the rule table.
type ruleRow struct {
	name string
	// what the rule matches, as doc.go and the trace say it.
	what string
	// fallback is the confidence of a rule with too few training claims.
	// A name beside a quotation's cue is almost always right; pronouns and
	// descriptions depend on a resolution that can go wrong; a
	// continuation guesses that the previous speaker goes on.
	fallback float64
}

// rules is the rule table, keyed by Rule. Never modified.
var rules = [...]ruleRow{
	RuleQuoteCueName:      {"quote-cue-name", "a quotation whose cue has a person's name beside it", 0.96},
	RuleQuoteCueOrg:       {"quote-cue-org", "a quotation whose cue has an organization or place beside it", 0.9},
	RuleQuoteCuePronoun:   {"quote-cue-pronoun", "a quotation whose cue has a pronoun beside it, resolved", 0.88},
	RuleQuoteCueNominal:   {"quote-cue-nominal", "a quotation whose cue has a description beside it (\"the minister\"), resolved", 0.82},
	RuleQuoteCueUnnamed:   {"quote-cue-unnamed", "a quotation whose cue has an unnamed source beside it (\"one official\")", 0.88},
	RuleCueSubject:        {"cue-subject", "a person named as the subject of a cue", 0.94},
	RuleOrgSpeaker:        {"org-speaker", "an organization or country as the subject of a cue", 0.86},
	RuleAccordingTo:       {"according-to", "\"according to X\" with X named", 0.92},
	RulePronoun:           {"pronoun", "he, she, they or it as the subject of a cue, resolved by gender, number and recency", 0.82},
	RuleNominal:           {"nominal", "a description (\"the minister\", \"the two men\") resolved through titles and the words before names", 0.78},
	RuleUnnamed:           {"unnamed", "an unnamed source (\"one official\", \"critics\"): Speaker.Entity is empty", 0.85},
	RuleDescribed:         {"described", "a subject phrase that names no entity and no known role, kept as written", 0.4},
	RuleJoint:             {"joint", "several sources, the first in Speaker and the rest in Others", 0.7},
	RuleContinuation:      {"continuation", "a quotation with no cue that goes on with the previous speaker's words (the last quotation's, past thoughts and stances reported since in its paragraph), or opens the paragraphs of the next", 0.72},
	RuleRunOn:             {"run-on", "a quoted paragraph with no cue of its own after a paragraph that reported the same speaker's words, or with no attribution after it, the last named speaker up to three paragraphs before", 0.7},
	RuleBlockColon:        {"block-colon", "a block quotation, or a quotation ending its paragraph or after a bare name, introduced by a source and a colon", 0.8},
	RuleHeadline:          {"headline", "a headline \"Source: words\"", 0.8},
	RuleTitleCue:          {"title-cue", "the capitalized source of a title-case headline verb (\"Senator Says Plan Will Fail\")", 0.75},
	RulePassiveAgent:      {"passive-agent", "the agent of a passive stance verb (\"endorsed by the union\")", 0.7},
	RuleInPoll:            {"in-poll", "a poll's finding (\"In the latest poll, Lopez leads\")", 0.8},
	RuleAgentless:         {"agentless", "a report that names no source (\"is expected to\", \"was accused of\"): Speaker is empty", 0.5},
	RuleTranscript:        {"transcript", "a transcript line \"WHITLOCK: ...\" whose label names a person of the article", 0.85},
	RulePronounUnresolved: {"pronoun-unresolved", "a pronoun with no antecedent, or the writer's own \"I\" outside quotation marks (dropped unless WithUnattributed), kept as written", 0.3},
	RuleNoSpeaker:         {"no-speaker", "a quotation whose speaker was not found; dropped unless WithUnattributed", 0.1},
}

// originRules name the rules that a kind of candidate decides whatever
// its speaker's resolution; quoteRules name the sieve by how the speaker
// next to a quotation's cue was resolved; cueRules do the same for
// reported speech. Never modified.
var (
	originRules = map[string]Rule{
		"block":      RuleBlockColon,
		"headline":   RuleHeadline,
		"title":      RuleTitleCue,
		"passive":    RulePassiveAgent,
		"poll":       RuleInPoll,
		"transcript": RuleTranscript,
		"run-on":     RuleRunOn,
	}
	quoteRules = map[string]Rule{
		resName:    RuleQuoteCueName,
		resOrg:     RuleQuoteCueOrg,
		resPronoun: RuleQuoteCuePronoun,
		resNominal: RuleQuoteCueNominal,
		resUnnamed: RuleQuoteCueUnnamed,
		resJoint:   RuleJoint,
	}
	cueRules = map[string]Rule{
		resName:    RuleCueSubject,
		resOrg:     RuleOrgSpeaker,
		resPronoun: RulePronoun,
		resNominal: RuleNominal,
		resJoint:   RuleJoint,
	}
)

// forwardConfidence is the confidence of a quotation paragraph that takes
// the speaker of the attributed quotation after it: rarer and less sure
// than a continuation backwards, and not learned.
const forwardConfidence = 0.6

// Rules lists every rule, in the order of the table.
func Rules() []Rule {
	out := make([]Rule, 0, ruleCount-1)
	for r := RuleNone + 1; r < ruleCount; r++ {
		out = append(out, r)
	}
	return out
}

// String returns the rule's name, "" for RuleNone.
func (r Rule) String() string {
	if r < ruleCount {
		return rules[r].name
	}
	return fmt.Sprintf("Rule(%d)", uint8(r))
}

// Doc says what the rule matches.
func (r Rule) Doc() string {
	if r < ruleCount {
		return rules[r].what
	}
	return ""
}

// MarshalText writes the rule's name.
func (r Rule) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads a rule's name; "" is RuleNone.
func (r *Rule) UnmarshalText(b []byte) error {
	rule, ok := ParseRule(string(b))
	if !ok {
		return fmt.Errorf("%w %q", ErrRule, b)
	}
	*r = rule
	return nil
}

// ParseRule returns the rule named name; "" is RuleNone.
func ParseRule(name string) (Rule, bool) {
	for r := range ruleCount {
		if rules[r].name == name {
			return r, true
		}
	}
	return RuleNone, false
}
