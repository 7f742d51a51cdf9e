package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// TestTagsSameAsProse parses texts with Parse, which tags with postag, and
// lays them out again tagging with prose's own tagger, and requires the same
// tag on every token: postag replaced prose's tagger for speed alone. The
// PolNeAR and GGT development texts are read from the shared corpora beside
// the repository; those sets are skipped when the corpora are missing.
func TestTagsSameAsProse(t *testing.T) {
	m, err := models()
	require.NoError(t, err)
	p, err := tag.New()
	require.NoError(t, err)
	withProse := *m
	withProse.tag = p
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
			tokens := 0
			for _, path := range paths {
				b, err := os.ReadFile(path)
				require.NoError(t, err)
				d, err := Parse(context.Background(), &Article{ID: path, Text: string(b)})
				if err != nil {
					continue // no text
				}
				want := layOut(&withProse, string(b))
				require.Len(t, d.Tokens, len(want.Tokens), path)
				for i, tok := range d.Tokens {
					w := want.Tokens[i]
					if !assert.Equal(t, [2]any{w.Span, w.Tag}, [2]any{tok.Span, tok.Tag}, "%s: token %d %q", path, i, tok.Text) {
						return
					}
				}
				tokens += len(d.Tokens)
			}
			t.Logf("%d files, %d tokens, every one tagged as prose tags it", len(paths), tokens)
		})
	}
}

// layOut lays text out in paragraphs, sentences and tokens as Parse does,
// tagging with m.
func layOut(m *proseModels, text string) *Document {
	d := &Document{Text: text}
	poll := ctxpoll.New(context.Background())
	for pi, p := range SplitParagraphs(text) {
		d.addSentences(m, pi, p, poll)
	}
	return d
}
