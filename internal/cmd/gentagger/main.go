// Command gentagger writes the tables file of package postag: prose's
// part-of-speech model, the bytes that github.com/jdkato/prose/v3/tag/aptagmodel
// exports, rearranged into hash tables by internal/postag/tables, so that
// postag loads it without parsing.
//
// It runs through the //go:generate line in internal/postag/gen.go:
//
//	go generate ./internal/postag
//
// or, from the repository root:
//
//	go run ./internal/cmd/gentagger -out internal/postag/data/tables.bin
//
// The output depends only on prose's model, so it is the same on every run
// and machine. Rerun it after upgrading prose: postag's tests fail while
// the file does not match the model prose ships.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/jdkato/prose/v3/tag/aptagmodel"

	"github.com/sayso/sayso/internal/postag/tables"
)

func main() {
	out := flag.String("out", "data/tables.bin", "write the tables to `FILE`")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gentagger:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	t, err := tables.Build(aptagmodel.English)
	if err != nil {
		return err
	}
	b, err := t.AppendBinary(nil)
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}
