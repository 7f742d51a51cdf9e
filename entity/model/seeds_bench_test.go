package model

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sayso/sayso/corpus"
	"github.com/stretchr/testify/require"
)

// seedSentences returns the seed articles as the entity recognizer gives
// them to the model: sentences of normalized tokens with their POS tags.
func seedSentences(tb testing.TB) ([][]Sentence, int, int) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	require.NoError(tb, err)
	return sentencesOf(tb, paths)
}

// sentencesOf returns the articles of the text files paths as the entity
// recognizer gives them to the model, and their numbers of tokens and
// bytes.
func sentencesOf(tb testing.TB, paths []string) ([][]Sentence, int, int) {
	var docs [][]Sentence
	ntok, nbytes := 0, 0
	for _, p := range paths {
		a, err := corpus.ReadFile(p)
		require.NoError(tb, err)
		doc, err := corpus.Parse(context.Background(), a)
		require.NoError(tb, err)
		var sents []Sentence
		for i := range doc.Sentences {
			var s Sentence
			for _, t := range doc.SentenceTokens(i) {
				s = append(s, Token{Text: t.Norm, POS: t.Tag})
				nbytes += len(t.Norm) + 1
			}
			ntok += len(s)
			sents = append(sents, s)
		}
		docs = append(docs, sents)
	}
	return docs, ntok, nbytes
}

// BenchmarkPredictSeeds tags the seed articles, long news stories whose
// names recur, which exercise the document features more than CoNLL's.
func BenchmarkPredictSeeds(b *testing.B) {
	m, err := Default()
	require.NoError(b, err)
	docs, ntok, nbytes := seedSentences(b)
	if ntok == 0 {
		b.Skip("no seed articles")
	}
	benchPredict(b, m, docs, ntok, nbytes)
}

// polnearDir holds the PolNeAR dev texts beside the repository, which the
// whole pipeline's speed is measured on (see extract's
// BenchmarkVersusProse).
var polnearDir = filepath.Join("..", "..", "..", "shared", "corpora", "polnear", "dev", "text")

// BenchmarkPredictPolNEAR tags the PolNeAR dev articles (78k tokens) as
// the pipeline gives them to the model: more text than the tables' share
// of the core's caches, as in the pipeline.
func BenchmarkPredictPolNEAR(b *testing.B) {
	m, err := Default()
	require.NoError(b, err)
	paths, err := filepath.Glob(filepath.Join(polnearDir, "*.txt"))
	require.NoError(b, err)
	if len(paths) == 0 {
		b.Skipf("PolNeAR dev texts not found under %s", polnearDir)
	}
	docs, ntok, nbytes := sentencesOf(b, paths)
	benchPredict(b, m, docs, ntok, nbytes)
}
