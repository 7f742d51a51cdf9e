package model_test

import (
	"fmt"
	"strings"

	"github.com/sayso/sayso/entity/model"
)

func ExampleReadCoNLL() {
	const data = "-DOCSTART- -X- -X- O\n\nAnna NNP B-NP I-PER\nKowalczyk NNP I-NP I-PER\nsaid VBD B-VP O\n"
	docs, err := model.ReadCoNLL(strings.NewReader(data))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(docs), docs[0].Sentences[0][0].Text, docs[0].Labels[0])
	// Output: 1 Anna [B-PER I-PER O]
}

func ExampleScore() {
	gold := [][]string{{"B-PER", "I-PER", "O", "B-LOC"}}
	pred := [][]string{{"B-PER", "I-PER", "O", "B-ORG"}}
	s := model.Score(gold, pred)
	fmt.Printf("P %.2f R %.2f F1 %.2f, PER F1 %.2f\n", s.Overall.Precision, s.Overall.Recall, s.Overall.F1, s.ByType["PER"].F1)
	// Output: P 0.50 R 0.50 F1 0.50, PER F1 1.00
}
