package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain runs the pipelines on prism, in process, unless --runner says
// otherwise.
func TestMain(m *testing.M) { ptest.Main(m) }

var seeds = filepath.Join("..", "testdata", "seeds")

// TestPipelineAgreesWithCollection runs the pipeline on the seeds, as a
// folder of .txt files and as one JSON Lines file with a duplicate and a
// bad record, and compares its speakers, their claim counts and then
// every record with those of the collection built in process over the
// same input.
func TestPipelineAgreesWithCollection(t *testing.T) {
	tests := []struct {
		name  string
		input func(t *testing.T) string
	}{
		{"txt folder", func(*testing.T) string { return seeds }},
		{"jsonl file", seedsAsJSONL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			input := tt.input(t)
			out := filepath.Join(t.TempDir(), "out.jsonl")
			p, s := beam.NewPipelineWithRoot()
			require.NoError(t, build(s, input, out))
			require.NoError(t, ptest.Run(p))
			got, err := os.ReadFile(out)
			require.NoError(t, err)

			want := inProcess(t, input)
			require.NotEmpty(t, want.Articles)
			var buf bytes.Buffer
			require.NoError(t, writeRecords(&buf, want))

			wantSpeakers := speakers(t, buf.Bytes())
			require.NotEmpty(t, wantSpeakers, "the seeds quote someone")
			assert.Equal(t, wantSpeakers, speakers(t, got), "speakers and their claim counts")
			assert.Equal(t, buf.String(), string(got), "records")
		})
	}
}

// inProcess builds the collection of the articles under root with the
// sayso stream, skipping what fails and the duplicates it refuses.
func inProcess(t *testing.T, root string) *collection.Snapshot {
	t.Helper()
	ctx := context.Background()
	p, err := extract.New()
	require.NoError(t, err)
	c := collection.New()
	for r, err := range p.All(ctx, corpus.Files(ctx, root)) {
		if err != nil {
			continue
		}
		if err := c.Add(r); err != nil {
			require.ErrorIs(t, err, collection.ErrDuplicate)
		}
	}
	return c.Snapshot()
}

// speakers returns "name (type): claims" for each speaker record of out,
// sorted.
func speakers(t *testing.T, out []byte) []string {
	t.Helper()
	var list []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var r speakerRecord
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
		if r.Kind == "speaker" {
			typ := string(r.Type)
			if r.Unnamed {
				typ = "unnamed"
			}
			list = append(list, fmt.Sprintf("%s (%s): %d", r.Speaker, typ, len(r.Claims)))
		}
	}
	require.NoError(t, sc.Err())
	slices.Sort(list)
	return list
}

// seedsAsJSONL writes the seeds as one JSON Lines file, in a folder of its
// own, with the first article twice, a blank line and a record without
// text, and returns the file's path.
func seedsAsJSONL(t *testing.T) string {
	t.Helper()
	articles, err := corpus.ReadDir(context.Background(), seeds)
	require.NoError(t, err)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, a := range append(articles, articles[0]) {
		require.NoError(t, enc.Encode(map[string]string{"id": filepath.Base(a.ID), "text": a.Text}))
	}
	buf.WriteString("\n{\"id\": \"empty\", \"title\": \"Nothing\"}\n")
	path := filepath.Join(t.TempDir(), "seeds.jsonl")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	return path
}
