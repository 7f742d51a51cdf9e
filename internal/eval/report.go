package eval

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/entity"
)

// Tally counts one measure on both sides. Precision is Correct/System and
// recall Found/Gold; the two numerators differ when one system item may
// stand for several gold items or the reverse (per-kind claim counts).
// The zero Tally is empty and its ratios are 0.
type Tally struct {
	System  int `json:"system"`  // system items scored
	Correct int `json:"correct"` // system items that are right
	Gold    int `json:"gold"`    // gold items
	Found   int `json:"found"`   // gold items the system found
}

// Add returns the sum of t and o.
func (t Tally) Add(o Tally) Tally {
	return Tally{t.System + o.System, t.Correct + o.Correct, t.Gold + o.Gold, t.Found + o.Found}
}

// Precision is Correct/System, or 0 when nothing was reported.
func (t Tally) Precision() float64 { return ratio(t.Correct, t.System) }

// Recall is Found/Gold, or 0 when there is no gold item.
func (t Tally) Recall() float64 { return ratio(t.Found, t.Gold) }

// F1 is the harmonic mean of precision and recall.
func (t Tally) F1() float64 {
	p, r := t.Precision(), t.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Kinds lists the claim kinds in report order.
var Kinds = []claim.Kind{claim.Direct, claim.Indirect, claim.Mixed}

// Miss is one error worth reading, for verbose reports.
type Miss struct {
	Doc  string `json:"doc"`
	What string `json:"what"` // see the constants below
	// Group is a finer category within What, for counting misses: a false
	// claim's cue, a missed quote's shape. It may be empty.
	Group string `json:"group,omitempty"`
	Text  string `json:"text"`
}

// The kinds of Miss.
const (
	MissedClaim   = "missed claim"
	FalseClaim    = "false claim"
	WrongSpeaker  = "wrong speaker"
	WrongKind     = "wrong kind"
	MissedEntity  = "missed entity"
	FalseEntity   = "false entity"
	MergedEntity  = "merge"
	SplitEntity   = "split"
	MissedMention = "missed mention"
)

// Report holds the counts of one or more scored articles. Reports add up,
// so the figures of a sum are micro-averages. The zero Report is empty.
type Report struct {
	Docs int `json:"docs"`
	// Claims counts claims; Correct and Found are the matched pairs.
	Claims Tally `json:"claims"`
	// Kinds counts claims per kind: System and Correct by the system's
	// kind, Gold and Found by the gold's kind.
	Kinds map[claim.Kind]Tally `json:"kinds"`
	// KindAgree counts matched claims whose kinds agree.
	KindAgree int `json:"kind_agree"`
	// Speakers counts matched claims with the right speaker.
	Speakers int `json:"speakers"`
	// Absorbed counts system claims matched to nested gold claims, which
	// count for neither side.
	Absorbed int `json:"absorbed"`
	// Entities counts entities with type: a system entity is correct and a
	// gold entity found when they share a form and a type.
	Entities Tally `json:"entities"`
	// EntityTypes counts entities per type: System and Correct by the
	// system's type, Gold and Found by the gold's type.
	EntityTypes map[entity.Type]Tally `json:"entity_types"`
	// EntitiesAnyType is Entities without the type condition.
	EntitiesAnyType Tally `json:"entities_any_type"`
	// Merges counts system entities holding forms of two gold entities;
	// Splits counts gold entities spread over two system entities.
	Merges int `json:"merges"`
	Splits int `json:"splits"`
	// Mentions counts exact mention spans against gold alias occurrences.
	Mentions Tally `json:"mentions"`
	// Calibration counts claims and right speakers per confidence band.
	Calibration Calibration `json:"calibration"`
	// Misses lists the errors, for reading.
	Misses []Miss `json:"misses,omitempty"`
}

// Add returns the sum of r and o. Neither is modified.
func (r Report) Add(o Report) Report {
	s := r
	s.Docs += o.Docs
	s.Claims = r.Claims.Add(o.Claims)
	s.Kinds = addTallies(r.Kinds, o.Kinds)
	s.KindAgree += o.KindAgree
	s.Speakers += o.Speakers
	s.Absorbed += o.Absorbed
	s.Entities = r.Entities.Add(o.Entities)
	s.EntitiesAnyType = r.EntitiesAnyType.Add(o.EntitiesAnyType)
	s.EntityTypes = addTallies(r.EntityTypes, o.EntityTypes)
	s.Merges += o.Merges
	s.Splits += o.Splits
	s.Mentions = r.Mentions.Add(o.Mentions)
	s.Calibration = r.Calibration.plus(o.Calibration)
	s.Misses = append(append([]Miss(nil), r.Misses...), o.Misses...)
	return s
}

// addTallies returns a new map with the sums of a's and b's tallies.
func addTallies[K comparable](a, b map[K]Tally) map[K]Tally {
	s := maps.Clone(a)
	if s == nil {
		s = map[K]Tally{}
	}
	for k, t := range b {
		s[k] = s[k].Add(t)
	}
	return s
}

// SpeakerAccuracy is the share of matched claims with the right speaker.
func (r Report) SpeakerAccuracy() float64 { return ratio(r.Speakers, r.Claims.Found) }

// KindAccuracy is the share of matched claims of the right kind.
func (r Report) KindAccuracy() float64 { return ratio(r.KindAgree, r.Claims.Found) }

// ClaimsWithSpeaker counts a claim as right only when it is matched and its
// speaker is right: end-to-end "who said what".
func (r Report) ClaimsWithSpeaker() Tally {
	return Tally{System: r.Claims.System, Correct: r.Speakers, Gold: r.Claims.Gold, Found: r.Speakers}
}

// String formats the report as a compact table.
func (r Report) String() string {
	var b strings.Builder
	r.WriteTable(&b)
	return b.String()
}

// WriteTable writes the figures as an aligned table.
func (r Report) WriteTable(w io.Writer) {
	t := newTallyTable(w, r.Docs)
	t.row("claims", r.Claims)
	for _, k := range Kinds {
		t.row("  "+string(k), r.Kinds[k])
	}
	t.row("claims+speaker", r.ClaimsWithSpeaker())
	r.entityRows(t)
	t.flush()
	fmt.Fprintf(w, "  speaker accuracy %.3f (%d/%d)  kind accuracy %.3f (%d/%d)  nested absorbed %d\n",
		r.SpeakerAccuracy(), r.Speakers, r.Claims.Found, r.KindAccuracy(), r.KindAgree, r.Claims.Found, r.Absorbed)
	fmt.Fprintf(w, "  entity merges %d  splits %d\n", r.Merges, r.Splits)
}

// WriteEntityTable writes the entity and mention figures alone, as an
// aligned table, for gold files without claims ([ScoreEntities]).
func (r Report) WriteEntityTable(w io.Writer) {
	t := newTallyTable(w, r.Docs)
	r.entityRows(t)
	t.flush()
	fmt.Fprintf(w, "  entity merges %d  splits %d\n", r.Merges, r.Splits)
}

// entityRows writes the entity and mention rows.
func (r Report) entityRows(t tallyTable) {
	t.row("entities", r.Entities)
	for _, k := range entity.Types {
		if x, ok := r.EntityTypes[k]; ok {
			t.row("  "+string(k), x)
		}
	}
	t.row("entities any type", r.EntitiesAnyType)
	t.row("mentions", r.Mentions)
}

// WriteMisses writes one line per Miss whose What is in whats, or every
// Miss when whats is empty.
func (r Report) WriteMisses(w io.Writer, whats ...string) {
	for _, m := range r.Misses {
		if len(whats) > 0 && !slices.Contains(whats, m.What) {
			continue
		}
		fmt.Fprintf(w, "  %s: %s: %s\n", m.Doc, m.What, m.Text)
	}
}
