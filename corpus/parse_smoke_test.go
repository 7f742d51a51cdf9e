package corpus

import (
	"context"
	"os"
	"testing"
)

func TestParseSeedsSmoke(t *testing.T) {
	b, err := os.ReadFile("../testdata/seeds/004_d1e5349e2d036e46.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(context.Background(), &Article{ID: "x", Text: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range d.Tokens {
		if tk.In(d.Text) != tk.Text {
			t.Fatalf("bad token %+v", tk)
		}
	}
	t.Logf("%d paras %d sents %d toks", len(d.Paragraphs), len(d.Sentences), len(d.Tokens))
}
