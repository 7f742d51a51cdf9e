package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/entity/model"
)

func TestCoNLLType(t *testing.T) {
	for typ, want := range map[entity.Type]string{entity.Person: "PER", entity.Org: "ORG",
		entity.GPE: "LOC", entity.Loc: "LOC", entity.Fac: "LOC", entity.NORP: "MISC", entity.Misc: "MISC"} {
		assert.Equal(t, want, CoNLLType(typ), typ)
	}
}

func TestRecognizeCoNLL(t *testing.T) {
	const file = "-DOCSTART- -X- -X- O\n\n" +
		"Anna NNP B-NP B-PER\nBerg NNP I-NP I-PER\narrived VBD B-VP O\nin IN B-PP O\nLyon NNP B-NP B-LOC\n. . O O\n\n" +
		"Berg NNP B-NP B-PER\nleft VBD B-VP O\nfor IN B-PP O\na DT B-NP O\nMilan-based JJ I-NP B-MISC\nbank NN I-NP O\n. . O O\n"
	docs, err := model.ReadCoNLL(strings.NewReader(file))
	require.NoError(t, err)
	require.Len(t, docs, 1)
	text, spans := CoNLLText(docs[0])
	assert.Equal(t, "Anna Berg arrived in Lyon .\nBerg left for a Milan-based bank .\n", text)
	assert.Equal(t, "Lyon", spans[0][4].In(text))
	r, err := entity.New()
	require.NoError(t, err)
	labels, err := RecognizeCoNLL(context.Background(), r, docs[0])
	require.NoError(t, err)
	assert.Equal(t, docs[0].Labels, labels)
}

// recognizerF1 is the target for the whole recognizer on CoNLL-2003 valid
// with types mapped (it scored 0.9221 when measured); the test holds it.
const recognizerF1 = 0.92

func TestRecognizerOnCoNLLValid(t *testing.T) {
	if testing.Short() {
		t.Skip("CoNLL scoring skipped in -short mode")
	}
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "corpora", "conll2003", "valid.txt"))
	if err != nil {
		t.Skip("CoNLL-2003 not available:", err)
	}
	defer f.Close()
	docs, err := model.ReadCoNLL(f)
	require.NoError(t, err)
	r, err := entity.New()
	require.NoError(t, err)
	var gold, pred [][]string
	for _, d := range docs {
		labels, err := RecognizeCoNLL(context.Background(), r, d)
		require.NoError(t, err)
		gold = append(gold, d.Labels...)
		pred = append(pred, labels...)
	}
	s := model.Score(gold, pred)
	t.Log("\n" + s.String())
	assert.GreaterOrEqual(t, s.Overall.F1, recognizerF1)
}
