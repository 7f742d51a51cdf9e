package claim

import (
	"encoding/json"
	"fmt"

	"github.com/sayso/sayso/corpus"
)

// jsonSpeaker is a Speaker as written in JSON.
type jsonSpeaker struct {
	Entity string `json:"entity"`
	Name   string `json:"name"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// jsonClaim is a Claim as written in JSON, fields in a fixed order.
type jsonClaim struct {
	Kind       Kind          `json:"kind"`
	Act        Act           `json:"act"`
	Text       string        `json:"text"`
	Start      int           `json:"start"`
	End        int           `json:"end"`
	Cue        string        `json:"cue"`
	CueStart   int           `json:"cue_start"`
	CueEnd     int           `json:"cue_end"`
	Speaker    jsonSpeaker   `json:"speaker"`
	Others     []jsonSpeaker `json:"others,omitempty"`
	Confidence float64       `json:"confidence"`
	Rule       Rule          `json:"rule"`
	Trace      *Trace        `json:"trace,omitempty"`
}

func toJSONSpeaker(s Speaker) jsonSpeaker {
	return jsonSpeaker{Entity: s.Entity, Name: s.Name, Text: s.Text, Start: s.Start, End: s.End}
}

func fromJSONSpeaker(s jsonSpeaker) Speaker {
	return Speaker{Entity: s.Entity, Name: s.Name, Text: s.Text, Span: corpus.Span{Start: s.Start, End: s.End}}
}

// MarshalJSON writes the claim with its spans as flat offsets:
// {"kind", "act", "text", "start", "end", "cue", "cue_start", "cue_end",
// "speaker": {"entity", "name", "text", "start", "end"}, "others",
// "confidence", "rule"}.
func (c Claim) MarshalJSON() ([]byte, error) {
	j := jsonClaim{Kind: c.Kind, Act: c.Act, Text: c.Text, Start: c.Start, End: c.End, Cue: c.Cue,
		CueStart: c.CueSpan.Start, CueEnd: c.CueSpan.End, Speaker: toJSONSpeaker(c.Speaker),
		Confidence: c.Confidence, Rule: c.Rule, Trace: c.Trace}
	for _, o := range c.Others {
		j.Others = append(j.Others, toJSONSpeaker(o))
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Claim) UnmarshalJSON(data []byte) error {
	var j jsonClaim
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("claim: decode claim: %w", err)
	}
	*c = Claim{Kind: j.Kind, Act: j.Act, Text: j.Text, Span: corpus.Span{Start: j.Start, End: j.End}, Cue: j.Cue,
		CueSpan: corpus.Span{Start: j.CueStart, End: j.CueEnd}, Speaker: fromJSONSpeaker(j.Speaker),
		Confidence: j.Confidence, Rule: j.Rule, Trace: j.Trace}
	for _, o := range j.Others {
		c.Others = append(c.Others, fromJSONSpeaker(o))
	}
	return nil
}
