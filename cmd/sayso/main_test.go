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

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/lexicon"
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
