package eval

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// perfect turns gold answers into the output of a perfect system: one
// entity per gold entity holding its expected mentions, one claim per gold
// statement (joint copies once) with the gold speaker.
func perfect(text string, g *Gold) ([]*entity.Entity, []claim.Claim) {
	var ents []*entity.Entity
	owner := map[string]*entity.Entity{}
	ids := map[string]string{}
	for j, ge := range g.Entities {
		e := &entity.Entity{ID: fmt.Sprintf("G%d", j), Name: ge.Name, Type: entity.Type(ge.Type), Aliases: ge.Aliases}
		ids[ge.Name] = e.ID
		for _, a := range ge.Aliases {
			if owner[a] == nil {
				owner[a] = e
			}
		}
		ents = append(ents, e)
	}
	for _, s := range ExpectedMentions(text, g.BodyEnd(text), g) {
		e := owner[s.In(text)]
		e.Mentions = append(e.Mentions, entity.Mention{Span: s, Text: s.In(text), Type: e.Type})
	}
	var claims []claim.Claim
	seen := map[string]bool{}
	for _, gc := range g.Claims {
		if gc.Joint && seen[gc.Text] {
			continue
		}
		seen[gc.Text] = true
		i := strings.Index(text, gc.Text)
		c := claim.Claim{Kind: claim.Kind(gc.Kind), Text: gc.Text, Span: corpus.Span{Start: i, End: i + len(gc.Text)}}
		c.Speaker = claim.Speaker{Name: gc.SpeakerText, Text: gc.SpeakerText}
		if gc.Speaker != nil {
			c.Speaker.Name, c.Speaker.Entity = *gc.Speaker, ids[*gc.Speaker]
		}
		claims = append(claims, c)
	}
	return ents, claims
}

func TestPerfectSystemOnSeeds(t *testing.T) {
	seeds, err := LoadSeeds("../../testdata/gold", "../../testdata/seeds")
	require.NoError(t, err)
	var total Report
	for _, s := range seeds {
		ents, claims := perfect(s.Text, s.Gold)
		r := Score(s.Name, s.Text, s.Gold, ents, claims)
		total = total.Add(r)
		assert.Equal(t, r.Claims.Gold, r.Claims.Found, s.Name)
		assert.Equal(t, r.Claims.System, r.Claims.Correct, s.Name)
		assert.Equal(t, r.Claims.Found, r.Speakers, s.Name)
		assert.Equal(t, r.Claims.Found, r.KindAgree, s.Name)
		assert.Equal(t, r.Entities.Gold, r.Entities.Found, s.Name)
		assert.Equal(t, r.Entities.System, r.Entities.Correct, s.Name)
		assert.Zero(t, r.Merges+r.Splits, s.Name)
		assert.Equal(t, r.Mentions.Gold, r.Mentions.Found, s.Name)
		assert.Equal(t, r.Mentions.System, r.Mentions.Correct, s.Name)
		assert.Empty(t, r.Misses, s.Name)
	}
	t.Logf("perfect system\n%s", total)
	assert.InDelta(t, 1.0, total.Claims.F1(), 1e-9)
}

func TestPerfectSystemOnPolNeAR(t *testing.T) {
	dir := "../../../shared/corpora/polnear/dev"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("PolNeAR not found at %s", dir)
	}
	docs, err := ReadPolNeAR(dir)
	require.NoError(t, err)
	var total PolReport
	for _, d := range docs[:min(len(docs), 10)] {
		var claims []claim.Claim
		for _, a := range d.Attributions {
			// One claim per content part, tied by cue and speaker.
			for _, part := range a.Content {
				c := claim.Claim{Kind: claim.Indirect, Span: part}
				if Quoted(d.Text, a.Content) {
					c.Kind = claim.Direct
				}
				if len(a.Source) > 0 {
					c.Speaker.Span = a.Source[0]
				}
				if len(a.Cue) > 0 {
					c.CueSpan = a.Cue[len(a.Cue)-1]
				}
				claims = append(claims, c)
			}
		}
		total = total.Add(ScorePolNeAR(&d, claims))
	}
	t.Logf("gold as system\n%s", total)
	assert.InDelta(t, 1.0, total.All.Content.F1(), 0.01)
	assert.InDelta(t, 1.0, total.Direct.Content.F1(), 0.01)
	assert.InDelta(t, 1.0, total.All.Exact.F1(), 0.02)
	assert.InDelta(t, 1.0, total.All.Source.F1(), 0.01)
	assert.InDelta(t, 1.0, total.All.ContentSource.F1(), 0.01)
	assert.True(t, slices.IsSortedFunc(docs, func(a, b PolDoc) int { return strings.Compare(a.Name, b.Name) }))
}
