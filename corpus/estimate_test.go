package corpus

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEstimateTokens checks that the estimate covers the tokens of news
// text, so that they are allocated once, and stays within a token for
// every three bytes of junk.
func TestEstimateTokens(t *testing.T) {
	for _, text := range []string{
		"“We will not back down,” Ana Ruiz, the mayor, said on Friday.",
		"Dale Finch (D-Ore.) said the U.S.-backed plan, worth $5.2 billion, wasn't enough.",
		"Shares fell 3.5% to $12.40; the index rose 0.2%.",
	} {
		d, err := Parse(t.Context(), &Article{ID: "a", Text: text})
		if assert.NoError(t, err) {
			assert.GreaterOrEqual(t, estimateTokens(text), len(d.Tokens), text)
		}
	}
	for _, junk := range []string{strings.Repeat("x.x.x.x.x ", 1000), strings.Repeat("!", 9000), strings.Repeat("a ", 4500)} {
		assert.LessOrEqual(t, estimateTokens(junk), len(junk)/3+16)
	}
}

// TestEstimateSentences checks that the estimate covers the sentences of
// invented and seed articles, so that they are allocated once.
func TestEstimateSentences(t *testing.T) {
	texts := []string{
		"“We will not back down,” Ana Ruiz, the mayor, said on Friday. Dale Finch (D-Ore.) agreed.\nGov. Brown spoke at 5 p.m. in the U.S. Capitol! Why? Nobody knows.",
		"Headline without a stop\n\nA line. And another one? Yes!",
	}
	texts = append(texts, tokenTexts(t)[5:]...)
	for _, text := range texts {
		d, err := Parse(t.Context(), &Article{ID: "a", Text: text})
		if err != nil {
			continue // a blank paragraph
		}
		assert.GreaterOrEqual(t, estimateSentences(text, SplitParagraphs(text)), len(d.Sentences), "%.80q", text)
	}
}
