package corpus

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/internal/ctxpoll"
	"github.com/sayso/sayso/internal/postag"
)

// TestTagsSameAsProse lays texts out as Parse does and tags every sentence
// with both the tagger Parse uses and prose's own, and requires the same
// tag on every token: postag replaced prose's tagger for speed alone. The
// PolNeAR and GGT development texts are read from the shared corpora beside
// the repository; those sets are skipped when the corpora are missing.
func TestTagsSameAsProse(t *testing.T) {
	m, err := models()
	require.NoError(t, err)
	require.IsType(t, &postag.Tagger{}, m.tag, "Parse tags with postag")
	p, err := tag.New()
	require.NoError(t, err)
	for _, set := range []struct {
		name, glob string
	}{
		{"seeds", "../testdata/seeds/*.txt"},
		{"polnear-dev", "../../shared/corpora/polnear/dev/text/*.txt"},
		{"ggt-dev", "../../shared/corpora/ggt/dev/*.txt"},
	} {
		t.Run(set.name, func(t *testing.T) {
			paths, err := filepath.Glob(set.glob)
			require.NoError(t, err)
			if len(paths) == 0 {
				t.Skipf("no %s", set.glob)
			}
			if set.name != "seeds" && testing.Short() {
				t.Skip("short")
			}
			both := &bothTaggers{t: t, ours: m.tag, prose: p}
			withBoth := *m
			withBoth.tag = both
			for _, path := range paths {
				b, err := os.ReadFile(path)
				require.NoError(t, err)
				both.path = path
				layOut(&withBoth, string(b))
			}
			t.Logf("%d files, %d tokens, every one tagged as prose tags it", len(paths), both.tokens)
		})
	}
}

// bothTaggers tags each sentence with ours and checks that prose gives the
// same tags.
type bothTaggers struct {
	t           *testing.T
	ours, prose tokenTagger
	path        string
	tokens      int
}

func (b *bothTaggers) TagTokens(sent []token.Token) {
	want := slices.Clone(sent)
	b.prose.TagTokens(want)
	b.ours.TagTokens(sent)
	for i := range sent {
		if !assert.Equal(b.t, want[i].Tag, sent[i].Tag, "%s: %q at %d", b.path, sent[i].Text, sent[i].Start) {
			b.t.FailNow()
		}
	}
	b.tokens += len(sent)
}

// layOut lays text out in paragraphs, sentences and tokens as Parse does,
// tagging with m.
func layOut(m *proseModels, text string) *Document {
	d := &Document{Text: text}
	poll := ctxpoll.New(context.Background())
	var buf parseBuffers
	for pi, p := range SplitParagraphs(text) {
		d.addSentences(m, pi, p, &buf, poll)
	}
	return d
}
