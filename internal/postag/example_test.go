package postag_test

import (
	"fmt"

	"github.com/jdkato/prose/v3/token"
	"github.com/sayso/sayso/internal/postag"
)

func ExampleTagger_TagTokens() {
	tg, err := postag.New()
	if err != nil {
		panic(err)
	}
	var sent []token.Token
	for _, w := range []string{"The", "minister", "said", "she", "would", "resign", "."} {
		sent = append(sent, token.Token{Text: w})
	}
	tg.TagTokens(sent)
	for _, t := range sent {
		fmt.Print(t.Text, "/", t.Tag, " ")
	}
	fmt.Println()
	// Output: The/DT minister/NN said/VBD she/PRP would/MD resign/VB ./.
}
