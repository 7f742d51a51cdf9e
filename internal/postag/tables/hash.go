package tables

import "math/bits"

// The constants of hash, wyhash's: odd, with bits spread evenly.
const (
	h0 = 0xa0761d6478bd642f
	h1 = 0xe7037ed1a0b428db
	h2 = 0x8ebc6af09c88c6e3
)

// hash returns a 64-bit hash of s, eight bytes at a time. It is fixed,
// unlike hash/maphash's, because the tables it places keys in are made once
// and stored. Input chosen to collide can only make a missing key's probe
// run to the end of a cluster, and the clusters are fixed by the stored
// keys.
func hash[T string | []byte](s T) uint64 {
	h := uint64(len(s)) ^ h0
	for len(s) >= 8 {
		h = mix(h^h1, le64(s)^h2)
		s = s[8:]
	}
	var tail uint64
	for i := len(s) - 1; i >= 0; i-- {
		tail = tail<<8 | uint64(s[i])
	}
	return mix(h^h2, tail^h1)
}

// mix multiplies a and b and folds the 128-bit product.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// le64 reads the first eight bytes of s, little-endian.
func le64[T string | []byte](s T) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
