package tables

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTableFindsWhatWasAdded(t *testing.T) {
	const n = 1000
	tab := NewTable(n)
	for i := range n {
		require.NoError(t, tab.Add(fmt.Appendf(nil, "key %d", i), fmt.Appendf(nil, "payload %d", i)))
	}
	require.NoError(t, tab.Add([]byte{}, []byte("empty key")))
	assert.Equal(t, n+1, tab.Len())
	for i := range n {
		key := fmt.Sprintf("key %d", i)
		assert.Equal(t, fmt.Sprintf("payload %d", i), string(tab.Find([]byte(key))))
		assert.Equal(t, fmt.Sprintf("payload %d", i), string(tab.FindString(key)))
	}
	assert.Equal(t, "empty key", string(tab.FindString("")))
	for _, miss := range []string{"key", "key -1", "key 1000", "key 1 ", "KEY 1", "key 10000000000000000"} {
		assert.Nil(t, tab.Find([]byte(miss)), miss)
		assert.Nil(t, tab.FindString(miss), miss)
	}
}

func TestTableEmptyPayloadIsFound(t *testing.T) {
	tab := NewTable(1)
	require.NoError(t, tab.Add([]byte("k"), nil))
	assert.NotNil(t, tab.FindString("k"))
	assert.Empty(t, tab.FindString("k"))
}

func TestTableRefusesTwiceAndTooMany(t *testing.T) {
	tab := NewTable(2)
	require.NoError(t, tab.Add([]byte("a"), nil))
	assert.Error(t, tab.Add([]byte("a"), nil))
	require.NoError(t, tab.Add([]byte("b"), nil))
	var err error
	for i := 0; err == nil && i < 10; i++ {
		err = tab.Add(fmt.Appendf(nil, "c%d", i), nil)
	}
	assert.Error(t, err, "a table must keep empty slots")
	assert.Nil(t, tab.FindString("missing"))
}

func TestTablePayloadIsCapped(t *testing.T) {
	tab := NewTable(2)
	require.NoError(t, tab.Add([]byte("a"), []byte("xy")))
	require.NoError(t, tab.Add([]byte("b"), []byte("zw")))
	p := tab.FindString("a")
	_ = append(p, '!')
	assert.Equal(t, "zw", string(tab.FindString("b")))
}

func TestTableAt(t *testing.T) {
	tab := NewTable(2)
	require.NoError(t, tab.Add([]byte("a"), []byte("xy")))
	assert.Nil(t, tab.At(0))
	assert.Zero(t, findRec(tab, "b"))
	assert.Equal(t, "xy", string(tab.At(findRec(tab, "a"))))
}

func TestHashStringAndBytesAgree(t *testing.T) {
	for _, s := range []string{"", "a", "1234567", "12345678", "123456789", "i-1 tag+i word NN the", "\xff\x00"} {
		assert.Equal(t, hash(s), hash([]byte(s)), s)
	}
	assert.NotEqual(t, hash("a"), hash("b"))
	assert.NotEqual(t, hash(""), hash("\x00"))
	assert.NotEqual(t, hash("12345678"), hash("12345678\x00"))
}

func TestEntryParts(t *testing.T) {
	pair := func(class, w byte) []byte { return []byte{class, 0, 0, w, 0x3f} }
	p := []byte{3, 0x10, 0x20, 0, 0}
	for _, end := range []int{26, 26, 36, 36, 36, 41, 41, 41} { // after 1, 0, 2, 0, 0 and 1, 0, 0 pairs
		p = append(p, byte(end), 0)
	}
	p = append(p, pair(7, 0x80)...)                     // word part 0
	p = append(append(p, pair(3, 0)...), pair(4, 0)...) // word part 2
	p = append(p, pair(5, 0)...)                        // suffix part 0
	p = append(p, 2, 9, 46, 1, 2)                       // tags 9 and 46
	p = append(append(append(p, pair(1, 0)...), pair(2, 0)...), pair(3, 0)...)
	e := Entry(p)
	assert.Equal(t, 3, e.Class())
	assert.Equal(t, uint32(0x2010), e.SuffixRec())
	assert.Equal(t, pair(7, 0x80), e.Word(0))
	assert.Empty(t, e.Word(1))
	assert.Len(t, e.Word(2), 2*PairSize)
	assert.Empty(t, e.Word(4))
	assert.Equal(t, pair(5, 0), e.Suffix(0))
	assert.Empty(t, e.Suffix(2))
	assert.Equal(t, pair(1, 0), e.Tag(9))
	assert.Len(t, e.Tag(46), 2*PairSize)
	assert.Nil(t, e.Tag(0))
	assert.Nil(t, e.Tag(9+256))
	assert.Nil(t, e.Tag(-1))
	assert.Nil(t, Entry(p[:41]).Tag(9), "no tags")

	var none Entry
	assert.Zero(t, none.Class())
	assert.Zero(t, none.SuffixRec())
	assert.Nil(t, none.Word(PartWord))
	assert.Nil(t, none.Suffix(PartSuffix))
	assert.Nil(t, none.Tag(0))

	var scores [MaxClasses]float32
	AddPairs(&scores, e.Word(0))
	AddPairs(&scores, e.Word(2))
	assert.Equal(t, float32(1), scores[7])
	assert.Equal(t, float32(0.5), scores[3])
	assert.Equal(t, float32(0.5), scores[4])
}
