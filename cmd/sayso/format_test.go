package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
	"github.com/sayso/sayso/view"
)

// twoRecords is standard input of two JSON Lines articles.
const twoRecords = `{"id": "r1", "text": "“The bridge opens in May,” Mayor Ana Ruiz said."}
{"id": "r2", "text": "Dale Finch said the council would vote on Tuesday."}
`

// results extracts the articles of twoRecords as the command does.
func results(t *testing.T) []*extract.Result {
	t.Helper()
	p, err := extract.New()
	require.NoError(t, err)
	as, err := corpus.ReadRecords(strings.NewReader(twoRecords), "-")
	require.NoError(t, err)
	rs, err := p.ExtractAll(context.Background(), as)
	require.NoError(t, err)
	return rs
}

// written returns what write makes of rs.
func written(t *testing.T, rs []*extract.Result, write func(io.Writer, []*extract.Result) error) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, write(&b, rs))
	return b.String()
}

func TestFormatChoice(t *testing.T) {
	rs := results(t)
	jsonLines := func(w io.Writer, rs []*extract.Result) error {
		for _, r := range rs {
			if err := newEncoder(w, false).Encode(r); err != nil {
				return err
			}
		}
		return nil
	}
	tests := []struct {
		args []string
		want string // empty: checked by check
		// check tests the output when want cannot be written down.
		check func(t *testing.T, out string)
	}{
		{args: nil, want: written(t, rs, jsonLines)},
		{args: []string{"-format", "jsonl"}, want: written(t, rs, jsonLines)},
		{args: []string{"-format", "table"}, want: written(t, rs, view.Table)},
		{args: []string{"-format", "html"}, want: written(t, rs, view.HTML)},
		{args: []string{"-format", "json"}, check: func(t *testing.T, out string) {
			var arr []json.RawMessage
			require.NoError(t, json.Unmarshal([]byte(out), &arr))
			require.Len(t, arr, 2)
			assert.Equal(t, strings.TrimSuffix(written(t, rs, jsonLines), "\n"), string(arr[0])+"\n"+string(arr[1]),
				"the array holds what JSON Lines writes, one element per line")
			assert.Equal(t, 1, strings.Count(out, "\n"), "one line")
		}},
		{args: []string{"-format", "json", "-pretty"}, check: func(t *testing.T, out string) {
			var compact bytes.Buffer
			require.NoError(t, json.Compact(&compact, []byte(out)))
			var want bytes.Buffer
			require.NoError(t, json.Indent(&want, compact.Bytes(), "", "  "))
			assert.Equal(t, want.String()+"\n", out, "the layout of json.MarshalIndent")
		}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			status, out, stderr := runCmd(context.Background(), tt.args, twoRecords, terminals{})
			require.Equal(t, exitOK, status, stderr)
			if tt.check != nil {
				tt.check(t, out)
				return
			}
			assert.Equal(t, tt.want, out)
		})
	}
}

func TestJSONArrayOfNone(t *testing.T) {
	for _, pretty := range []bool{false, true} {
		var b bytes.Buffer
		o := formats[1].open(&b, pretty)
		require.NoError(t, o.close())
		assert.Equal(t, "[]\n", b.String(), "pretty %v", pretty)
	}
}
