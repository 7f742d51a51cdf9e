package entity_test

import (
	"context"
	"encoding/json"
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

func ExampleWithTrace() {
	text := "The Halden Ministry said Anna Berg would resign."
	doc, _ := corpus.Parse(context.Background(), &corpus.Article{ID: "example", Text: text})
	r, _ := entity.New(entity.WithTrace(true))
	ents, _ := r.Recognize(context.Background(), doc)
	for _, e := range ents {
		fmt.Println(e.Type, e.Name)
		for _, ev := range e.Trace {
			b, _ := json.Marshal(ev)
			fmt.Println(" ", string(b))
		}
	}
	// Output:
	// ORG Halden Ministry
	//   {"source":"model","class":"organization","detail":"label ORG","weight":1.5,"mentions":1}
	//   {"source":"head","type":"ORG","detail":"head word: ministry","weight":3,"mentions":1}
	//   {"source":"votes","type":"ORG","weight":3}
	//   {"source":"votes","class":"organization","weight":1.5}
	//   {"source":"decision","type":"ORG","class":"organization","detail":"most votes: the class first, then the type within it"}
	// PERSON Anna Berg
	//   {"source":"model","class":"person","detail":"label PER","weight":1.5,"mentions":1}
	//   {"source":"gazetteer","type":"PERSON","detail":"listed first name opening the name","weight":1,"mentions":1}
	//   {"source":"votes","type":"PERSON","weight":1}
	//   {"source":"votes","class":"person","weight":1.5}
	//   {"source":"decision","type":"PERSON","class":"person","detail":"most votes: the class first, then the type within it"}
}
