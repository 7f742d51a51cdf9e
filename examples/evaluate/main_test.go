package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/sayso/sayso/entity/model"
)

func TestWriteScoresAligns(t *testing.T) {
	s := model.Score(
		[][]string{{"B-PER", "I-PER", "O", "B-LOC"}, {"B-ORG", "O", "B-MISC"}},
		[][]string{{"B-PER", "I-PER", "O", "B-ORG"}, {"B-ORG", "O", "O"}},
	)
	var b strings.Builder
	writeScores(&b, "title", s)
	want := "title\n" +
		"  type     P       R       F1      gold  pred  correct\n" +
		"  LOC      0.0000  0.0000  0.0000  1     0     0\n" +
		"  MISC     0.0000  0.0000  0.0000  1     0     0\n" +
		"  ORG      0.5000  1.0000  0.6667  1     2     1\n" +
		"  PER      1.0000  1.0000  1.0000  1     1     1\n" +
		"  overall  0.6667  0.5000  0.5714  4     3     2\n" +
		"\n"
	assert.Equal(t, want, b.String())
}
