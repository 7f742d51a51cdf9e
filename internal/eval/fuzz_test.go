package eval

import (
	"strings"
	"testing"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

func FuzzReadBrat(f *testing.F) {
	f.Add(polAnn, polText)
	f.Add("T1\tSource 0 3;1 2\tabc\nE1\tContent:T1 Source:T9\n", "ab")
	f.Add("\xff\tE\nT\t\t\n", "\xffé")
	f.Fuzz(func(t *testing.T, ann, text string) {
		atts, err := ReadBrat(strings.NewReader(ann), text)
		if err != nil {
			return
		}
		for _, a := range atts {
			for _, s := range append(append(a.Content, a.Source...), a.Cue...) {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End {
					t.Fatalf("span %v out of text of %d bytes", s, len(text))
				}
			}
		}
		_ = ScorePolNeAR(&PolDoc{Text: text, Attributions: atts}, nil)
	})
}

func FuzzScore(f *testing.F) {
	f.Add("Berry said “yes”.", "yes", "Berry", 18, 3, -1, 900)
	f.Add("\xff\xfe", "", "", 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text, content, alias string, a, b, c, d int) {
		name := alias
		g := &Gold{Doc: "f", CommentsStart: content,
			Entities: []GoldEntity{{Name: name, Type: "PERSON", Aliases: []string{alias, ""}}},
			Claims: []GoldClaim{{Kind: "direct", Text: content, Speaker: &name, Joint: true},
				{Kind: "direct", Text: content, Nested: true}}}
		ents := []*entity.Entity{nil, {ID: "E1", Name: alias, Mentions: []entity.Mention{{Span: corpus.Span{Start: a, End: b}, Text: alias}}}}
		claims := []claim.Claim{{Kind: claim.Mixed, Text: content, Span: corpus.Span{Start: c, End: d},
			Speaker: claim.Speaker{Entity: "E1", Text: alias, Span: corpus.Span{Start: b, End: a}}}}
		_ = Score("f", text, g, ents, claims).String()
		_ = OffsetErrors(text, ents, claims)
		_ = ScorePolNeAR(&PolDoc{Text: text, Attributions: []Attribution{{Content: []corpus.Span{{Start: a, End: b}}}}}, claims)
	})
}

func FuzzScoreGGT(f *testing.F) {
	f.Add("“Oui,” dit Zoé.", "Zoé", "Zoé Côté", 0, 8, 4, 900)
	f.Add("\xff\xfe", "", "", 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text, name, ref string, a, b, c, d int) {
		doc := &GGTDoc{Name: "f", Text: text, People: []string{ref, ""}, Sources: []string{name},
			Quotes: []GGTQuote{{Span: corpus.Span{Start: a, End: b}, SpeakerSpan: corpus.Span{Start: c, End: d}, Reference: ref},
				{Span: corpus.Span{Start: b, End: a}}}}
		ents := []*entity.Entity{nil, {ID: "E1", Name: name, Type: entity.Person, Aliases: []string{ref, ""}}}
		claims := []claim.Claim{{Span: corpus.Span{Start: c, End: d}, Speaker: claim.Speaker{Entity: "E1", Name: ref}},
			{Span: corpus.Span{Start: a, End: d}, Others: []claim.Speaker{{Entity: "E9"}}}}
		r := ScoreGGT(doc, ents, claims)
		if r.Quotes.Correct > r.Quotes.System || r.Quotes.Found > r.Quotes.Gold || r.Strict.Found > r.Quotes.Gold {
			t.Fatalf("counts out of bounds: %+v", r)
		}
		var b2 strings.Builder
		r.WriteMisses(&b2)
		WriteMissCounts(&b2, r.Misses, 3)
		_ = r.String()
	})
}
