package collection

import (
	"hash/maphash"
	"slices"
)

// shingle is how many words a part must share with a whole to be found:
// claims of fewer words are matched only whole, as a short quotation
// ("We are close") is printed inside too many others to mean anything.
const shingle = 4

// freqBits sizes the table that counts shingles, approximately, to find
// each claim's rarest: 2^20 four-byte counters, 4 MB while partsOf runs.
const freqBits = 20

// partsOf returns, for each folded claim text, the indexes of the longer
// ones whose words contain its words, contiguous and in order. Each claim
// of four words or more is indexed by its rarest shingle (four words in a
// row), counted over all claims; every shingle of every claim is then
// looked up, and only the claims indexed under it are compared. The work
// grows with the words of the claims times the claims that share a rare
// shingle, not with the square of the claims.
func partsOf(keys []string) [][]int {
	seed := maphash.MakeSeed()
	words := make([][]int, len(keys)) // the start of each word, then len(key)+1
	for i, k := range keys {
		words[i] = wordStarts(k)
	}
	// hash returns the hash of the shingle at word w of claim i.
	hash := func(i, w int) uint64 {
		st := words[i]
		return maphash.String(seed, keys[i][st[w]:st[w+shingle]-1])
	}
	freq := make([]uint32, 1<<freqBits)
	for i := range keys {
		for w := 0; w+shingle < len(words[i]); w++ {
			freq[hash(i, w)&(1<<freqBits-1)]++
		}
	}
	type posting struct{ claim, at int }
	index := map[uint64][]posting{}
	for i := range keys {
		best, bestN := -1, uint32(0)
		for w := 0; w+shingle < len(words[i]); w++ {
			if n := freq[hash(i, w)&(1<<freqBits-1)]; best < 0 || n < bestN {
				best, bestN = w, n
			}
		}
		if best >= 0 {
			h := hash(i, best)
			index[h] = append(index[h], posting{i, best})
		}
	}
	out := make([][]int, len(keys))
	for l := range keys {
		n := len(words[l]) - 1 // words in the whole
		for w := 0; w+shingle <= n; w++ {
			for _, p := range index[hash(l, w)] {
				start, m := w-p.at, len(words[p.claim])-1
				if p.claim == l || start < 0 || start+m > n {
					continue
				}
				seg := keys[l][words[l][start] : words[l][start+m]-1]
				if seg == keys[p.claim] && !slices.Contains(out[p.claim], l) {
					out[p.claim] = append(out[p.claim], l)
				}
			}
		}
	}
	return out
}

// wordStarts returns the byte offset of each word of a folded key, whose
// words are separated by single spaces, and then len(k)+1, where a word
// after the last would start.
func wordStarts(k string) []int {
	st := []int{0}
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			st = append(st, i+1)
		}
	}
	return append(st, len(k)+1)
}
