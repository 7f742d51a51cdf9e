package extract

import (
	"unicode/utf8"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// runeStride is how many bytes of text lie between two marks of a
// runeIndex: memory is a sixteenth of the text's size (two ints per
// stride), and a look-up counts at most runeStride+3 bytes.
const runeStride = 256

// A runeIndex turns byte offsets into code-point offsets, the indices of
// Python's str, in O(runeStride) per offset after one pass over the text.
// Counting from the text's start for each offset would be quadratic on
// long articles.
type runeIndex struct {
	text string
	// marks[k] is the first rune start at or after byte k*runeStride,
	// with the number of runes before it.
	marks []runeMark
}

type runeMark struct{ byte, runes int }

// newRuneIndex indexes text. Like encoding/json, which writes U+FFFD for
// each byte of invalid UTF-8, it counts each such byte as one code point.
func newRuneIndex(text string) *runeIndex {
	x := &runeIndex{text: text, marks: make([]runeMark, 0, len(text)/runeStride+1)}
	n := 0
	for i := range text { // i walks rune starts; a bad byte is a rune of its own
		for len(x.marks)*runeStride <= i {
			x.marks = append(x.marks, runeMark{i, n})
		}
		n++
	}
	for len(x.marks)*runeStride <= len(text) {
		x.marks = append(x.marks, runeMark{len(text), n})
	}
	return x
}

// at returns the number of code points before byte off. An offset
// outside the text is clamped to it; one inside a rune counts the bytes of
// the rune before it as utf8.RuneCountInString does.
func (x *runeIndex) at(off int) int {
	off = max(0, min(off, len(x.text)))
	k := off / runeStride
	m := x.marks[k]
	if m.byte > off { // a rune straddles k*runeStride and holds off
		m = x.marks[k-1]
	}
	return m.runes + utf8.RuneCountInString(x.text[m.byte:off])
}

// span returns s with its code-point offsets beside its byte offsets.
func (x *runeIndex) span(s corpus.Span) charSpan {
	return charSpan{Start: s.Start, End: s.End, CharStart: x.at(s.Start), CharEnd: x.at(s.End)}
}

// The char types are the JSON of Results made WithCharOffsets(true): the
// default shapes (claim.Claim's MarshalJSON, entity.Entity's and the
// corpus types' fields) with "char_start" and "char_end" after each
// "start" and "end", in the same key order otherwise. TestCharOffsetsAddOnly
// checks that deleting the char keys gives the default JSON byte for byte,
// so a field added to those types and not here shows up there.
type (
	charSpan struct {
		Start     int `json:"start"`
		End       int `json:"end"`
		CharStart int `json:"char_start"`
		CharEnd   int `json:"char_end"`
	}
	charMention struct {
		charSpan
		Text string `json:"text"`
	}
	charEntity struct {
		ID       string            `json:"id"`
		Name     string            `json:"name"`
		Type     entity.Type       `json:"type"`
		Aliases  []string          `json:"aliases"`
		Titles   []string          `json:"titles"`
		Mentions []charMention     `json:"mentions"`
		Where    string            `json:"where,omitempty"`
		Trace    []entity.Evidence `json:"trace,omitempty"`
	}
	charSpeaker struct {
		Entity string `json:"entity"`
		Name   string `json:"name"`
		Text   string `json:"text"`
		charSpan
	}
	charClaim struct {
		Kind claim.Kind `json:"kind"`
		Act  claim.Act  `json:"act"`
		Text string     `json:"text"`
		charSpan
		Cue          string        `json:"cue"`
		CueStart     int           `json:"cue_start"`
		CueEnd       int           `json:"cue_end"`
		CueCharStart int           `json:"cue_char_start"`
		CueCharEnd   int           `json:"cue_char_end"`
		Speaker      charSpeaker   `json:"speaker"`
		Others       []charSpeaker `json:"others,omitempty"`
		Confidence   float64       `json:"confidence"`
		Rule         claim.Rule    `json:"rule"`
		Trace        *claim.Trace  `json:"trace,omitempty"`
	}
	charName struct {
		charSpan
		Text string          `json:"text"`
		Kind corpus.NameKind `json:"kind"`
	}
	charDateline struct {
		charSpan
		Text string `json:"text"`
	}
	charSentence struct {
		charSpan
		Paragraph int `json:"paragraph"`
	}
	charToken struct {
		charSpan
		Text string `json:"text"`
		Tag  string `json:"tag,omitempty"`
	}
)

// entities keeps a nil entity nil, as the default JSON writes it null.
func (x *runeIndex) entities(es []*entity.Entity) []*charEntity {
	out := make([]*charEntity, 0, len(es))
	for _, e := range es {
		if e == nil {
			out = append(out, nil)
			continue
		}
		ce := &charEntity{ID: e.ID, Name: e.Name, Type: e.Type, Aliases: e.Aliases, Titles: e.Titles,
			Where: e.Where, Trace: e.Trace}
		if e.Mentions != nil {
			ce.Mentions = make([]charMention, len(e.Mentions))
			for i, m := range e.Mentions {
				ce.Mentions[i] = charMention{x.span(m.Span), m.Text}
			}
		}
		out = append(out, ce)
	}
	return out
}

func (x *runeIndex) speaker(s claim.Speaker) charSpeaker {
	return charSpeaker{Entity: s.Entity, Name: s.Name, Text: s.Text, charSpan: x.span(s.Span)}
}

func (x *runeIndex) claims(cs []claim.Claim) []charClaim {
	out := make([]charClaim, 0, len(cs))
	for _, c := range cs {
		cc := charClaim{Kind: c.Kind, Act: c.Act, Text: c.Text, charSpan: x.span(c.Span), Cue: c.Cue,
			CueStart: c.CueSpan.Start, CueEnd: c.CueSpan.End,
			CueCharStart: x.at(c.CueSpan.Start), CueCharEnd: x.at(c.CueSpan.End),
			Speaker: x.speaker(c.Speaker), Confidence: c.Confidence, Rule: c.Rule, Trace: c.Trace}
		for _, o := range c.Others {
			cc.Others = append(cc.Others, x.speaker(o))
		}
		out = append(out, cc)
	}
	return out
}

func (x *runeIndex) names(ns []corpus.Name) []charName {
	out := make([]charName, 0, len(ns))
	for _, n := range ns {
		out = append(out, charName{x.span(n.Span), n.Text, n.Kind})
	}
	return out
}

func (x *runeIndex) sentences(ss []corpus.Sentence) []charSentence {
	out := make([]charSentence, 0, len(ss))
	for _, s := range ss {
		out = append(out, charSentence{x.span(s.Span), s.Paragraph})
	}
	return out
}

func (x *runeIndex) tokens(ts []corpus.Token) []charToken {
	out := make([]charToken, 0, len(ts))
	for _, t := range ts {
		out = append(out, charToken{x.span(t.Span), t.Text, t.Tag})
	}
	return out
}
