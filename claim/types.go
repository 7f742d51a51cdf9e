package claim

import "github.com/sayso/sayso/corpus"

// Kind says how a statement is reported.
type Kind string

// The kinds of claim.
const (
	Direct   Kind = "direct"   // in quotation marks, or a block quotation
	Indirect Kind = "indirect" // reported speech: "Okafor said that ..."
	Mixed    Kind = "mixed"    // reported speech with a quoted fragment
)

// Speaker is who made a statement. For an unnamed source ("a senior
// official") Entity is "" and Name is the description.
type Speaker struct {
	// Entity is the ID of the canonical entity, or "" for an unnamed source.
	Entity string `json:"entity"`
	// Name is the entity's canonical name, or the description.
	Name string `json:"name"`
	// Text is the surface form nearest the cue ("he", "the minister").
	Text string `json:"text"`
	corpus.Span
}

// Claim is one statement attributed to a source.
type Claim struct {
	Kind Kind `json:"kind"`
	// Act is what kind of attribution it is: a statement, a thought, a
	// finding or a stance.
	Act Act `json:"act"`
	// Text is the content, without enclosing quotation marks.
	Text string `json:"text"`
	corpus.Span
	// Cue is the attribution word as written ("said", "according to", ":").
	Cue     string      `json:"cue"`
	CueSpan corpus.Span `json:"-"`
	// Speaker is the source nearest the cue.
	Speaker Speaker `json:"speaker"`
	// Others are further sources of a joint statement ("Okafor and Costa
	// said"), empty otherwise.
	Others []Speaker `json:"others,omitempty"`
	// Confidence is calibrated: of claims at 0.9 or above, nine in ten have
	// the right speaker.
	Confidence float64 `json:"confidence"`
	// Rule names the sieve that decided the attribution.
	Rule Rule `json:"rule"`
	// Trace says how the claim was decided; nil unless WithTrace(true).
	Trace *Trace `json:"trace,omitempty"`
}
