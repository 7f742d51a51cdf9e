package entity_test

import (
	"context"
	"fmt"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

func ExampleRecognizer_Recognize() {
	text := "Dutch Foreign Minister Joris Bakker arrived in Rome on Sunday. " +
		"Bakker said the talks with Italian officials had gone well."
	doc, err := corpus.Parse(context.Background(), &corpus.Article{ID: "example", Text: text})
	if err != nil {
		panic(err)
	}
	r, err := entity.New()
	if err != nil {
		panic(err)
	}
	ents, err := r.Recognize(context.Background(), doc)
	if err != nil {
		panic(err)
	}
	for _, e := range ents {
		fmt.Println(e.ID, e.Type, e.Name, e.Aliases, e.Titles)
	}
	// Output:
	// E1 NORP Dutch [Dutch] []
	// E2 PERSON Joris Bakker [Joris Bakker Bakker] [Dutch Foreign Minister]
	// E3 GPE Rome [Rome] []
	// E4 NORP Italian [Italian] []
}

func ExampleIndex() {
	text := "Foreign Ministry spokesman Peter Hall said the talks would go on. " +
		"He spoke after Hall met reporters."
	doc, _ := corpus.Parse(context.Background(), &corpus.Article{ID: "example", Text: text})
	r, _ := entity.New()
	ents, _ := r.Recognize(context.Background(), doc)
	l := entity.Index(ents)
	for _, e := range l.ByTitle("spokesman") {
		fmt.Println(e.Name, e.Titles)
	}
	he := len("Foreign Ministry spokesman Peter Hall said the talks would go on. ")
	if e, m, ok := l.Before(he, func(e *entity.Entity) bool { return e.Type == entity.Person }); ok {
		fmt.Println("he ->", e.Name, "via", m.Text)
	}
	// Output:
	// Peter Hall [Foreign Ministry spokesman]
	// he -> Peter Hall via Peter Hall
}
