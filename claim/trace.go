package claim

import (
	"fmt"

	"github.com/sayso/sayso/corpus"
)

// Trace says how a claim was decided. Extract fills it only when the
// Extractor was made WithTrace(true); it is nil otherwise.
type Trace struct {
	// Detector is the detector that found the claim: "quote" (a quotation
	// and its cue), "cue" (reported speech), "according", "block",
	// "headline", "title", "transcript", "passive", "poll", "agentless" or
	// "leftover" (a quotation no cue took).
	Detector string `json:"detector"`
	// Beat lists the candidates this claim won over: one with the same
	// cue and overlapping content found later, or a quotation inside
	// this claim's reported content.
	Beat []Beaten `json:"beat,omitempty"`
	// Sieve is how the speaker was found: "name", "org", "pronoun",
	// "nominal", "unnamed", "joint", "described", "lone-pronoun",
	// "continuation", "forward" (the next quotation's speaker),
	// "agentless" (the report names no source) or "none".
	Sieve string `json:"sieve"`
	// Confidence says where the confidence comes from: learned on
	// PolNeAR train, the rule's fallback, or fixed, and a learned cue's
	// precision where it was applied.
	Confidence string `json:"confidence"`
}

// Beaten is a candidate that lost to a claim.
type Beaten struct {
	Detector string `json:"detector"`
	Text     string `json:"text"`
	corpus.Span
	// Why says what made it lose.
	Why string `json:"why"`
}

// beaten describes candidate c as lost for the reason why.
func beaten(text string, c cand, why string) Beaten {
	return Beaten{Detector: c.origin, Text: c.content.In(text), Span: c.content, Why: why}
}

// sieveOf names how a candidate's speaker was found, for the trace.
func sieveOf(c cand, w who, ok bool) string {
	switch {
	case c.how == byAgentless:
		return "agentless"
	case c.how == byForward:
		return "forward"
	case !ok:
		return "none"
	}
	return w.res
}

// confidenceSource says where the confidence of rule comes from.
func confidenceSource(rule Rule) string {
	if s, ok := learnedConf()[rule.String()]; ok {
		return fmt.Sprintf("learned: %d of %d %s claims right on PolNeAR train", s.right, s.matched, rule)
	}
	return fmt.Sprintf("fallback of rule %s", rule)
}
