package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestScore(t *testing.T) {
	tests := []struct {
		name              string
		gold, pred        [][]string
		gp, pp, correct   int
		precision, recall float64
		perTypeCorrect    map[string]int
	}{
		{
			name: "perfect",
			gold: [][]string{{"B-PER", "I-PER", "O", "B-LOC"}},
			pred: [][]string{{"B-PER", "I-PER", "O", "B-LOC"}},
			gp:   2, pp: 2, correct: 2, precision: 1, recall: 1,
			perTypeCorrect: map[string]int{"PER": 1, "LOC": 1},
		},
		{
			name: "boundary error counts twice",
			gold: [][]string{{"B-PER", "I-PER", "O"}},
			pred: [][]string{{"B-PER", "O", "O"}},
			gp:   1, pp: 1, correct: 0,
			perTypeCorrect: map[string]int{"PER": 0},
		},
		{
			name: "type error",
			gold: [][]string{{"B-ORG", "O"}, {"B-LOC"}},
			pred: [][]string{{"B-LOC", "O"}, {"B-LOC"}},
			gp:   2, pp: 2, correct: 1, precision: 0.5, recall: 0.5,
			perTypeCorrect: map[string]int{"ORG": 0, "LOC": 1},
		},
		{
			name: "I- after O starts a chunk, as in conlleval",
			gold: [][]string{{"O", "B-MISC", "I-MISC"}},
			pred: [][]string{{"O", "I-MISC", "I-MISC"}},
			gp:   1, pp: 1, correct: 1, precision: 1, recall: 1,
			perTypeCorrect: map[string]int{"MISC": 1},
		},
		{
			name: "adjacent spans of one type",
			gold: [][]string{{"B-PER", "B-PER"}},
			pred: [][]string{{"B-PER", "I-PER"}},
			gp:   2, pp: 1, correct: 0,
			perTypeCorrect: map[string]int{"PER": 0},
		},
		{name: "empty", perTypeCorrect: map[string]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Score(tt.gold, tt.pred)
			assert.Equal(t, tt.gp, s.Overall.Gold)
			assert.Equal(t, tt.pp, s.Overall.Pred)
			assert.Equal(t, tt.correct, s.Overall.Correct)
			assert.InDelta(t, tt.precision, s.Overall.Precision, 1e-9)
			assert.InDelta(t, tt.recall, s.Overall.Recall, 1e-9)
			for typ, c := range tt.perTypeCorrect {
				assert.Equal(t, c, s.ByType[typ].Correct, typ)
			}
			assert.Len(t, s.ByType, len(tt.perTypeCorrect))
		})
	}
}

func TestScoreF1(t *testing.T) {
	s := Score([][]string{{"B-PER", "O", "B-LOC", "O"}}, [][]string{{"B-PER", "O", "O", "B-ORG"}})
	assert.InDelta(t, 0.5, s.Overall.Precision, 1e-9)
	assert.InDelta(t, 0.5, s.Overall.Recall, 1e-9)
	assert.InDelta(t, 0.5, s.Overall.F1, 1e-9)
	assert.Contains(t, s.String(), "overall")
}
