package lexicon_test

import (
	"fmt"
	"slices"
	"strings"

	"github.com/sayso/sayso/lexicon"
)

func ExampleDefault() {
	lex := lexicon.Default()
	v, _ := lex.Verb("told")
	fmt.Println(v.Lemma(), v.Act(), v.Has(lexicon.Cue), v.Has(lexicon.Tell))
	w, _ := lex.Word("ministry")
	fmt.Println(w.Is(lexicon.OrgHead), w.Is(lexicon.OrgRole))
	// Output:
	// tell statement true true
	// true true
}

func ExampleLexicon_Forms() {
	// The participles that report a belief of no one in particular: "is
	// expected to", "was said to".
	forms := slices.Sorted(lexicon.Default().Forms(lexicon.Agentless, lexicon.Participle))
	fmt.Println(forms)
	// Output: [alleged believed expected predicted projected reported rumored rumoured said thought understood]
}

func ExampleLoad() {
	// The default lexicon plus one verb that behaves like "whisper".
	lex, err := lexicon.Load(lexicon.Data(), strings.NewReader("[verbs]\nmurmur statement cue\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	v, _ := lex.Verb("murmured")
	fmt.Println(v.Lemma(), v.Forms(lexicon.AllForms))
	// Output: murmur [murmur murmurs murmured murmuring]
}

func ExampleParse() {
	_, err := lexicon.Parse(strings.NewReader("[verbs]\nsay statement cue\nsay statement\n"))
	fmt.Println(err)
	// Output: lexicon: input:3: verb "say" is written twice
}

func ExampleGender() {
	fmt.Println(lexicon.Unknown, lexicon.Male, lexicon.Female)
	// Output: unknown male female
}
