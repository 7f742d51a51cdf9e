package collection

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzFold: folding never panics, gives single-spaced words, and folding
// again changes nothing.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "“We are close,” he said", "U.S.-Russia", "O’Brien", "wait...what", "Zoë\u0301", "\xff\xfe", "ǅemal İnan", "\xf7Ā"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := fold(s)
		if k != strings.Join(strings.Fields(k), " ") {
			t.Fatalf("fold(%q) = %q: not single-spaced words", s, k)
		}
		if again := fold(k); again != k {
			t.Fatalf("fold(%q) = %q, folded again %q", s, k, again)
		}
	})
}

// FuzzUnmarshalJSON: any input is decoded or refused without a panic, and
// what is decoded encodes to JSON that decodes to the same collection.
func FuzzUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`{}`,
		`{"articles":[{"id":"a"},{"id":"b","date":"2021-03-02T00:00:00Z"}],
		  "entities":[{"id":"E1","name":"Ana Ruiz","type":"PERSON","aliases":["Ana Ruiz","Ruiz"],"articles":["a","b"]},
		              {"id":"E2","names":{"Ruiz":2},"types":{"PERSON":2},"articles":["a"]}],
		  "claims":[{"text":"We are close to a deal","sources":[{"article":"a","index":0,"kind":"direct","speakers":["E1"],"about":["E2"]},
		            {"article":"b","index":3,"unnamed":"an official"}]},
		            {"text":"close to a deal","sources":[{"article":"b","index":1}]}]}`,
		`{"articles":[{"id":"a"}],"claims":[{"text":"—","sources":[{"article":"a","index":-1,"kind":"odd"}]}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c Collection
		if c.UnmarshalJSON(data) != nil {
			return
		}
		b1, err := c.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		var d Collection
		if err := json.Unmarshal(b1, &d); err != nil {
			t.Fatalf("%s: %v", b1, err)
		}
		b2, err := d.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		if string(b1) != string(b2) {
			t.Fatalf("not stable:\n%s\n%s", b1, b2)
		}
	})
}
