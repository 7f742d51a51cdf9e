package model

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSortKeysLikeSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 5, 255, 256, 257, 1000, 5000} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			keys := make([]uint64, n)
			words := make([]uint64, 1+n/4)
			for i := range words {
				words[i] = rng.Uint64()
			}
			for i := range keys {
				// Repeated words, as in a document.
				keys[i] = words[rng.IntN(len(words))]&^(1<<idxBits-1) | uint64(i)
			}
			want := slices.Clone(keys)
			slices.Sort(want)
			sortKeys(keys, make([]uint64, n))
			assert.Equal(t, want, keys)
		})
	}
}
