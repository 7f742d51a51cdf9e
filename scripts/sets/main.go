// Command sets writes the texts of the measuring sets as JSON Lines
// articles, so that any build of the sayso command (cmd/sayso) can be run over them:
//
//	go run ./scripts/sets -polnear ../shared/corpora/polnear/dev > polnear-dev.jsonl
//	go run ./scripts/sets -conll ../shared/corpora/conll2003/valid.txt > conll-valid.jsonl
//
// scripts/same-output.sh uses it to check that a change leaves sayso's
// output byte-identical.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/sayso/sayso/entity/model"
	"github.com/sayso/sayso/internal/eval"
)

type record struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

func main() {
	polnear := flag.String("polnear", "", "write the texts of the PolNeAR split in `DIR`")
	conll := flag.String("conll", "", "write the documents of the CoNLL `FILE`")
	flag.Parse()
	if err := run(os.Stdout, *polnear, *conll); err != nil {
		fmt.Fprintln(os.Stderr, "sets:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, polnear, conll string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if polnear != "" {
		docs, err := eval.ReadPolNeAR(polnear)
		if err != nil {
			return err
		}
		for _, d := range docs {
			if err := enc.Encode(record{ID: d.Name, Text: d.Text}); err != nil {
				return err
			}
		}
	}
	if conll != "" {
		f, err := os.Open(conll)
		if err != nil {
			return err
		}
		defer f.Close()
		docs, err := model.ReadCoNLL(f)
		if err != nil {
			return fmt.Errorf("%s: %w", conll, err)
		}
		for i, d := range docs {
			text, _ := eval.CoNLLText(d)
			if err := enc.Encode(record{ID: fmt.Sprintf("conll-%d", i+1), Text: text}); err != nil {
				return err
			}
		}
	}
	return nil
}
