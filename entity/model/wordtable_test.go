package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWordTable(t *testing.T) {
	var empty wordTable
	_, ok := empty.get(7)
	assert.False(t, ok)
	tab := newWordTable(100)
	for i := range 100 {
		tab.set(uint64(i)*1024, int32(i)) // all collide in the low bits
	}
	tab.set(0, 5)
	assert.Equal(t, 100, tab.n)
	for i := 1; i < 100; i++ {
		v, ok := tab.get(uint64(i) * 1024)
		assert.True(t, ok)
		assert.Equal(t, int32(i), v)
	}
	v, _ := tab.get(0)
	assert.Equal(t, int32(5), v)
	_, ok = tab.get(3)
	assert.False(t, ok)
}
