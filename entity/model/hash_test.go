package model

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHashForms(t *testing.T) {
	for _, w := range []string{"Okafor", "U.S.", "ÉCOLE", "straße", "İstanbul", "\xff\xfeA", "", "x1-Y2", "日本"} {
		var in wordInfo
		scanWord(w, &in)
		assert.Equal(t, hashLower(w), in.lower, w)
		if strings.ToValidUTF8(w, "") == w && w != "İstanbul" {
			assert.Equal(t, hashString(strings.ToLower(w)), in.lower, w)
		}
	}
	var a, b wordInfo
	scanWord("Xxxx", &a)
	scanWord("Okafor", &b)
	assert.Equal(t, a.short, b.short)
	assert.NotEqual(t, a.shape, b.shape)
	assert.True(t, b.upperFirst && b.hasLower && b.hasLetter)
	assert.Equal(t, hashTitle("BRUSSELS"), hashString("Brussels"))
}
