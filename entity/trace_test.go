package entity

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTraceOnEverySeedEntity checks that with WithTrace(true) every
// entity of the seed articles has a trace that ends in the decision of
// its type, and whose evidence adds up to the votes it reports.
func TestTraceOnEverySeedEntity(t *testing.T) {
	docs, _, _ := seedDocs(t)
	r, err := New(WithTrace(true))
	require.NoError(t, err)
	for _, doc := range docs {
		ents, err := r.Recognize(context.Background(), doc)
		require.NoError(t, err)
		require.NotEmpty(t, ents, doc.Article.ID)
		for _, e := range ents {
			require.NotEmpty(t, e.Trace, "%s %s", doc.Article.ID, e.Name)
			assertTraceAddsUp(t, e)
		}
	}
}

// TestTraceCountsAsTheVotes checks the trace where the votes leave out
// some of a mention's evidence: a surname's other readings once it is
// part of a person's name ("Reuters", read by the model as an
// organization), and an ambiguous match written again ("Preston", a
// listed town and a first name).
func TestTraceCountsAsTheVotes(t *testing.T) {
	for _, text := range []string{
		"Executives of Reuters met Paul Reuters. Reuters said the deal was done.",
		"Thomas Preston spoke first. Preston said he was pleased, and Preston left.",
	} {
		for _, e := range recognize(t, text, WithTrace(true)) {
			assertTraceAddsUp(t, e)
		}
	}
}

// assertTraceAddsUp checks that e's trace ends in the decision of its
// type, and that its evidence for each type and class sums to the votes
// it reports.
func assertTraceAddsUp(t *testing.T, e *Entity) {
	t.Helper()
	require.NotEmpty(t, e.Trace, e.Name)
	last := e.Trace[len(e.Trace)-1]
	assert.Equal(t, srcDecision, last.Source, e.Name)
	assert.Equal(t, e.Type, last.Type, e.Name)
	assert.NotEmpty(t, last.Detail, e.Name)
	given, votes := map[string]float64{}, map[string]float64{}
	for _, ev := range e.Trace {
		key := string(ev.Type) + "/" + ev.Class
		switch ev.Source {
		case srcVotes:
			votes[key] += ev.Weight
		case srcGuess, srcDecision:
		default:
			assert.Positive(t, ev.Mentions, "%s: %+v", e.Name, ev)
			given[key] += ev.Weight
		}
	}
	assert.InDeltaMapValues(t, votes, given, 1e-6, "%s: %+v", e.Name, e.Trace)
}

// TestTraceChangesNothingElse checks that tracing leaves the entities as
// they are, and that without it no trace is kept.
func TestTraceChangesNothingElse(t *testing.T) {
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	docs, _, _ := seedDocs(t)
	require.Len(t, docs, len(paths))
	plain, err := New()
	require.NoError(t, err)
	off, err := New(WithTrace(false))
	require.NoError(t, err)
	on, err := New(WithTrace(true))
	require.NoError(t, err)
	for _, doc := range docs {
		want, err := plain.Recognize(context.Background(), doc)
		require.NoError(t, err)
		wantJSON, err := json.Marshal(want)
		require.NoError(t, err)
		got, err := off.Recognize(context.Background(), doc)
		require.NoError(t, err)
		gotJSON, err := json.Marshal(got)
		require.NoError(t, err)
		assert.Equal(t, string(wantJSON), string(gotJSON), "WithTrace(false)")
		assert.NotContains(t, string(gotJSON), `"trace"`)
		traced, err := on.Recognize(context.Background(), doc)
		require.NoError(t, err)
		for _, e := range traced {
			e.Trace = nil
		}
		tracedJSON, err := json.Marshal(traced)
		require.NoError(t, err)
		assert.Equal(t, string(wantJSON), string(tracedJSON), "WithTrace(true), less the traces")
	}
}

// TestTraceNamesTheRule checks that the rule, the lexicon entry or the
// guess that typed a mention is in its entity's trace.
func TestTraceNamesTheRule(t *testing.T) {
	tests := []struct {
		text, name string
		want       Evidence // Source, Type and Detail must match
	}{
		{"Germany's Foreign Ministry said the talks would go on.", "Germany's Foreign Ministry",
			Evidence{Source: srcRule, Type: Org, Detail: "a place's possessive before an organization"}},
		{"The talks were held at the Bagram air base on Monday.", "Bagram air base",
			Evidence{Source: srcHead, Type: Fac, Detail: "lower-case head word taken into the name: base"}},
		{"Officials from the Halden Ministry met the press in Oslo.", "Halden Ministry",
			Evidence{Source: srcHead, Type: Org, Detail: "head word: ministry"}},
		{"Acme said on Monday that sales rose.", "Acme",
			Evidence{Source: srcLexicon, Type: Org, Detail: "entry Acme"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := recognize(t, tt.text, WithTrace(true), WithLexicon(LexiconEntry{Name: "Acme", Type: Org}))
			e := byName(ents, tt.name)
			require.NotNil(t, e, "no entity %q in %v", tt.name, names(ents))
			var found bool
			for _, ev := range e.Trace {
				found = found || ev.Source == tt.want.Source && ev.Type == tt.want.Type && ev.Detail == tt.want.Detail
			}
			assert.True(t, found, "%+v not in %+v", tt.want, e.Trace)
		})
	}
}
