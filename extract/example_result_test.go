package extract_test

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
)

// harbourText is an invented article with a quotation, reported speech,
// a joint statement and an unnamed source.
const harbourText = "“The harbour plan will cost less than expected,” Mayor Ana Ruiz said on Monday.\n\n" +
	"Councillor Dale Finch said Ruiz had not seen the final figures.\n\n" +
	"Ruiz and Finch said the vote would be close.\n\n" +
	"“We will publish them next week,” a city official said.\n"

// extractHarbour runs a pipeline made with opts over harbourText.
func extractHarbour(opts ...extract.Option) *extract.Result {
	p, err := extract.New(opts...)
	if err != nil {
		panic(err)
	}
	res, err := p.Extract(context.Background(), &corpus.Article{ID: "harbour", Title: "Harbour plan", Text: harbourText})
	if err != nil {
		panic(err)
	}
	return res
}

func ExampleResult_Entity() {
	res := extractHarbour()
	for _, id := range []string{"E2", "E9"} {
		if e := res.Entity(id); e != nil {
			fmt.Printf("%s: %s (%s), %d mentions\n", id, e.Name, e.Type, len(e.Mentions))
		} else {
			fmt.Printf("%s: none\n", id)
		}
	}
	// Output:
	// E2: Dale Finch (PERSON), 2 mentions
	// E9: none
}

// ClaimsBy counts the joint statement "Ruiz and Finch said ..." for both.
func ExampleResult_ClaimsBy() {
	res := extractHarbour()
	for _, e := range res.Entities {
		for _, c := range res.ClaimsBy(e.ID) {
			fmt.Printf("%s: %q\n", e.Name, c.Text)
		}
	}
	// Output:
	// Ana Ruiz: "The harbour plan will cost less than expected"
	// Ana Ruiz: "the vote would be close"
	// Dale Finch: "Ruiz had not seen the final figures"
	// Dale Finch: "the vote would be close"
}

func ExampleResult_ClaimsAbout() {
	res := extractHarbour()
	ruiz := res.Entities[0]
	for _, c := range res.ClaimsAbout(ruiz.ID) {
		fmt.Printf("about %s, %s said: %q\n", ruiz.Name, c.Speaker.Name, c.Text)
	}
	// Output:
	// about Ana Ruiz, Dale Finch said: "Ruiz had not seen the final figures"
}

func ExampleResult_SpeakerOf() {
	res := extractHarbour()
	for _, c := range res.Claims {
		if e := res.SpeakerOf(c); e != nil {
			fmt.Printf("%s (%s, %s): %q\n", e.Name, e.ID, e.Type, c.Text)
		} else {
			fmt.Printf("unnamed, %q: %q\n", c.Speaker.Name, c.Text)
		}
	}
	// Output:
	// Ana Ruiz (E1, PERSON): "The harbour plan will cost less than expected"
	// Dale Finch (E2, PERSON): "Ruiz had not seen the final figures"
	// Ana Ruiz (E1, PERSON): "the vote would be close"
	// unnamed, "a city official": "We will publish them next week"
}

// A Result read back from its JSON is the Result written: here with the
// article's text, so that the offsets can be checked against it.
func ExampleResult_UnmarshalJSON() {
	b, err := json.Marshal(extractHarbour(extract.WithText(true)))
	if err != nil {
		panic(err)
	}
	var res extract.Result
	if err := json.Unmarshal(b, &res); err != nil {
		panic(err)
	}
	a := res.Doc.Article
	fmt.Printf("%s, %q: %d entities, %d claims\n", a.ID, a.Title, len(res.Entities), len(res.Claims))
	c := res.Claims[0]
	fmt.Printf("%s: %q\n", res.SpeakerOf(c).Name, a.Text[c.Start:c.End])
	again, err := json.Marshal(&res)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(again) == string(b))
	// Output:
	// harbour, "Harbour plan": 2 entities, 4 claims
	// Ana Ruiz: "The harbour plan will cost less than expected"
	// true
}

func ExampleWithText() {
	b, err := json.Marshal(extractHarbour(extract.WithText(true)))
	if err != nil {
		panic(err)
	}
	var w struct {
		Doc, Title, Text string
	}
	if err := json.Unmarshal(b, &w); err != nil {
		panic(err)
	}
	fmt.Printf("%s: %q, %d bytes of text\n", w.Doc, w.Title, len(w.Text))
	// Output:
	// harbour: "Harbour plan", 256 bytes of text
}

// The opening quotation mark is three bytes of UTF-8 and one code point,
// so the byte and the code-point offsets of the first claim differ by
// two.
func ExampleWithCharOffsets() {
	b, err := json.Marshal(extractHarbour(extract.WithCharOffsets(true)))
	if err != nil {
		panic(err)
	}
	var w struct {
		Claims []struct {
			Text       string
			Start, End int
			CharStart  int `json:"char_start"`
			CharEnd    int `json:"char_end"`
		}
	}
	if err := json.Unmarshal(b, &w); err != nil {
		panic(err)
	}
	c := w.Claims[0]
	fmt.Printf("bytes [%d,%d), code points [%d,%d)\n", c.Start, c.End, c.CharStart, c.CharEnd)
	fmt.Println(string([]rune(harbourText)[c.CharStart:c.CharEnd]) == c.Text)
	// Output:
	// bytes [3,48), code points [1,46)
	// true
}
