// Command sayso runs the sayso pipeline over news articles and writes one
// JSON object per article, one per line (JSON Lines), to standard output.
//
// Usage:
//
//	go run ./cmd/sayso [-acts LIST] [-pretty] [-layout] [-trace] [file|folder|-]...
//
// -acts chooses the claims written: "statement" (the default: what
// sources said or wrote), "all", or a comma-separated list of statement,
// thought, finding and stance.
//
// Files may be plain text (one article each) or JSON Lines (.jsonl, one
// article per record); folders are read recursively; "-" reads one article
// from standard input. With no arguments it runs on the seed articles in
// testdata/seeds.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
)

func main() {
	pretty := flag.Bool("pretty", false, "indent the JSON output")
	layout := flag.Bool("layout", false, "include sentences and tokens")
	trace := flag.Bool("trace", false, "add to every claim and entity the trace of how it was decided")
	actList := flag.String("acts", "statement", "claims to write: `all`, or a comma-separated list of statement, thought, finding, stance")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: extract [-acts LIST] [-pretty] [-layout] [-trace] [file|folder|-]...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	acts, err := parseActs(*actList)
	if err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, os.Stdin, flag.Args(), *pretty,
		extract.WithLayout(*layout), extract.WithTrace(*trace), extract.WithActs(acts...)); err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer, stdin io.Reader, args []string, pretty bool, opts ...extract.Option) error {
	if len(args) == 0 {
		args = []string{seedDir()}
	}
	p, err := extract.New(opts...)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	failed := 0
	for r, err := range p.All(ctx, articles(ctx, args, stdin)) {
		if err != nil {
			fmt.Fprintln(os.Stderr, "extract:", err)
			failed++
			continue
		}
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d articles failed", failed)
	}
	return ctx.Err()
}

// parseActs reads the -acts flag: "all" or a comma-separated list of
// act names.
func parseActs(list string) ([]claim.Act, error) {
	if list == "all" {
		return claim.AllActs(), nil
	}
	var acts []claim.Act
	for name := range strings.SplitSeq(list, ",") {
		a, err := claim.ParseAct(strings.TrimSpace(name))
		if err != nil {
			return nil, fmt.Errorf("-acts: %w", err)
		}
		acts = append(acts, a)
	}
	return acts, nil
}

// articles streams the articles named by args, in order.
func articles(ctx context.Context, args []string, stdin io.Reader) iter.Seq2[*corpus.Article, error] {
	return func(yield func(*corpus.Article, error) bool) {
		for _, arg := range args {
			if arg == "-" {
				a, err := corpus.Read(stdin, "-")
				if !yield(lenient(a, err)) {
					return
				}
				continue
			}
			for a, err := range corpus.Files(ctx, arg) {
				if !yield(lenient(a, err)) {
					return
				}
			}
		}
	}
}

// lenient keeps an article whose text has invalid UTF-8: sayso reads it
// with the bad bytes as gaps, and every offset stays valid. The problem is
// reported on standard error.
func lenient(a *corpus.Article, err error) (*corpus.Article, error) {
	if a != nil && errors.Is(err, corpus.ErrInvalidUTF8) {
		fmt.Fprintln(os.Stderr, "extract: warning:", err)
		return a, nil
	}
	return a, err
}

// seedDir finds testdata/seeds from the module root or from this folder.
func seedDir() string {
	for _, d := range []string{"testdata/seeds", "../../testdata/seeds"} {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
	}
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "seeds")
}
