// Command hello reads one sentence and prints who said what in it, then
// the whole result as JSON.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
)

func main() {
	if err := run(context.Background(), os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer) error {
	p, err := extract.New()
	if err != nil {
		return fmt.Errorf("load the models: %w", err)
	}
	a := &corpus.Article{ID: "a1", Text: `“We are close,” Ana Ruiz said on Friday.`}
	res, err := p.Extract(ctx, a)
	if err != nil {
		return fmt.Errorf("extract %s: %w", a.ID, err)
	}
	for _, c := range res.Claims {
		fmt.Fprintf(w, "%s said: %s\n", c.Speaker.Name, c.Text)
	}
	return json.NewEncoder(w).Encode(res)
}
