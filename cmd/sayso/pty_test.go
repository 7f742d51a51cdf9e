package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/creack/pty"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openPTY returns the two ends of a new pseudo-terminal, or skips the test
// where there are none.
func openPTY(t *testing.T) (ptm, tty *os.File) {
	t.Helper()
	ptm, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { ptm.Close(); tty.Close() })
	return ptm, tty
}

func TestIsTerminal(t *testing.T) {
	_, tty := openPTY(t)
	pr, pw, err := os.Pipe()
	require.NoError(t, err)
	defer pr.Close()
	defer pw.Close()
	devNull, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer devNull.Close()
	tests := []struct {
		name string
		f    any
		want bool
	}{
		{"pseudo-terminal", tty, true},
		{"pipe", pw, false},
		{os.DevNull + ", a character device", devNull, false},
		{"buffer", &bytes.Buffer{}, false},
		{"nil", nil, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isTerminal(tt.f), tt.name)
	}
}

// runOn runs the command on five articles with standard error stderr and the
// real terminal check, and returns its status and standard output.
func runOn(t *testing.T, stderr io.Writer) (int, string) {
	t.Helper()
	var out bytes.Buffer
	status := run(context.Background(), env{
		args: []string{fiveStories(t)}, stdin: strings.NewReader(""), stdout: &out, stderr: stderr,
		isTerminal: isTerminal,
	})
	return status, out.String()
}

func TestProgressOnAPseudoTerminal(t *testing.T) {
	ptm, tty := openPTY(t)
	require.NoError(t, pty.Setsize(tty, &pty.Winsize{Rows: 24, Cols: 100}))
	var shown bytes.Buffer
	read := make(chan struct{})
	go func() {
		defer close(read)
		io.Copy(&shown, ptm) // ends with an error once tty is closed
	}()
	status, out := runOn(t, tty)
	tty.Close()
	<-read
	require.Equal(t, exitOK, status)
	assert.Equal(t, 5, strings.Count(out, "\n"))
	assert.Contains(t, shown.String(), "sayso")
	assert.Contains(t, shown.String(), "/5, ")
	assert.Contains(t, shown.String(), "articles/")
}

func TestNoProgressInAPipe(t *testing.T) {
	pr, pw, err := os.Pipe()
	require.NoError(t, err)
	defer pr.Close()
	status, out := runOn(t, pw)
	pw.Close()
	got, err := io.ReadAll(pr)
	require.NoError(t, err)
	require.Equal(t, exitOK, status)
	assert.Equal(t, 5, strings.Count(out, "\n"))
	assert.Empty(t, string(got))
}
