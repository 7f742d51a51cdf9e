package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
	"github.com/sayso/sayso/lexicon"
)

// terminals says which of a test run's streams count as terminals.
type terminals struct{ stdin, stdout, stderr bool }

// runCmd runs the command on args with stdin as standard input and returns
// its status, standard output and standard error.
func runCmd(ctx context.Context, args []string, stdin string, tty terminals) (int, string, string) {
	in := strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	status := run(ctx, env{
		args: args, stdin: in, stdout: &out, stderr: &errOut,
		isTerminal: func(f any) bool {
			switch f {
			case any(in):
				return tty.stdin
			case any(&out):
				return tty.stdout
			case any(&errOut):
				return tty.stderr
			}
			return false
		},
	})
	return status, out.String(), errOut.String()
}

// docs returns the "doc" of every JSON line of out.
func docs(t *testing.T, out string) []string {
	t.Helper()
	var ids []string
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var v struct {
			Doc string `json:"doc"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &v), "line %d is one JSON object", len(ids)+1)
		ids = append(ids, v.Doc)
	}
	return ids
}

func TestRunWithNoArgumentsPrintsTheSeeds(t *testing.T) {
	status, out, stderr := runCmd(context.Background(), nil, "", terminals{stdin: true})
	require.Equal(t, exitOK, status, stderr)
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	lines := 0
	for sc.Scan() {
		var v struct {
			Doc      string            `json:"doc"`
			Entities []json.RawMessage `json:"entities"`
			Claims   []json.RawMessage `json:"claims"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &v), "line %d is one JSON object", lines+1)
		assert.Contains(t, v.Doc, "testdata/seeds/")
		assert.NotEmpty(t, v.Entities)
		assert.NotEmpty(t, v.Claims)
		lines++
	}
	assert.Equal(t, 5, lines, "one JSON line per seed article")
	assert.Empty(t, stderr)
}

func TestRunReadsStdin(t *testing.T) {
	status, out, stderr := runCmd(context.Background(), []string{"-pretty", "-"},
		"“The bridge opens in May,” Mayor Ana Ruiz said.", terminals{})
	require.Equal(t, exitOK, status, stderr)
	assert.Contains(t, out, "\n  \"doc\": \"-\"")
	assert.Contains(t, out, "The bridge opens in May")
}

func TestParseActs(t *testing.T) {
	tests := []struct {
		list string
		want []claim.Act
		bad  bool
	}{
		{list: "statement", want: []claim.Act{claim.Statement}},
		{list: "all", want: claim.AllActs()},
		{list: "thought, stance", want: []claim.Act{claim.Thought, claim.Stance}},
		{list: "speech", bad: true},
		{list: "", bad: true},
	}
	for _, tt := range tests {
		got, err := parseActs(tt.list)
		if tt.bad {
			assert.ErrorIs(t, err, lexicon.ErrAct, tt.list)
			continue
		}
		require.NoError(t, err, tt.list)
		assert.Equal(t, tt.want, got, tt.list)
	}
}

// writeFiles writes files (name to content) under a new folder and
// returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	}
	return dir
}

const (
	storyA = "“The bridge opens in May,” Mayor Ana Ruiz said.\n"
	storyB = "Dale Finch said the council would vote on Tuesday.\n"
)

func TestMessagesAndExitStatus(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":     storyA,
		"b.txt":     storyB,
		"empty.txt": "  \n",
		"blank.txt": "",
		"bad.txt":   "Ana Ruiz said the vote was \xff\xfe close.\n",
	})
	at := func(name string) string { return filepath.Join(dir, name) }
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name   string
		ctx    context.Context
		args   []string
		status int
		// stderr is the whole of standard error, or its start for a
		// usage error or when usage is set (a usage text follows).
		stderr string
		usage  bool
		docs   int
	}{
		{name: "all written", args: []string{at("a.txt"), at("b.txt")}, status: exitOK, docs: 2},
		{name: "one failed", args: []string{at("a.txt"), at("empty.txt"), at("b.txt")}, status: exitFailed, docs: 2,
			stderr: "sayso: " + at("empty.txt") + ": corpus: no text\nsayso: 1 article failed\n"},
		{name: "two failed", args: []string{at("blank.txt"), at("a.txt"), at("empty.txt")}, status: exitFailed, docs: 1,
			stderr: "sayso: " + at("blank.txt") + ": corpus: no text\nsayso: " + at("empty.txt") + ": corpus: no text\nsayso: 2 articles failed\n"},
		{name: "missing file", args: []string{at("nowhere.txt")}, status: exitFailed,
			stderr: "sayso: " + at("nowhere.txt") + ": corpus: lstat " + at("nowhere.txt") + ": no such file or directory\nsayso: 1 article failed\n"},
		{name: "invalid UTF-8 is a warning", args: []string{at("bad.txt")}, status: exitOK, docs: 1,
			stderr: "sayso: warning: " + at("bad.txt") + ": offset 27: corpus: invalid UTF-8\n"},
		{name: "interrupted", ctx: cancelled, args: []string{at("a.txt"), at("b.txt")}, status: exitInterrupted,
			stderr: "sayso: interrupted\n"},
		{name: "unknown flag", args: []string{"-nope"}, status: exitUsage,
			stderr: "sayso: flag provided but not defined: -nope\nusage: sayso"},
		{name: "unknown format", args: []string{"-format", "yaml", at("a.txt")}, status: exitUsage,
			stderr: "sayso: -format: unknown format \"yaml\" (want jsonl, json, table, html)\nusage: sayso"},
		{name: "unknown act", args: []string{"-acts", "speech", at("a.txt")}, status: exitUsage,
			stderr: "sayso: -acts: lexicon: "},
		{name: "-jsonl without standard input", args: []string{"-jsonl", at("a.txt")}, status: exitUsage,
			stderr: "sayso: -jsonl is for standard input: give \"-\" among the arguments, or none\nusage: sayso"},
		{name: "help", args: []string{"-h"}, status: exitOK, usage: true, stderr: "usage: sayso"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := tt.ctx
			if ctx == nil {
				ctx = context.Background()
			}
			status, out, stderr := runCmd(ctx, tt.args, "", terminals{})
			assert.Equal(t, tt.status, status, stderr)
			switch {
			case tt.status == exitUsage:
				assert.True(t, strings.HasPrefix(stderr, tt.stderr), stderr)
				assert.True(t, strings.HasSuffix(stderr, "\n"+shortUsage+"\n"), stderr)
			case tt.usage:
				assert.True(t, strings.HasPrefix(stderr, tt.stderr), stderr)
				assert.Contains(t, stderr, "-format FORMAT")
			default:
				assert.Equal(t, tt.stderr, stderr)
			}
			assert.Len(t, docs(t, out), tt.docs)
			assert.NotContains(t, stderr, "extract: ", "the library's prefix is not repeated after the command's")
		})
	}
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{&corpus.Error{ID: "a.txt", Offset: -1, Err: fmt.Errorf("extract: %w", corpus.ErrNoText)}, "a.txt: corpus: no text"},
		{&corpus.Error{ID: "a.txt", Offset: -1, Err: fmt.Errorf("%w: 9 bytes, more than 8", extract.ErrTooLarge)}, "a.txt: article too large: 9 bytes, more than 8"},
		{&corpus.Error{ID: "a.txt", Offset: 3, Err: corpus.ErrRecord}, "a.txt: offset 3: corpus: bad record"},
		{fmt.Errorf("extract: %w", corpus.ErrNoText), "corpus: no text"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, describe(tt.err))
	}
}
