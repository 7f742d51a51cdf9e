package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/entity"
)

// newsRoot lays out a shared data root: gold-news beside the two corpora.
func newsRoot(t *testing.T, golds map[string]string) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"corpora/polnear/dev/text/p.txt": "Jim Baker spoke in Ohio.",
		"corpora/ggt/dev/g.txt":          "Ann Lee spoke in Kamloops. Photo: Bob Roe",
	}
	for name, body := range golds {
		files["gold-news/"+name] = body
	}
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	return filepath.Join(root, "gold-news")
}

func TestLoadGoldNews(t *testing.T) {
	dir := newsRoot(t, map[string]string{
		"a.json": `{"doc": "p.txt", "source": "polnear-dev", "entities": [
			{"name": "Jim Baker", "type": "PERSON", "aliases": ["Jim Baker"]}], "claims": []}`,
		"b.json": `{"doc": "g.txt", "source": "ggt-dev", "entities": [
			{"name": "Ann Lee", "type": "PERSON", "aliases": ["Ann Lee"]},
			{"name": "Bob Roe", "type": "PERSON", "aliases": ["Bob Roe"], "where": "credit"}], "claims": []}`,
	})
	seeds, err := LoadGoldNews(dir)
	require.NoError(t, err)
	require.Len(t, seeds, 2)
	assert.Equal(t, "p", seeds[0].Name)
	assert.Equal(t, "Jim Baker spoke in Ohio.", seeds[0].Text)
	assert.Equal(t, "ggt-dev", seeds[1].Gold.Source)
	assert.Contains(t, seeds[1].Text, "Kamloops")
	require.Len(t, seeds[1].Gold.Entities, 2)
	assert.False(t, seeds[1].Gold.Entities[0].Credit())
	assert.True(t, seeds[1].Gold.Entities[1].Credit())

	tests := []struct{ name, gold string }{
		{"unknown source", `{"doc": "p.txt", "source": "elsewhere", "entities": []}`},
		{"no source", `{"doc": "p.txt", "entities": []}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadGoldNews(newsRoot(t, map[string]string{"a.json": tt.gold}))
			assert.ErrorIs(t, err, ErrBadGold)
		})
	}
	_, err = LoadGoldNews(newsRoot(t, map[string]string{"a.json": `{"doc": "none.txt", "source": "ggt-dev"}`}))
	assert.ErrorIs(t, err, os.ErrNotExist, "missing text")
	_, err = LoadGoldNews(newsRoot(t, nil))
	assert.ErrorIs(t, err, ErrBadGold, "no gold files")
}

func TestScoreEntitiesCountsNoClaims(t *testing.T) {
	text := "Jim Baker spoke in Ohio."
	g := &Gold{Doc: "p.txt", Entities: []GoldEntity{{Name: "Jim Baker", Type: "PERSON", Aliases: []string{"Jim Baker"}}}}
	ents := []*entity.Entity{{ID: "E1", Name: "Jim Baker", Type: entity.Person, Aliases: []string{"Jim Baker"},
		Mentions: ment(t, text, "Jim Baker")}}
	r := ScoreEntities("p", text, g, ents)
	assert.Equal(t, Tally{}, r.Claims)
	assert.Equal(t, Tally{System: 1, Correct: 1, Gold: 1, Found: 1}, r.Entities)
	assert.Equal(t, Tally{System: 1, Correct: 1, Gold: 1, Found: 1}, r.Mentions)
	assert.Empty(t, r.Misses)
}
