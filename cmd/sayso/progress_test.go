package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProgress(t *testing.T) {
	five := fiveStories(t)
	one := writeFiles(t, map[string]string{"a.txt": storyA})
	tests := []struct {
		name  string
		args  []string
		stdin string
		tty   terminals
		// want are texts the bar shows; nil means standard error stays
		// empty.
		want []string
		// not are texts it must not show.
		not []string
	}{
		{name: "terminal, five articles", args: []string{five}, tty: terminals{stderr: true},
			want: []string{"sayso", "/5,", "articles/", "|"}},
		{name: "terminal for both outputs", args: []string{five}, tty: terminals{stdout: true, stderr: true},
			want: []string{"/5,", "articles/"}},
		{name: "pipe, five articles", args: []string{five}},
		{name: "stdout a terminal, stderr a pipe", args: []string{five}, tty: terminals{stdout: true}},
		{name: "terminal, one article", args: []string{filepath.Join(one, "a.txt")}, tty: terminals{stderr: true}},
		{name: "terminal, one record on standard input", stdin: `{"text": "Ana Ruiz said so."}`, tty: terminals{stderr: true}},
		{name: "terminal, records on standard input: count and rate, no total",
			stdin: twoRecords + `{"text": "Ana Ruiz said so."}` + "\n", tty: terminals{stderr: true},
			want: []string{"sayso", "articles/"}, not: []string{"/3"}},
		{name: "pipe, records on standard input", stdin: twoRecords},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out, stderr := runCmd(context.Background(), tt.args, tt.stdin, tt.tty)
			require.Equal(t, exitOK, status, stderr)
			assert.NotEmpty(t, out)
			if tt.want == nil {
				assert.Empty(t, stderr)
				return
			}
			for _, w := range tt.want {
				assert.Contains(t, stderr, w)
			}
			for _, n := range tt.not {
				assert.NotContains(t, stderr, n)
			}
			assert.NotContains(t, stderr, "\n", "the bar stays on one line")
			assert.True(t, strings.HasSuffix(stderr, "\r"), "and is cleared at the end: %q", stderr)
		})
	}
}

// fiveStories writes five short articles into a new folder and returns it.
func fiveStories(t *testing.T) string {
	t.Helper()
	return writeFiles(t, map[string]string{
		"1.txt": storyA, "2.txt": storyB, "3.txt": storyA, "4.txt": storyB, "5.txt": storyA,
	})
}

func TestProgressKeepsMessagesApart(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": storyA, "b.txt": "", "c.txt": storyB})
	status, _, stderr := runCmd(context.Background(), []string{dir}, "", terminals{stderr: true})
	assert.Equal(t, exitFailed, status)
	// Each message starts on a cleared line: the bar is wiped with a
	// carriage return before it.
	for _, msg := range []string{"sayso: " + filepath.Join(dir, "b.txt") + ": corpus: no text\n", "sayso: 1 article failed\n"} {
		i := strings.Index(stderr, msg)
		require.Positive(t, i, "%q in %q", msg, stderr)
		assert.Equal(t, byte('\r'), stderr[i-1], msg)
	}
}

func TestCount(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":        storyA,
		"b.TXT":        storyB,
		"notes.md":     "not read",
		"sub/c.txt":    storyA,
		"sub/d.jsonl":  "\uFEFF" + twoRecords + "\n  \n" + `{"text": "x"}`,
		"sub/e.jsonl":  "",
		"f.json":       twoRecords,
		"long.jsonl":   strings.Repeat("x", 100<<10) + "\n" + strings.Repeat(" ", 100<<10) + "\n{}\n",
		"named.dat":    "one article whatever its name",
		"named2.JSONL": twoRecords,
		"unreadable/z": "",
	})
	at := func(name string) string { return filepath.Join(dir, name) }
	require.NoError(t, os.Chmod(at("unreadable"), 0))
	t.Cleanup(func() { os.Chmod(at("unreadable"), 0o755) })
	unreadable := 1 // the folder's error
	if os.Geteuid() == 0 {
		unreadable = 0 // root reads it all the same, and finds no article in it
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name   string
		ctx    context.Context
		inputs []string
		want   int
	}{
		{name: "a folder", inputs: []string{at("sub")}, want: 1 + 3},
		{name: "files named", inputs: []string{at("named.dat"), at("named2.JSONL"), at("sub/d.jsonl")}, want: 1 + 2 + 3},
		{name: "long lines", inputs: []string{at("long.jsonl")}, want: 2},
		{name: "the whole tree", inputs: []string{dir}, want: 2 + 1 + 3 + 2 + 2 + unreadable},
		{name: "a missing file is one error", inputs: []string{at("nowhere.txt"), at("a.txt")}, want: 2},
		{name: "standard input: unknown", inputs: []string{at("a.txt"), "-"}, want: -1},
		{name: "interrupted: unknown", ctx: cancelled, inputs: []string{dir}, want: -1},
	}
	for _, tt := range tests {
		ctx := tt.ctx
		if ctx == nil {
			ctx = context.Background()
		}
		assert.Equal(t, tt.want, count(ctx, tt.inputs), tt.name)
		if tt.want < 0 {
			continue
		}
		n := 0
		for range articles(ctx, tt.inputs, nil, false, newConsole(io.Discard, false)) {
			n++
		}
		assert.Equal(t, n, tt.want, "%s: counted as read", tt.name)
	}
}
