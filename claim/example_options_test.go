package claim_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/lexicon"
)

// extractClaims runs the steps before claim, corpus.Parse and
// entity.Recognizer, then the Extractor made with opts.
func extractClaims(text string, opts ...claim.Option) ([]claim.Claim, *corpus.Document) {
	ctx := context.Background()
	doc, err := corpus.Parse(ctx, &corpus.Article{ID: "example", Text: text})
	if err != nil {
		panic(err)
	}
	r, err := entity.New()
	if err != nil {
		panic(err)
	}
	ents, err := r.Recognize(ctx, doc)
	if err != nil {
		panic(err)
	}
	x, err := claim.New(opts...)
	if err != nil {
		panic(err)
	}
	claims, err := x.Extract(ctx, doc, ents)
	if err != nil {
		panic(err)
	}
	return claims, doc
}

// New needs no options. Given a parsed document and its entities, the
// Extractor returns the claims in text order, each span a byte range of
// the original text.
func ExampleNew() {
	ctx := context.Background()
	text := "The Harbor Council will buy a second ferry, its chair Ana Ruiz said on Monday.\n\n" +
		"“Fares will not rise,” she told reporters. According to Captain Dale Finch, the ferry will run all winter."
	doc, err := corpus.Parse(ctx, &corpus.Article{ID: "a1", Text: text})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := entity.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	ents, err := r.Recognize(ctx, doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	x, err := claim.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	claims, err := x.Extract(ctx, doc, ents)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range claims {
		fmt.Printf("%s %s %q\n", c.Kind, c.Act, c.Text)
		fmt.Printf("  cue %q, speaker %s %s (%q at %d-%d), rule %s\n",
			c.Cue, c.Speaker.Entity, c.Speaker.Name, c.Speaker.Text, c.Speaker.Start, c.Speaker.End, c.Rule)
		fmt.Println("  offsets hold:", text[c.Start:c.End] == c.Text && c.CueSpan.In(text) == c.Cue)
	}
	// Output:
	// indirect statement "The Harbor Council will buy a second ferry"
	//   cue "said", speaker E2 Ana Ruiz ("its chair Ana Ruiz" at 44-62), rule cue-subject
	//   offsets hold: true
	// direct statement "Fares will not rise"
	//   cue "told", speaker E2 Ana Ruiz ("she" at 107-110), rule quote-cue-pronoun
	//   offsets hold: true
	// indirect statement "the ferry will run all winter"
	//   cue "According to", speaker E3 Dale Finch ("Captain Dale Finch" at 140-158), rule according-to
	//   offsets hold: true
}

// WithActs keeps the claims of some acts; by default an Extractor returns
// them all.
func ExampleWithActs() {
	text := "Ana Ruiz said the pier would reopen in June. She believes fares will fall. " +
		"The Harbor Council refused to comment."
	for _, opts := range [][]claim.Option{nil, {claim.WithActs(claim.Thought, claim.Stance)}} {
		claims, _ := extractClaims(text, opts...)
		for _, c := range claims {
			fmt.Printf("%s %s: %q\n", c.Act, c.Speaker.Name, c.Text)
		}
		fmt.Println("--")
	}
	// Output:
	// statement Ana Ruiz: "the pier would reopen in June"
	// thought Ana Ruiz: "fares will fall"
	// stance Harbor Council: "to comment"
	// --
	// thought Ana Ruiz: "fares will fall"
	// stance Harbor Council: "to comment"
	// --
}

// WithUnattributed keeps the quotations no one is found to have said,
// which are dropped by default.
func ExampleWithUnattributed() {
	text := "The pier reopened on Saturday.\n\n“It is about time.”"
	for _, keep := range []bool{false, true} {
		claims, _ := extractClaims(text, claim.WithUnattributed(keep))
		fmt.Println(keep, len(claims))
		for _, c := range claims {
			fmt.Printf("  %q %s %.2f\n", c.Text, c.Rule, c.Confidence)
		}
	}
	// Output:
	// false 0
	// true 1
	//   "It is about time." no-speaker 0.10
}

// WithLexicon reads the cue verbs from a lexicon of one's own: here the
// default one plus "murmur", written with the flags of "grumble", which it then
// behaves as.
func ExampleWithLexicon() {
	lex, err := lexicon.Load(lexicon.Data(), strings.NewReader("[verbs]\nmurmur statement cue clause quote\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Captain Dale Finch murmured that the ferry was late again."
	for _, opts := range [][]claim.Option{nil, {claim.WithLexicon(lex)}} {
		claims, _ := extractClaims(text, opts...)
		fmt.Println(len(claims))
		for _, c := range claims {
			fmt.Printf("  %s %q: %q\n", c.Speaker.Name, c.Cue, c.Text)
		}
	}
	// Output:
	// 0
	// 1
	//   Dale Finch "murmured": "the ferry was late again"
}

// WithTrace says how each claim was decided.
func ExampleWithTrace() {
	text := "“Fares will not rise,” Ana Ruiz said."
	claims, _ := extractClaims(text, claim.WithTrace(true))
	for _, c := range claims {
		fmt.Printf("%q: detector %s, sieve %s, rule %s: %s\n", c.Text, c.Trace.Detector, c.Trace.Sieve, c.Rule, c.Rule.Doc())
	}
	// Output:
	// "Fares will not rise": detector quote, sieve name, rule quote-cue-name: a quotation whose cue has a person's name beside it
}

// A rule's name is what the JSON carries; ParseRule reads it back.
func ExampleParseRule() {
	r, ok := claim.ParseRule("according-to")
	fmt.Println(r == claim.RuleAccordingTo, ok, r)
	_, ok = claim.ParseRule("guesswork")
	fmt.Println(ok)
	fmt.Println(len(claim.Rules()), claim.Rules()[0])
	// Output:
	// true true according-to
	// false
	// 24 quote-cue-name
}

// ParseAct reads an act's name, as WithActs and the command line take it.
func ExampleParseAct() {
	for _, s := range []string{"statement", "stance", "rumour"} {
		a, err := claim.ParseAct(s)
		fmt.Println(a, err)
	}
	fmt.Println(claim.AllActs())
	// Output:
	// statement <nil>
	// stance <nil>
	// none lexicon: unknown act: "rumour"
	// [statement thought finding stance]
}
