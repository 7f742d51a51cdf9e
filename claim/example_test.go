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
	text := "“We are close,” Lopez said. She added that talks would go on."
	doc, err := corpus.Parse(ctx, &corpus.Article{ID: "example", Text: text})
	if err != nil {
		panic(err)
	}
	// The entities usually come from entity.Recognizer; one is written
	// out here to keep the example self-contained.
	at := strings.Index(text, "Lopez")
	lopez := &entity.Entity{ID: "E1", Name: "Maria Lopez", Type: entity.Person, Gender: entity.Female,
		Mentions: []entity.Mention{{Span: corpus.Span{Start: at, End: at + len("Lopez")}, Text: "Lopez", Type: entity.Person}}}
	x, err := claim.New()
	if err != nil {
		panic(err)
	}
	claims, err := x.Extract(ctx, doc, []*entity.Entity{lopez})
	if err != nil {
		panic(err)
	}
	for _, c := range claims {
		fmt.Printf("%s %q <- %s (%q, %s, confident: %v)\n", c.Kind, c.Text, c.Speaker.Name, c.Speaker.Text, c.Rule, c.Confidence >= 0.9)
	}
	b, _ := json.Marshal(claims[0].Speaker)
	fmt.Println(string(b))
	// Output:
	// direct "We are close" <- Maria Lopez ("Lopez", quote-cue-name, confident: true)
	// indirect "talks would go on" <- Maria Lopez ("She", pronoun, confident: false)
	// {"entity":"E1","name":"Maria Lopez","text":"Lopez","start":20,"end":25}
}
