package gazetteer

import (
	"cmp"
	"encoding/binary"
	"errors"
	"maps"
	"slices"
	"strings"
)

// An index is a Gazetteer's lexicon frozen into one string, read where it
// lies: Default's is embedded in the binary (data/index.bin), so that a
// process looks words up without parsing or copying the lists, and New
// and With freeze theirs. Its layout:
//
//	magic    "SAYSOGAZ\x01"
//	singles  uint32, the number of words that are phrases by themselves
//	palette  uint32 count, then count kinds of three uint32 (any, capital,
//	         caps): the distinct classes of words and phrases, the empty
//	         set first
//	words    table (see table.go): normalized word -> the length of the
//	         longest phrase starting with the word (a byte) and its
//	         palette index (uvarint)
//	phrases  table: the word ids of a phrase of 2 or more words (uint32
//	         each) -> palette index (uvarint)
//	demonyms table: normalized demonym phrase -> country
//	countries table: normalized country name -> its usual name
//
// A word's id is the offset of its entry in the words table. All integers
// are little-endian.
type index struct {
	singles   int
	palette   string
	words     table
	phrases   table
	demonyms  table
	countries table
}

const indexMagic = "SAYSOGAZ\x01"

// errIndex reports an index that cannot be read.
var errIndex = errors.New("gazetteer: bad index")

// readIndex reads an index written by freeze.
func readIndex(s string) (index, error) {
	var ix index
	rest, ok := strings.CutPrefix(s, indexMagic)
	if !ok || len(rest) < 8 {
		return ix, errIndex
	}
	ix.singles = int(le32(rest, 0))
	np := int(le32(rest, 4))
	if len(rest) < 8+12*np || np == 0 {
		return ix, errIndex
	}
	ix.palette, rest = rest[8:8+12*np], rest[8+12*np:]
	for _, t := range []*table{&ix.words, &ix.phrases, &ix.demonyms, &ix.countries} {
		if *t, rest, ok = readTable(rest); !ok {
			return ix, errIndex
		}
	}
	if rest != "" {
		return ix, errIndex
	}
	return ix, nil
}

// kinds returns the classes of palette entry i.
func (ix *index) kinds(i int) kinds {
	return kinds{any: Kind(le32(ix.palette, 12*i)), capital: Kind(le32(ix.palette, 12*i+4)), caps: Kind(le32(ix.palette, 12*i+8))}
}

// word returns the Word of a normalized word, written in lower case; the
// zero Word if it is unknown.
func (ix *index) word(key []byte) Word {
	at := find(&ix.words, key)
	if at == 0 {
		return Word{}
	}
	v := ix.words.value(at)
	p, _ := uvarint(v, 1)
	return Word{id: at, info: uint32(p)<<paletteShift | uint32(v[0])<<maxLenShift}
}

// phrase returns the palette index of the classes of the phrase of two or
// more words ids.
func (ix *index) phrase(ids []uint32) uint32 {
	var buf [4 * maxWords]byte
	key := buf[:0]
	for _, id := range ids {
		key = binary.LittleEndian.AppendUint32(key, id)
	}
	at := find(&ix.phrases, key)
	if at == 0 {
		return 0 // the empty set
	}
	p, _ := uvarint(ix.phrases.value(at), 0)
	return uint32(p)
}

// lookup returns the value of key in a table of strings.
func lookup[K string | []byte](t *table, key K) (string, bool) {
	at := find(t, key)
	if at == 0 {
		return "", false
	}
	return t.value(at), true
}

// freeze writes the index of b's entries. The same entries give the same
// bytes, whatever order they were added in.
func (b *builder) freeze() string {
	palette := map[kinds]int{{}: 0}
	for _, in := range b.info[1:] {
		palette[in.single] = 0
	}
	for _, ks := range b.phrases {
		palette[ks] = 0
	}
	order := slices.SortedFunc(maps.Keys(palette), func(a, b kinds) int {
		return cmp.Or(cmp.Compare(a.any, b.any), cmp.Compare(a.capital, b.capital), cmp.Compare(a.caps, b.caps))
	})
	if len(order) > maxPalette {
		panic("gazetteer: too many distinct sets of classes")
	}
	buf := []byte(indexMagic)
	singles := 0
	for _, in := range b.info[1:] {
		if in.single != (kinds{}) {
			singles++
		}
	}
	buf = binary.LittleEndian.AppendUint32(buf, uint32(singles))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(len(order)))
	for i, ks := range order {
		palette[ks] = i
		for _, k := range [3]Kind{ks.any, ks.capital, ks.caps} {
			buf = binary.LittleEndian.AppendUint32(buf, uint32(k))
		}
	}
	words := make([]tableEntry, 0, len(b.words)-1)
	for id, w := range b.words[1:] {
		in := b.info[id+1]
		v := binary.AppendUvarint([]byte{in.maxLen}, uint64(palette[in.single]))
		words = append(words, tableEntry{w, string(v)})
	}
	buf, offsets := appendTable(buf, words)
	phrases := make([]tableEntry, 0, len(b.phrases))
	for pk, ks := range b.phrases {
		key := make([]byte, 0, 4*pk.n)
		for _, id := range pk.ids[:pk.n] {
			key = binary.LittleEndian.AppendUint32(key, offsets[id-1])
		}
		v := binary.AppendUvarint(nil, uint64(palette[ks]))
		phrases = append(phrases, tableEntry{string(key), string(v)})
	}
	buf, _ = appendTable(buf, phrases)
	for _, m := range []map[string]string{b.demonyms, b.countries} {
		entries := make([]tableEntry, 0, len(m))
		for k, v := range m {
			entries = append(entries, tableEntry{k, v})
		}
		buf, _ = appendTable(buf, entries)
	}
	return string(buf)
}

// thaw returns a builder holding the entries of ix, for With to add to.
func (ix *index) thaw() *builder {
	b := newBuilder()
	ids := map[uint32]uint32{} // word offset in ix -> id in b
	for at, e := range ix.words.all {
		id := b.word(e.key)
		ids[at] = id
		p, _ := uvarint(e.value, 1)
		b.info[id] = wordInfo{single: ix.kinds(p), maxLen: e.value[0]}
	}
	for _, e := range ix.phrases.all {
		pk := phraseKey{n: uint8(len(e.key) / 4)}
		for i := range pk.n {
			pk.ids[i] = ids[le32(e.key, 4*int(i))]
		}
		p, _ := uvarint(e.value, 0)
		b.phrases[pk] = ix.kinds(p)
	}
	for _, t := range []struct {
		from *table
		to   map[string]string
	}{{&ix.demonyms, b.demonyms}, {&ix.countries, b.countries}} {
		for _, e := range t.from.all {
			t.to[e.key] = e.value
		}
	}
	return b
}
