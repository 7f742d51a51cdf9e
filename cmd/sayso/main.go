package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"golang.org/x/term"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
)

// The exit statuses of the command.
const (
	exitOK          = 0
	exitFailed      = 1   // an article failed, or the output could not be written
	exitUsage       = 2   // bad flags or arguments
	exitInterrupted = 130 // 128 + SIGINT, as shells report it
)

// env is what the command takes from its process: the arguments, the
// standard files, and how to tell whether one of them is a terminal. Tests
// fill it in with buffers and a function of their own.
type env struct {
	args           []string
	stdin          io.Reader
	stdout, stderr io.Writer
	isTerminal     func(f any) bool
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	status := run(ctx, env{
		args:  os.Args[1:],
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		isTerminal: isTerminal,
	})
	stop()
	os.Exit(status)
}

// isTerminal reports whether f is an open file on a terminal.
// os.ModeCharDevice is not enough: /dev/null is a character device too.
func isTerminal(f any) bool {
	fd, ok := f.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(fd.Fd()))
}

// run runs the command and returns its exit status.
func run(ctx context.Context, e env) int {
	con := newConsole(e.stderr, e.isTerminal(e.stderr))
	c, err := parseFlags(e.args)
	if errors.Is(err, flag.ErrHelp) {
		usage(e.stderr, c.flags)
		return exitOK
	}
	if err != nil {
		con.say("%v", err)
		fmt.Fprintln(e.stderr, shortUsage)
		return exitUsage
	}
	inputs, err := inputsOf(c, e)
	if err != nil {
		con.say("%v", err)
		return exitUsage
	}
	p, err := extract.New(c.opts...)
	if err != nil {
		con.say("%s", describe(err))
		return exitFailed
	}
	if con.bar {
		con.start(count(ctx, inputs))
	}
	out := c.format.open(e.stdout, c.pretty)
	if c.corpus {
		out = openCorpus(e.stdout, c.format, c.pretty)
	}
	// On a terminal that shows both, results would be written over the bar.
	sameTerminal := con.bar && e.isTerminal(e.stdout)
	failed := 0
	for r, err := range p.All(ctx, articles(ctx, inputs, e.stdin, c.jsonl, con)) {
		if ctx.Err() != nil {
			break // the errors that follow are the interruption's
		}
		if err != nil {
			con.say("%s", describe(err))
			failed++
			con.step()
			continue
		}
		if sameTerminal {
			con.hide()
		}
		if err := out.add(r); err != nil {
			con.say("write: %v", err)
			return exitFailed
		}
		con.step()
	}
	if ctx.Err() != nil {
		con.say("interrupted")
		return exitInterrupted
	}
	con.finish()
	if err := out.close(); err != nil {
		con.say("write: %v", err)
		return exitFailed
	}
	if failed > 0 {
		con.say("%d %s failed", failed, plural(failed, "article", "articles"))
		return exitFailed
	}
	return exitOK
}

// inputsOf returns what the command reads: the arguments; without them,
// standard input, or the seed articles when standard input is a terminal
// (no one types an article for a first try) and -jsonl does not ask for it.
func inputsOf(c config, e env) ([]string, error) {
	switch {
	case len(c.inputs) > 0:
		return c.inputs, nil
	case c.jsonl || !e.isTerminal(e.stdin):
		return []string{"-"}, nil
	}
	if d := seedDir(); d != "" {
		return []string{d}, nil
	}
	return nil, errors.New(`no articles given, and the seed articles of the demo are not here: give files, folders or "-"`)
}

// describe returns err's message for a line that already starts with the
// command's prefix: the library's own "extract: " would double it, at the
// start or after the name of the article an error is about.
func describe(err error) string {
	var e *corpus.Error
	if errors.As(err, &e) && e.Err != nil {
		named := *e
		named.Err = errors.New(strings.TrimPrefix(e.Err.Error(), "extract: "))
		return strings.TrimPrefix(named.Error(), "extract: ")
	}
	return strings.TrimPrefix(err.Error(), "extract: ")
}

// plural returns one or many as n asks.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
