package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/extract"
)

// config is what the command line asks for.
type config struct {
	flags  *flag.FlagSet // for the usage text
	format format
	pretty bool
	jsonl  bool // standard input is JSON Lines, whatever it looks like
	corpus bool // one corpus view of all the articles, not a result per article
	opts   []extract.Option
	inputs []string
}

// parseFlags reads the command line. Its errors, but flag.ErrHelp, are
// usage errors; the returned config's flags are set even then.
func parseFlags(args []string) (config, error) {
	fs := flag.NewFlagSet("sayso", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run writes the messages, with the command's prefix
	c := config{flags: fs}
	formatName := fs.String("format", "jsonl", "write `FORMAT`: "+strings.Join(formatNames(), ", "))
	fs.BoolVar(&c.pretty, "pretty", false, "indent the JSON output")
	fs.BoolVar(&c.jsonl, "jsonl", false, "read standard input as JSON Lines, one article per record")
	fs.BoolVar(&c.corpus, "corpus", false, "write one corpus view of all the articles: entities linked across them, claims printed by several merged, a speaker index")
	layout := fs.Bool("layout", false, "include sentences and tokens")
	trace := fs.Bool("trace", false, "add to every claim and entity the trace of how it was decided")
	text := fs.Bool("text", false, "include each article's text, title, source and date in the JSON")
	chars := fs.Bool("chars", false, "add code-point offsets (char_start, char_end: Python's str indices) beside every byte offset in the JSON")
	actList := fs.String("acts", "statement", "write the claims of the acts in `LIST`, comma-separated: statement, thought, finding, stance; or all")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	c.inputs = fs.Args()
	var ok bool
	if c.format, ok = formatNamed(*formatName); !ok {
		return c, fmt.Errorf("-format: unknown format %q (want %s)", *formatName, strings.Join(formatNames(), ", "))
	}
	acts, err := parseActs(*actList)
	if err != nil {
		return c, err
	}
	if c.jsonl && len(c.inputs) > 0 && !slices.Contains(c.inputs, "-") {
		return c, errors.New(`-jsonl is for standard input: give "-" among the arguments, or none`)
	}
	c.opts = []extract.Option{extract.WithLayout(*layout), extract.WithTrace(*trace), extract.WithActs(acts...),
		extract.WithText(*text), extract.WithCharOffsets(*chars)}
	return c, nil
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

// shortUsage follows the message of a usage error.
const shortUsage = "usage: sayso [flags] [file|folder|-]... (sayso -h for more)"

// usage writes the usage text and the flags to w.
func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, `usage: sayso [flags] [file|folder|-]...

sayso writes the entities and claims ("who said what") of news articles.
Files are plain text (one article each) or JSON Lines (*.jsonl, one article
per record); folders are read recursively. "-", or no argument when standard
input is a pipe or a file, reads standard input: JSON Lines with -jsonl or
when its first line is a record ({"text": "..."}), one article otherwise.
With no argument on a terminal, it runs on the seed articles.

Exit status: 0 done, 1 some article failed, 2 usage error, 130 interrupted.

Flags:
`)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}
