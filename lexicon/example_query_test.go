package lexicon_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/sayso/sayso/lexicon"
)

// Verb finds a verb by any of its forms, with what the rules test of it.
func ExampleLexicon_Verb() {
	lex := lexicon.Default()
	for _, form := range []string{"said", "pointed", "referred", "murmured"} {
		v, ok := lex.Verb(form)
		if !ok {
			fmt.Println(form, "is no verb of the lexicon")
			continue
		}
		fmt.Printf("%s: lemma %s, %s, cue %v, particle %q, preps %q, finite %q\n",
			form, v.Lemma(), v.Act(), v.Has(lexicon.Cue), v.Particle(), v.Preps(), v.Forms(lexicon.Finite))
	}
	// Output:
	// said: lemma say, statement, cue true, particle "", preps [], finite ["says" "said"]
	// pointed: lemma point, statement, cue true, particle "out", preps ["to"], finite ["points" "pointed"]
	// referred: lemma refer, statement, cue false, particle "", preps ["to"], finite ["refers" "referred"]
	// murmured is no verb of the lexicon
}

// Word gives a word's act and classes, and an honorific's gender.
func ExampleLexicon_Word() {
	lex := lexicon.Default()
	classes := []lexicon.Class{lexicon.Honorific, lexicon.PersonRole, lexicon.Possessive, lexicon.FacHead}
	for _, s := range []string{"dame", "spokesman", "claim", "harbor", "ferry"} {
		w, ok := lex.Word(s)
		if !ok {
			fmt.Println(s, "is not in the lexicon")
			continue
		}
		var in []string
		for _, c := range classes {
			if w.Is(c) {
				in = append(in, c.String())
			}
		}
		fmt.Printf("%s: act %s, gender %s, classes %v\n", w.Text(), w.Act(), w.Gender(), in)
	}
	// Output:
	// dame: act none, gender female, classes [honorific]
	// spokesman: act none, gender unknown, classes [person-role]
	// claim: act statement, gender unknown, classes [possessive]
	// harbor: act none, gender unknown, classes [fac-head]
	// ferry is not in the lexicon
}

// Set turns a query into a set for lookups one word at a time, as
// packages claim and entity build theirs.
func ExampleSet() {
	lex := lexicon.Default()
	clause := lexicon.Set(lex.Lemmas(lexicon.Clause))
	fmt.Println(clause["say"], clause["rail"])
	honorifics := slices.Collect(lex.Words(lexicon.Honorific))
	fmt.Println(slices.Contains(honorifics, "mrs."), len(honorifics) > 10)
	// Output:
	// true false
	// true true
}

// RegularForms gives the forms a lemma alone stands for in the data.
func ExampleRegularForms() {
	fmt.Println(lexicon.RegularForms("murmur"))
	fmt.Println(lexicon.RegularForms("slam"))
	fmt.Println(lexicon.RegularForms("deny"))
	// Output:
	// [murmur murmurs murmured murmuring]
	// [slam slams slamed slaming slammed slamming]
	// [deny denies denied denying]
}

// An error in the data names its file and line, and wraps ErrSyntax or
// ErrDuplicate.
func ExampleLineError() {
	_, err := lexicon.Parse(strings.NewReader("[verbs]\nmurmur statement cue\nmurmur statement\n"))
	var le *lexicon.LineError
	if errors.As(err, &le) {
		fmt.Println(le.Name, le.Line, errors.Is(err, lexicon.ErrDuplicate))
	}
	_, err = lexicon.Parse(strings.NewReader("[words]\nspokesman no-such-class\n"))
	fmt.Println(errors.Is(err, lexicon.ErrSyntax), err)
	// Output:
	// input 3 true
	// true lexicon: input:2: "no-such-class": not a word class, or a second act
}

// ParseAct reads an act's name as the data files write it.
func ExampleParseAct() {
	for _, s := range []string{"finding", "gossip"} {
		a, err := lexicon.ParseAct(s)
		fmt.Println(a, err, errors.Is(err, lexicon.ErrAct))
	}
	fmt.Println(lexicon.Acts())
	// Output:
	// finding <nil> false
	// none lexicon: unknown act: "gossip" true
	// [statement thought finding stance]
}
