package quote_test

import (
	"context"
	"fmt"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/quote"
)

func ExampleFind() {
	text := "The envoy called it a “humanitarian pause”.\n\n" +
		"“We are close,” he said. “The students’ letters helped.\n\n" +
		"“Now we wait.”"
	doc, err := corpus.Parse(context.Background(), &corpus.Article{ID: "example", Text: text})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range quote.Find(doc) {
		fmt.Printf("%q scare=%v parts=%d\n", q.Inner.In(text), q.Scare, len(q.Parts))
	}
	// Output:
	// "humanitarian pause" scare=true parts=1
	// "We are close," scare=false parts=1
	// "The students’ letters helped.\n\n“Now we wait." scare=false parts=2
}

func ExampleIsApostrophe() {
	text := "Rock ’n’ roll, the ’90s and ‘strike’ zones"
	for i, r := range text {
		if r == '’' || r == '‘' {
			fmt.Println(i, quote.IsApostrophe(text, i))
		}
	}
	// Output:
	// 5 true
	// 9 true
	// 23 true
	// 34 false
	// 43 false
}
