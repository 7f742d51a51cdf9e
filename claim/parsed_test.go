package claim_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// parsed lays out text and recognizes its entities, as the pipeline does
// before claim extraction.
func parsed(t *testing.T, rec *entity.Recognizer, name, text string) (*corpus.Document, []*entity.Entity) {
	t.Helper()
	doc, err := corpus.Parse(context.Background(), &corpus.Article{ID: name, Text: text})
	require.NoError(t, err)
	ents, err := rec.Recognize(context.Background(), doc)
	require.NoError(t, err)
	return doc, ents
}

// extractText runs x on text as the pipeline would.
func extractText(t *testing.T, rec *entity.Recognizer, x *claim.Extractor, name, text string) (*corpus.Document, []claim.Claim) {
	t.Helper()
	doc, ents := parsed(t, rec, name, text)
	got, err := x.Extract(context.Background(), doc, ents)
	require.NoError(t, err)
	return doc, got
}
