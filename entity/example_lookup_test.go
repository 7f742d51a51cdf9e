package entity_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// recognize parses text and returns its entities, for the examples.
func recognize(text string, opts ...entity.Option) []*entity.Entity {
	ctx := context.Background()
	doc, err := corpus.Parse(ctx, &corpus.Article{ID: "example", Text: text})
	if err != nil {
		panic(err)
	}
	r, err := entity.New(opts...)
	if err != nil {
		panic(err)
	}
	ents, err := r.Recognize(ctx, doc)
	if err != nil {
		panic(err)
	}
	return ents
}

// An entity gathers every mention of one name, each a byte span into the
// text, and the roles written beside them.
func ExampleEntity() {
	text := "Harbor Council chair Ana Ruiz met Captain Dale Finch in Port Averly on Monday. " +
		"Ruiz said she would ask the council for a second ferry."
	for _, e := range recognize(text) {
		fmt.Printf("%s %s %s aliases=%q titles=%q\n", e.ID, e.Type, e.Name, e.Aliases, e.Titles)
		for _, m := range e.Mentions {
			fmt.Printf("  mention %d-%d %q %v\n", m.Start, m.End, m.Text, text[m.Start:m.End] == m.Text)
		}
		for _, t := range e.TitleMentions {
			fmt.Printf("  title %d-%d %q\n", t.Start, t.End, t.Text)
		}
	}
	// Output:
	// E1 ORG Harbor Council aliases=["Harbor Council"] titles=[]
	//   mention 0-14 "Harbor Council" true
	// E2 PERSON Ana Ruiz aliases=["Ana Ruiz" "Ruiz"] titles=["Harbor Council chair"]
	//   mention 21-29 "Ana Ruiz" true
	//   mention 79-83 "Ruiz" true
	//   title 0-20 "Harbor Council chair"
	// E3 PERSON Dale Finch aliases=["Dale Finch"] titles=["Captain"]
	//   mention 42-52 "Dale Finch" true
	//   title 34-41 "Captain"
	// E4 GPE Port Averly aliases=["Port Averly"] titles=[]
	//   mention 56-67 "Port Averly" true
}

// A Lookup answers the questions of attribution: who is named here, who
// was named last, who holds a role.
func ExampleLookup() {
	text := "Harbor Council chair Ana Ruiz met Captain Dale Finch in Port Averly on Monday. " +
		"Ruiz said she would ask the council for a second ferry."
	l := entity.Index(recognize(text))

	if e, ok := l.ByName("ana ruiz"); ok {
		fmt.Println("by name:", e.ID, e.Name)
	}
	at := strings.Index(text, "Port Averly")
	if e, m, ok := l.EntityAt(corpus.Span{Start: at, End: at + len("Port")}); ok {
		fmt.Println("at offset", at, "->", e.Name, e.Type, "via", m.Text)
	}
	for _, e := range l.ByType(entity.Person) {
		fmt.Println("person:", e.Name)
	}
	for _, e := range l.ByTitle("chair") {
		fmt.Println("chair:", e.Name)
	}
	she := strings.Index(text, "she would")
	if e, _, ok := l.Before(she, func(e *entity.Entity) bool { return e.Type == entity.Person }); ok {
		fmt.Println("last person before \"she\":", e.Name)
	}
	ents, ms := l.Mentions(corpus.Span{Start: 0, End: strings.Index(text, ". ")})
	for i := range ents {
		fmt.Printf("first sentence: %s (%q)\n", ents[i].ID, ms[i].Text)
	}
	// Output:
	// by name: E2 Ana Ruiz
	// at offset 56 -> Port Averly GPE via Port Averly
	// person: Ana Ruiz
	// person: Dale Finch
	// chair: Ana Ruiz
	// last person before "she": Ana Ruiz
	// first sentence: E1 ("Harbor Council")
	// first sentence: E2 ("Ana Ruiz")
	// first sentence: E3 ("Dale Finch")
	// first sentence: E4 ("Port Averly")
}

// WithLexicon adds names the caller knows: each form of an entry is a
// mention of one entity of the entry's type, whatever the model says.
func ExampleWithLexicon() {
	text := "Kestrel said freight rates would fall. " +
		"The Harbor Council met on Monday, and the Wharf Board said fares would not rise."
	for _, opts := range [][]entity.Option{nil, {entity.WithLexicon(
		entity.LexiconEntry{Name: "Kestrel", Type: entity.Org},
		entity.LexiconEntry{Name: "Harbor Council", Type: entity.Org, Aliases: []string{"Wharf Board"}},
	)}} {
		for _, e := range recognize(text, opts...) {
			fmt.Printf("%s %s %q\n", e.Type, e.Name, e.Aliases)
		}
		fmt.Println("--")
	}
	_, err := entity.New(entity.WithLexicon(entity.LexiconEntry{Name: " ", Type: entity.Org}))
	fmt.Println(err)
	// Output:
	// PERSON Kestrel ["Kestrel"]
	// ORG Harbor Council ["Harbor Council"]
	// ORG Wharf Board ["Wharf Board"]
	// --
	// ORG Kestrel ["Kestrel"]
	// ORG Harbor Council ["Harbor Council" "Wharf Board"]
	// --
	// entity: bad lexicon entry: entry 0 has no name
}

// WithoutModel finds names with rules and gazetteers only: it is faster,
// and weaker, as the unknown place here shows.
func ExampleWithoutModel() {
	text := "Captain Dale Finch said the ferry would stop in Port Averly at noon."
	for _, opts := range [][]entity.Option{nil, {entity.WithoutModel()}} {
		r, err := entity.New(opts...)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("model:", r.UsesModel())
		for _, e := range recognize(text, opts...) {
			fmt.Println(" ", e.Type, e.Name)
		}
	}
	// Output:
	// model: true
	//   PERSON Dale Finch
	//   GPE Port Averly
	// model: false
	//   PERSON Dale Finch
	//   PERSON Port Averly
}

// HasTitle matches a role word within an entity's titles, plurals
// included.
func ExampleEntity_HasTitle() {
	e := &entity.Entity{Name: "Ana Ruiz", Titles: []string{"Harbor Council chairwoman", "Deputy Ferry Minister"}}
	for _, role := range []string{"minister", "ferry minister", "ministers", "chair", "chairwoman"} {
		fmt.Println(role, e.HasTitle(role))
	}
	// Output:
	// minister true
	// ferry minister true
	// ministers true
	// chair false
	// chairwoman true
}

// CoNLL maps the OntoNotes types to the four classes of CoNLL-2003.
func ExampleType_CoNLL() {
	for _, t := range entity.Types {
		fmt.Println(t, t.CoNLL(), t.Place())
	}
	// Output:
	// PERSON PER false
	// ORG ORG false
	// GPE LOC true
	// LOC LOC true
	// FAC LOC true
	// NORP MISC false
	// MISC MISC false
}
