package extract_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/extract"
)

const creditedText = "Jane Roe, The Canadian Press\n\n" +
	"OSLO — Foreign Minister Ola Berg said on Monday that the talks would resume.\n\n" +
	"Berg met John Doe of the Harbour Trust. (Mark Tervo/The Canadian Press)\n\n" +
	"“We are close,” Berg said.\n\n" +
	"With files from Per Dahl\n"

func TestResultMeta(t *testing.T) {
	p, err := extract.New()
	require.NoError(t, err)
	a := &corpus.Article{ID: "a1", Text: creditedText}
	res, err := p.Extract(context.Background(), a)
	require.NoError(t, err)

	texts := func(ns []corpus.Name) []string {
		var out []string
		for _, n := range ns {
			out = append(out, string(n.Kind)+": "+n.Text)
			assert.Equal(t, n.Text, a.Text[n.Start:n.End])
		}
		return out
	}
	assert.Equal(t, []string{"person: Jane Roe"}, texts(res.Authors))
	assert.Equal(t, []string{"outlet: The Canadian Press", "person: Mark Tervo", "outlet: The Canadian Press", "person: Per Dahl"}, texts(res.Credits))
	assert.Equal(t, "OSLO", res.Dateline.Text)
	assert.Equal(t, "OSLO", a.Text[res.Dateline.Start:res.Dateline.End])

	where := map[string]string{}
	for _, e := range res.Entities {
		where[e.Name] = e.Where
	}
	for _, name := range []string{"Jane Roe", "Mark Tervo", "Per Dahl"} {
		assert.Equal(t, entity.WhereCredit, where[name], "%s is named only in credits", name)
	}
	for _, name := range []string{"Ola Berg", "John Doe"} {
		assert.Contains(t, where, name)
		assert.Empty(t, where[name], "%s is a person of the story", name)
	}
	for _, c := range res.Claims {
		assert.False(t, c.Span.Overlaps(res.Doc.Meta.Dateline.All), "claim %q holds the dateline", c.Text)
	}

	b, err := json.Marshal(res)
	require.NoError(t, err)
	var w struct {
		Authors  []map[string]any `json:"authors"`
		Credits  []map[string]any `json:"credits"`
		Dateline map[string]any   `json:"dateline"`
		Entities []struct {
			Name  string `json:"name"`
			Where string `json:"where"`
		} `json:"entities"`
	}
	require.NoError(t, json.Unmarshal(b, &w))
	require.Len(t, w.Authors, 1)
	assert.Equal(t, map[string]any{"start": 0.0, "end": 8.0, "text": "Jane Roe", "kind": "person"}, w.Authors[0])
	assert.Len(t, w.Credits, 4)
	assert.Equal(t, map[string]any{"start": 30.0, "end": 34.0, "text": "OSLO"}, w.Dateline)
	for _, e := range w.Entities {
		assert.Equal(t, where[e.Name], e.Where, "where of %s in JSON", e.Name)
	}
}

func TestResultMetaEmpty(t *testing.T) {
	p, err := extract.New()
	require.NoError(t, err)
	res, err := p.Extract(context.Background(), &corpus.Article{ID: "a2", Text: "Talks resumed on Monday."})
	require.NoError(t, err)
	b, err := json.Marshal(res)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"authors":[]`)
	assert.Contains(t, string(b), `"credits":[]`)
	assert.NotContains(t, string(b), `"dateline"`)
	assert.NotContains(t, string(b), `"where"`)
}
