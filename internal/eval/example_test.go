package eval_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/internal/eval"
)

func ExampleScore() {
	text := `“We are close,” Berry said. Petrov said the talks would go on.`
	berry := "John Berry"
	gold := &eval.Gold{
		Doc:      "example.txt",
		Entities: []eval.GoldEntity{{Name: berry, Type: "PERSON", Aliases: []string{"Berry"}}},
		Claims: []eval.GoldClaim{
			{Kind: "direct", Text: "We are close", Speaker: &berry, SpeakerText: "Berry", Cue: "said"},
			{Kind: "indirect", Text: "the talks would go on", SpeakerText: "Petrov", Cue: "said"},
		},
	}
	span := func(s string) corpus.Span {
		i := strings.Index(text, s)
		return corpus.Span{Start: i, End: i + len(s)}
	}
	ents := []*entity.Entity{{ID: "E1", Name: "Berry", Type: entity.Person, Aliases: []string{"Berry"},
		Mentions: []entity.Mention{{Span: span("Berry"), Text: "Berry"}}}}
	claims := []claim.Claim{{
		Kind: claim.Direct, Text: "We are close,", Span: span("We are close,"),
		Speaker: claim.Speaker{Entity: "E1", Name: "Berry", Text: "Berry", Span: span("Berry")},
	}}
	r := eval.Score("example", text, gold, ents, claims)
	fmt.Printf("claims P %.2f R %.2f, speakers %.2f, entity recall %.2f\n",
		r.Claims.Precision(), r.Claims.Recall(), r.SpeakerAccuracy(), r.Entities.Recall())
	r.WriteMisses(os.Stdout, eval.MissedClaim)
	// Output:
	// claims P 1.00 R 0.50, speakers 1.00, entity recall 1.00
	//   example: missed claim: [indirect] "the talks would go on" (unnamed: "Petrov")
}

func ExampleWords() {
	fmt.Println(eval.Words("“We’ve been close,” he said."))
	// Output: [we ve been close he said]
}

func ExampleScorePolNeAR() {
	text := "The Post reports that she was ill."
	// Brat standoff as in PolNeAR: code-point offsets.
	ann := "T1\tSource 0 8\tThe Post\n" +
		"T2\tCue 9 16\treports\n" +
		"T3\tContent 17 33\tthat she was ill\n" +
		"E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
	atts, err := eval.ReadBrat(strings.NewReader(ann), text)
	if err != nil {
		fmt.Println(err)
		return
	}
	span := func(s string) corpus.Span {
		i := strings.Index(text, s)
		return corpus.Span{Start: i, End: i + len(s)}
	}
	claims := []claim.Claim{{Kind: claim.Indirect, Text: "she was ill", Span: span("she was ill"),
		Cue: "reports", CueSpan: span("reports"), Speaker: claim.Speaker{Text: "Post", Span: span("Post")}}}
	r := eval.ScorePolNeAR(&eval.PolDoc{Name: "example", Text: text, Attributions: atts}, claims)
	fmt.Printf("content F1 %.2f, exact %.2f, source %.2f, cue %.2f\n",
		r.All.Content.F1(), r.All.Exact.F1(), r.All.Source.F1(), r.All.Cue.F1())
	// Output: content F1 1.00, exact 1.00, source 1.00, cue 1.00
}

func ExampleScoreGGT() {
	text := "“Ça marche”, a dit Zoé Côté. Côté said that the plan would work."
	span := func(s string) corpus.Span {
		i := strings.Index(text, s)
		return corpus.Span{Start: i, End: i + len(s)}
	}
	// Gold quotes keep their quotation marks and a leading "that"; claims
	// leave them out. "the plan" covers 8 of 24 characters: above 0.3.
	doc := &eval.GGTDoc{Name: "example", Text: text, People: []string{"Zoé Côté"}, Sources: []string{"Zoé Côté"},
		Quotes: []eval.GGTQuote{
			{Text: "“Ça marche”", Span: span("“Ça marche”"), Speaker: "Zoé Côté", SpeakerSpan: span("Zoé Côté"), Reference: "Zoé Côté"},
			{Text: "that the plan would work", Span: span("that the plan would work"), Reference: "Zoé Côté"},
		}}
	ents := []*entity.Entity{{ID: "E1", Name: "Zoé Côté", Type: entity.Person, Aliases: []string{"Zoé Côté", "Côté"}}}
	claims := []claim.Claim{
		{Kind: claim.Direct, Text: "Ça marche", Span: span("Ça marche"), Speaker: claim.Speaker{Entity: "E1", Name: "Zoé Côté"}},
		{Kind: claim.Indirect, Text: "the plan", Span: span("the plan"), Speaker: claim.Speaker{Name: "Zoe Cote"}},
	}
	r := eval.ScoreGGT(doc, ents, claims)
	fmt.Printf("quotes F1 %.2f at 0.3, %.2f at 0.8; speakers %.2f; people F1 %.2f; sources F1 %.2f\n",
		r.Quotes.F1(), r.Strict.F1(), r.SpeakerAccuracy(), r.People.F1(), r.Sources.F1())
	// Output: quotes F1 1.00 at 0.3, 0.50 at 0.8; speakers 1.00; people F1 1.00; sources F1 1.00
}
