package claim_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// checkClaims asserts the offset invariants of every claim.
func checkClaims(t *testing.T, text string, cs []claim.Claim) {
	t.Helper()
	for _, c := range cs {
		require.True(t, c.Start >= 0 && c.Start <= c.End && c.End <= len(text), "span %v", c.Span)
		assert.Equal(t, c.Text, text[c.Start:c.End])
		assert.NotEmpty(t, c.Text)
		assert.Equal(t, c.Cue, c.CueSpan.In(text))
		assert.Equal(t, c.Speaker.Text, c.Speaker.Span.In(text))
		assert.True(t, c.Confidence >= 0 && c.Confidence <= 1)
		assert.NotEmpty(t, c.Rule)
	}
}

// wordEntity makes a person entity of every occurrence of a capitalized
// word, so that fuzzing exercises speaker resolution without a model.
func wordEntities(doc *corpus.Document) []*entity.Entity {
	var ents []*entity.Entity
	byName := map[string]*entity.Entity{}
	for _, tk := range doc.Tokens {
		if tk.Tag != "NNP" {
			continue
		}
		e := byName[tk.Text]
		if e == nil {
			e = &entity.Entity{ID: "E" + tk.Text, Name: tk.Text, Type: entity.Person}
			byName[tk.Text] = e
			ents = append(ents, e)
		}
		e.Mentions = append(e.Mentions, entity.Mention{Span: tk.Span, Text: tk.Text, Type: entity.Person})
	}
	return ents
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“We are close,” Lopez said.",
		"Costa said: “A.”\n\n“B,” he said, “C.",
		"X said of it:\n\nWords here.\n\nMore.",
		"According to , .",
		"\"\"\"“”‘’,,, said said told that that",
		"Brandt: Germany will act\n\n“Fine,” said the minister, the spokesman, .",
		"\xff\xfe“broken\x00 said",
		"",
	} {
		f.Add(s)
	}
	x, err := claim.New(claim.WithUnattributed(true))
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := corpus.Parse(context.Background(), &corpus.Article{Text: text})
		if err != nil {
			return
		}
		cs, err := x.Extract(context.Background(), doc, wordEntities(doc))
		require.NoError(t, err)
		checkClaims(t, text, cs)
	})
}

func TestClaimJSONRoundTrip(t *testing.T) {
	c := claim.Claim{Kind: claim.Direct, Act: claim.Statement, Text: "We are close", Span: corpus.Span{Start: 500, End: 512},
		Cue: "said", CueSpan: corpus.Span{Start: 515, End: 519},
		Speaker:    claim.Speaker{Entity: "E1", Name: "Maria Lopez", Text: "Lopez", Span: corpus.Span{Start: 509, End: 514}},
		Others:     []claim.Speaker{{Entity: "E2", Name: "Ana Costa", Text: "Costa", Span: corpus.Span{Start: 1, End: 7}}},
		Confidence: 0.93, Rule: claim.RuleQuoteCueName}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"direct","act":"statement","text":"We are close","start":500,"end":512,"cue":"said","cue_start":515,"cue_end":519,
		"speaker":{"entity":"E1","name":"Maria Lopez","text":"Lopez","start":509,"end":514},
		"others":[{"entity":"E2","name":"Ana Costa","text":"Costa","start":1,"end":7}],
		"confidence":0.93,"rule":"quote-cue-name"}`, string(b))
	var back claim.Claim
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, c, back)
}

func TestExtractEdgeCases(t *testing.T) {
	x, err := claim.New()
	require.NoError(t, err)
	got, err := x.Extract(context.Background(), nil, nil)
	require.NoError(t, err)
	assert.Empty(t, got)
	ctx, cancel := context.WithCancel(context.Background())
	doc, err := corpus.Parse(context.Background(), &corpus.Article{Text: "“A fine day for all of us,” Smith said."})
	require.NoError(t, err)
	cancel()
	_, err = x.Extract(ctx, doc, nil)
	require.ErrorIs(t, err, context.Canceled)
	_, err = claim.New(claim.WithMinConfidence(2))
	require.ErrorIs(t, err, claim.ErrOption)
}
