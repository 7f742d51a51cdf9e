package main

import (
	"context"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStdinDetection(t *testing.T) {
	const prose = "“The bridge opens in May,” Mayor Ana Ruiz said.\n"
	tests := []struct {
		name     string
		args     []string
		stdin    string
		terminal bool // standard input is a terminal
		status   int
		docs     []string
	}{
		{name: "no arguments, prose in a pipe", stdin: prose, status: exitOK, docs: []string{"-"}},
		{name: "no arguments, JSON Lines in a pipe", stdin: twoRecords, status: exitOK, docs: []string{"r1", "r2"}},
		{name: "records without ids are named by line",
			stdin:  "{\"text\": \"Ana Ruiz said the vote was close.\"}\n\n{\"text\": \"Dale Finch said so.\"}\n",
			status: exitOK, docs: []string{"-:1", "-:3"}},
		{name: "blank lines and a byte-order mark before the first record", args: []string{"-"},
			stdin: "\uFEFF\n  \n" + twoRecords, status: exitOK, docs: []string{"r1", "r2"}},
		{name: "prose that opens with a brace", args: []string{"-"},
			stdin: "{Update} Ana Ruiz said the vote was close.\n{\"text\": \"x\"}\n", status: exitOK, docs: []string{"-"}},
		{name: "a JSON object that is no record is prose", stdin: "{\"title\": \"Vote\"}\nAna Ruiz said the vote was close.\n",
			status: exitOK, docs: []string{"-"}},
		{name: "-jsonl reads records whatever the first line", args: []string{"-jsonl"},
			stdin: "not a record\n" + twoRecords, status: exitFailed, docs: []string{"r1", "r2"}},
		{name: "-jsonl with -", args: []string{"-jsonl", "-"}, stdin: twoRecords, status: exitOK, docs: []string{"r1", "r2"}},
		{name: "-jsonl on a terminal reads it", args: []string{"-jsonl"}, stdin: twoRecords, terminal: true,
			status: exitOK, docs: []string{"r1", "r2"}},
		{name: "empty pipe", stdin: "", status: exitFailed},
		{name: "no arguments on a terminal: the seeds", stdin: prose, terminal: true, status: exitOK,
			docs: []string{"000", "001", "002", "003", "004"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out, stderr := runCmd(context.Background(), tt.args, tt.stdin, terminals{stdin: tt.terminal})
			assert.Equal(t, tt.status, status, stderr)
			got := docs(t, out)
			if tt.terminal && tt.args == nil {
				require.Len(t, got, len(tt.docs))
				for i, d := range got {
					assert.Contains(t, d, "testdata/seeds/"+tt.docs[i])
				}
				return
			}
			assert.Equal(t, tt.docs, got)
		})
	}
}

func TestSniff(t *testing.T) {
	long := "{\"id\": \"x\", \"text\": \"" + strings.Repeat("Ana Ruiz said so. ", 10000) + "\"}\n"
	tests := []struct {
		in    string
		jsonl bool
	}{
		{in: twoRecords, jsonl: true},
		{in: "\n\t\n" + twoRecords, jsonl: true},
		{in: "\uFEFF" + twoRecords, jsonl: true},
		{in: `{"text": "no newline at the end"}`, jsonl: true},
		{in: long + "after", jsonl: true},
		{in: `{"text": ""}` + "\n", jsonl: true}, // a record, though a bad one: corpus.Records reports it
		{in: `{"text": 3}` + "\n"},
		{in: `{"title": "no text"}` + "\n"},
		{in: `{"text": "x"} {"text": "y"}` + "\n"},
		{in: "[1, 2]\n"},
		{in: "Ana Ruiz said so.\n" + twoRecords},
		{in: "{ not json\n"},
		{in: ""},
		{in: " \n\n"},
	}
	for _, tt := range tests {
		name := tt.in[:min(len(tt.in), 30)]
		for _, slow := range []bool{false, true} {
			var in io.Reader = strings.NewReader(tt.in)
			if slow {
				in = iotest.OneByteReader(in)
			}
			r, jsonl, err := sniff(in)
			require.NoError(t, err, name)
			assert.Equal(t, tt.jsonl, jsonl, name)
			all, err := io.ReadAll(r)
			require.NoError(t, err, name)
			assert.Equal(t, tt.in, string(all), "%s: every byte comes back", name)
		}
	}
}

func TestSniffReadError(t *testing.T) {
	_, _, err := sniff(iotest.ErrReader(io.ErrClosedPipe))
	assert.ErrorIs(t, err, io.ErrClosedPipe)
}
