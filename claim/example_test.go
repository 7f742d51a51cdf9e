package claim_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

func ExampleExtractor_Extract() {
	ctx := context.Background()
	text := "“We are close,” Kerry said. He added that talks would go on."
	doc, err := corpus.Parse(ctx, &corpus.Article{ID: "example", Text: text})
	if err != nil {
		panic(err)
	}
	// The entities usually come from entity.Recognizer; one is written
	// out here to keep the example self-contained.
	at := strings.Index(text, "Kerry")
	kerry := &entity.Entity{ID: "E1", Name: "John Kerry", Type: entity.Person, Gender: entity.Male,
		Mentions: []entity.Mention{{Span: corpus.Span{Start: at, End: at + len("Kerry")}, Text: "Kerry", Type: entity.Person}}}
	x, err := claim.New()
	if err != nil {
		panic(err)
	}
	claims, err := x.Extract(ctx, doc, []*entity.Entity{kerry})
	if err != nil {
		panic(err)
	}
	for _, c := range claims {
		fmt.Printf("%s %q <- %s (%q, %s, %.2f)\n", c.Kind, c.Text, c.Speaker.Name, c.Speaker.Text, c.Rule, c.Confidence)
	}
	b, _ := json.Marshal(claims[0])
	fmt.Println(string(b))
	// Output:
	// direct "We are close" <- John Kerry ("Kerry", quote-cue-name, 0.96)
	// indirect "talks would go on" <- John Kerry ("He", pronoun, 0.82)
	// {"kind":"direct","text":"We are close","start":3,"end":15,"cue":"said","cue_start":26,"cue_end":30,"speaker":{"entity":"E1","name":"John Kerry","text":"Kerry","start":20,"end":25},"confidence":0.96,"rule":"quote-cue-name"}
}
