package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCorpusMode runs -corpus over two invented articles that print the
// same quote, in every format.
func TestCorpusMode(t *testing.T) {
	stdin := `{"id": "a", "text": "\"The bridge will open in May,\" said Ana Ruiz, the mayor of Port Averly."}
{"id": "b", "text": "Mayor Ana Ruiz said: \"The bridge will open in May.\""}
`
	for _, tc := range []struct {
		format string
		want   []string
	}{
		{"json", []string{`"articles"`, `"Ana Ruiz"`, `"The bridge will open in May`}},
		{"table", []string{"Ana Ruiz"}},
		{"html", []string{"<html", "Ana Ruiz"}},
	} {
		t.Run(tc.format, func(t *testing.T) {
			status, out, stderr := runCmd(context.Background(), []string{"-corpus", "-format", tc.format, "-jsonl"}, stdin, terminals{})
			require.Equal(t, exitOK, status, stderr)
			for _, w := range tc.want {
				assert.Contains(t, out, w)
			}
		})
	}
	status, out, stderr := runCmd(context.Background(), []string{"-corpus", "-jsonl"}, stdin, terminals{})
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, 1, strings.Count(out, "\n"), "jsonl: the view on one line")
	var v struct {
		Claims []struct {
			Text    string            `json:"text"`
			Sources []json.RawMessage `json:"sources"`
		} `json:"claims"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	require.Len(t, v.Claims, 1, "the quote printed twice is one claim")
	assert.Len(t, v.Claims[0].Sources, 2, "with both articles")
}

// TestTextAndChars checks that -text and -chars reach the JSON.
func TestTextAndChars(t *testing.T) {
	stdin := `{"id": "a", "text": "“Ça ira,” said Ana Ruiz."}` + "\n"
	status, out, stderr := runCmd(context.Background(), []string{"-text", "-chars", "-jsonl"}, stdin, terminals{})
	require.Equal(t, exitOK, status, stderr)
	var v struct {
		Text   string `json:"text"`
		Claims []struct {
			Start     int `json:"start"`
			CharStart int `json:"char_start"`
		} `json:"claims"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	assert.Equal(t, "“Ça ira,” said Ana Ruiz.", v.Text)
	require.Len(t, v.Claims, 1)
	assert.Equal(t, 3, v.Claims[0].Start, "after the 3 bytes of “")
	assert.Equal(t, 1, v.Claims[0].CharStart, "after one code point")
}
