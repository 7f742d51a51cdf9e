package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadmeShowsThisProgram holds the README's "Use it" program to this
// file, byte for byte, so that what a reader pastes is what CI compiles.
func TestReadmeShowsThisProgram(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	src, err := os.ReadFile("main.go")
	require.NoError(t, err)
	block, ok := fencedAfter(readme, "## Use it\n", "```go\n")
	require.True(t, ok, "README.md has a ```go block under ## Use it")
	assert.Equal(t, string(src), string(block), "the README's Use it block differs from examples/hello/main.go")
}

// fencedAfter returns the body of the first block opened by fence after
// the line heading, up to the closing "```" line.
func fencedAfter(doc []byte, heading, fence string) ([]byte, bool) {
	_, rest, ok := bytes.Cut(doc, []byte("\n"+heading))
	if !ok {
		return nil, false
	}
	_, rest, ok = bytes.Cut(rest, []byte("\n"+fence))
	if !ok {
		return nil, false
	}
	body, _, ok := bytes.Cut(rest, []byte("\n```\n"))
	if !ok {
		return nil, false
	}
	return append(body, '\n'), true
}

func TestFencedAfter(t *testing.T) {
	doc := "# t\n\n## Other\n\n```go\nno\n```\n\n## Use it\n\nText.\n\n```go\npackage main\n\nfunc main() {}\n```\n\nMore.\n"
	for _, tc := range []struct {
		name, heading, want string
		ok                  bool
	}{
		{"the block under the heading", "## Use it\n", "package main\n\nfunc main() {}\n", true},
		{"the first heading's block", "## Other\n", "no\n", true},
		{"no such heading", "## Missing\n", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := fencedAfter([]byte(doc), tc.heading, "```go\n")
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, string(got))
		})
	}
}
