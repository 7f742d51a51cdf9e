package tables

import (
	"encoding/binary"
	"math"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// prefixes returns every feature prefix.
func prefixes() []string {
	return []string{Bias, Suffix, Pref1, Tag1, Tag2, Tag12, Word, Tag1Word, WordM1, SuffixM1, WordM2, WordP1, SuffixP1, WordP2}
}

// TestNoPrefixStartsAnother is what lets a key be filed under one prefix.
func TestNoPrefixStartsAnother(t *testing.T) {
	for _, a := range prefixes() {
		for _, b := range prefixes() {
			if a != b {
				assert.False(t, strings.HasPrefix(b, a), "%q starts %q", a, b)
			}
		}
	}
}

// TestTablesHoldEveryFeature looks up every feature and word of prose's
// model in the tables built from it and requires prose's weights, and
// nothing for keys prose does not have.
func TestTablesHoldEveryFeature(t *testing.T) {
	tabs, err := Build(aptagmodel.English)
	require.NoError(t, err)
	f, err := readFlat(aptagmodel.English)
	require.NoError(t, err)
	assert.Equal(t, f.classes, tabs.Classes)
	tagIDs, err := tagIDsOf(f.classes)
	require.NoError(t, err)
	words, suffixes := WordPrefixes(), SuffixPrefixes()
	tagged := 0
	for i := range f.numFeatures() {
		key := string(f.key(i))
		want := string(f.appendPairs(nil, i))
		var got []byte
		if k := prefixIn(words[:], []byte(key)); k >= 0 {
			w := key[len(words[k]):]
			e := Entry(tabs.Lexicon.FindString(w))
			got = e.Word(k)
			if len(w) > 3 {
				require.Equal(t, tabs.Lexicon.FindString(w[len(w)-3:]), tabs.Lexicon.At(e.SuffixRec()), "the suffix of %q", w)
			} else {
				require.Zero(t, e.SuffixRec(), w)
			}
		} else if k := prefixIn(suffixes[:], []byte(key)); k >= 0 {
			got = Entry(tabs.Lexicon.FindString(key[len(suffixes[k]):])).Suffix(k)
		} else if rest, ok := strings.CutPrefix(key, Tag1Word); ok {
			tag, word, _ := strings.Cut(rest, " ")
			got = Entry(tabs.Lexicon.FindString(word)).Tag(tagIDs[tag])
			tagged++
		} else {
			got = tabs.Features.FindString(key)
			assert.True(t, got != nil || want == "", key)
		}
		require.Equal(t, want, string(got), key)
	}
	assert.Nil(t, tabs.Features.FindString("i word the"), "a grouped feature is not in Features")
	assert.Nil(t, tabs.Features.FindString("i-1 tag+i word NN the"), "a grouped feature is not in Features")
	assert.Nil(t, Entry(tabs.Lexicon.FindString("notaword")).Tag(0))
	assert.Nil(t, tabs.Lexicon.FindString("notawordatall"))
	b := f.tagMap
	for range f.nTagMap {
		k := int(b[0]) | int(b[1])<<8
		require.Equal(t, int(b[2+k])+1, Entry(tabs.Lexicon.Find(b[2:2+k])).Class(), string(b[2:2+k]))
		b = b[3+k:]
	}
	for _, w := range []string{"notawordatall", "i", "THE"} {
		assert.Zero(t, Entry(tabs.Lexicon.FindString(w)).Class(), w)
	}
	t.Logf("%d features: %d in Features, %d Tag1Word; %d lexicon entries; %d dictionary words",
		f.numFeatures(), tabs.Features.Len(), tagged, tabs.Lexicon.Len(), f.nTagMap)
}

// TestWeightsAreSmall checks that every weight of prose's model is finite
// and far from overflow, so that no score, a sum of at most a few dozen
// weights, is infinite or NaN: postag picks the best score by an integer
// order that holds for such floats only.
func TestWeightsAreSmall(t *testing.T) {
	f, err := readFlat(aptagmodel.English)
	require.NoError(t, err)
	for j := range len(f.weights) / 4 {
		w := math.Float32frombits(binary.LittleEndian.Uint32(f.weights[4*j:]))
		require.Less(t, math.Abs(float64(w)), 1e6, "weight %d", j)
	}
}

func TestTagIDs(t *testing.T) {
	ids, err := tagIDsOf([]string{"NN", "VB", "NN"})
	require.NoError(t, err)
	assert.Equal(t, map[string]int{"NN": 0, "VB": 1, Start1: 3, Start2: 4}, ids)
	_, err = tagIDsOf([]string{"N N"})
	assert.ErrorIs(t, err, ErrFormat)
	_, err = tagIDsOf(make([]string, MaxClasses-1))
	assert.ErrorIs(t, err, ErrFormat)
}

func TestFileRoundTrip(t *testing.T) {
	tabs, err := Build(aptagmodel.English)
	require.NoError(t, err)
	b, err := tabs.AppendBinary(nil)
	require.NoError(t, err)
	back, err := Decode(b)
	require.NoError(t, err)
	assert.Equal(t, tabs, back)
	again, err := back.AppendBinary(nil)
	require.NoError(t, err)
	assert.Equal(t, b, again)
	t.Logf("%d bytes", len(b))
}

func TestDecodeRefusesDamage(t *testing.T) {
	tabs, err := Build(aptagmodel.English)
	require.NoError(t, err)
	b, err := tabs.AppendBinary(nil)
	require.NoError(t, err)
	for _, bad := range [][]byte{nil, b[:7], b[:100], b[:len(b)-1], append(append([]byte{}, b...), 0), []byte(strings.Replace(string(b[:40]), "SAYSOPOS", "SAYSOPOZ", 1))} {
		_, err := Decode(bad)
		assert.ErrorIs(t, err, ErrFormat)
	}
	v1 := append([]byte{}, b...)
	v1[8] = 1 // the version before the Lexicon
	_, err = Decode(v1)
	assert.ErrorIs(t, err, ErrFormat)
}

// TestBuildRefusesHugeCounts gives Build a model that claims four billion
// dictionary words in none, which must be refused before any table is made
// for them.
func TestBuildRefusesHugeCounts(t *testing.T) {
	model := []byte("PROSETAG\x01\x00\x00\x00" + // version 1
		"\x00\x00\x00\x00" + // no classes
		"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" + // no features, pairs or blob
		"\x00\x00\x00\x00\x00\x00\x00\x00" + // the offsets' ends
		"\xff\xff\xff\xff") // dictionary words
	_, err := Build(model)
	assert.ErrorIs(t, err, ErrFormat)
}

func TestBuildRefusesOtherFormats(t *testing.T) {
	for _, bad := range [][]byte{nil, []byte("PROSETAG"), []byte("PROSETAG\x02\x00\x00\x00"), aptagmodel.English[:1000]} {
		_, err := Build(bad)
		assert.ErrorIs(t, err, ErrFormat)
	}
}
