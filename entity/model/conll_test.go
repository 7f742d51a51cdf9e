package model

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadCoNLL(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		docs      int
		sentences []int
		labels    [][]string
		pos       string
	}{
		{
			name:      "conll2003 four columns, IOB2, docstart",
			in:        "-DOCSTART- -X- -X- O\n\nUN NNP B-NP B-ORG\nwarns VBZ B-VP O\n\nAnna NNP B-NP B-PER\nKowalczyk NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nRome NNP B-NP B-LOC\n",
			docs:      2,
			sentences: []int{2, 1},
			labels:    [][]string{{"B-ORG", "O"}, {"B-PER", "I-PER"}, {"B-LOC"}},
			pos:       "NNP",
		},
		{
			name:      "IOB1 two columns, no docstart",
			in:        "010 I-MISC\nis O\nthe O\n\nNew I-LOC\nYork I-LOC\nLondon B-LOC\n",
			docs:      1,
			sentences: []int{2},
			labels:    [][]string{{"B-MISC", "O", "O"}, {"B-LOC", "I-LOC", "B-LOC"}},
		},
		{
			name:      "tabs, CRLF and trailing blank lines",
			in:        "Okafor\tB-PER\r\nsaid\tO\r\n\r\n\r\n",
			docs:      1,
			sentences: []int{1},
			labels:    [][]string{{"B-PER", "O"}},
		},
		{name: "empty", in: "", docs: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := ReadCoNLL(strings.NewReader(tt.in))
			require.NoError(t, err)
			require.Len(t, docs, tt.docs)
			var labels [][]string
			for i, d := range docs {
				assert.Len(t, d.Sentences, tt.sentences[i])
				labels = append(labels, d.Labels...)
			}
			assert.Equal(t, tt.labels, labels)
			if tt.pos != "" {
				assert.Equal(t, tt.pos, docs[0].Sentences[0][0].POS)
			}
		})
	}
}

func TestReadCoNLLMalformed(t *testing.T) {
	_, err := ReadCoNLL(strings.NewReader("lonely\n"))
	require.ErrorIs(t, err, ErrFormat)
}

func TestToIOB2(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"I-PER", "I-PER", "O", "I-LOC"}, []string{"B-PER", "I-PER", "O", "B-LOC"}},
		{[]string{"I-PER", "B-PER", "I-PER"}, []string{"B-PER", "B-PER", "I-PER"}},
		{[]string{"I-ORG", "I-LOC"}, []string{"B-ORG", "B-LOC"}},
		{[]string{"B-ORG", "I-ORG", "O"}, []string{"B-ORG", "I-ORG", "O"}},
		{nil, []string{}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ToIOB2(tt.in), "%v", tt.in)
	}
}

func TestToBILOU(t *testing.T) {
	got := toBILOU([]string{"B-ORG", "O", "B-PER", "I-PER", "I-PER", "B-PER", "B-LOC", "I-LOC", "B-XYZ"}, nil)
	want := []uint8{
		labelOf(bilouU, 1), 0,
		labelOf(bilouB, 0), labelOf(bilouI, 0), labelOf(bilouL, 0),
		labelOf(bilouU, 0), labelOf(bilouB, 2), labelOf(bilouL, 2), 0,
	}
	assert.Equal(t, want, got)
}
