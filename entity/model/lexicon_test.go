package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLexicon(t *testing.T) {
	doc := []Sentence{
		tagged("Anna", "Kowalczyk", "said", "The", "Times", "ran", "it", "."),
		tagged("THE", "TIMES", "Fell", "."),
	}
	gold := toBILOU([]string{"B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "O", "O"}, nil)
	gold = toBILOU([]string{"B-ORG", "I-ORG", "O", "O"}, gold)
	lex := map[string]uint16{}
	lexiconWords(lex, doc, gold)
	per, org := 0, 1
	assert.Equal(t, map[string]uint16{
		"Anna":      1 << (2 * per),
		"Kowalczyk": 2 << (2 * per),
		"The":       1 << (2 * org),
		"Times":     2 << (2 * org),
		"Fell":      lexOther, // capitalized outside entities, not first
	}, lex, "all-caps words are left out")

	m := newModel(12, FeatAll, wordList{})
	m.setLexicon(listOf(lex))
	tests := []struct {
		word string
		caps bool
		want uint16
	}{
		{"Anna", false, 1},
		{"anna", false, 0},
		{"ANNA", true, 1}, // headlines are looked up in title case
		{"Unknown", false, 0},
	}
	for _, tt := range tests {
		dw := docWord{wordInfo: wordInfo{word: hashString(tt.word)}, text: tt.word}
		m.resolve(&dw, nil, m.words())
		in := tokInfo{wordInfo: dw.wordInfo, capsSent: tt.caps, title: hashTitle(tt.word)}
		assert.Equal(t, tt.want, m.lex.bits(&in), tt.word)
	}
}
