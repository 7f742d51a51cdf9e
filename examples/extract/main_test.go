package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunWithNoArgumentsPrintsTheSeeds(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out, strings.NewReader(""), nil, false))
	sc := bufio.NewScanner(&out)
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
}

func TestRunReadsStdin(t *testing.T) {
	var out bytes.Buffer
	in := strings.NewReader("“The bridge opens in May,” Mayor Ana Ruiz said.")
	require.NoError(t, run(context.Background(), &out, in, []string{"-"}, true))
	assert.Contains(t, out.String(), "\n  \"doc\": \"-\"")
	assert.Contains(t, out.String(), "The bridge opens in May")
}
