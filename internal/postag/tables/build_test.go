package tables

import (
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
	words, suffixes := WordPrefixes(), SuffixPrefixes()
	for i := range f.numFeatures() {
		key := string(f.key(i))
		want := string(f.appendPairs(nil, i))
		var got []byte
		if k := prefixIn(words[:], []byte(key)); k >= 0 {
			got = Part(tabs.Words.FindString(key[len(words[k]):]), WordParts, k)
		} else if k := prefixIn(suffixes[:], []byte(key)); k >= 0 {
			got = Part(tabs.Suffixes.FindString(key[len(suffixes[k]):]), SuffixParts, k)
		} else {
			got = tabs.Features.FindString(key)
			assert.True(t, got != nil || want == "", key)
		}
		require.Equal(t, want, string(got), key)
	}
	assert.Nil(t, tabs.Features.FindString("i word the"), "a grouped feature is not in Features")
	assert.Nil(t, tabs.Features.FindString("i-1 tag+i word NN notaword"))
	assert.Nil(t, tabs.Words.FindString("notawordatall"))
	assert.Equal(t, f.nTagMap, tabs.Dict.Len())
	b := f.tagMap
	for range f.nTagMap {
		k := int(b[0]) | int(b[1])<<8
		require.Equal(t, b[2+k:3+k], tabs.Dict.Find(b[2:2+k]), string(b[2:2+k]))
		b = b[3+k:]
	}
	t.Logf("%d features: %d in Features, %d words, %d suffixes; %d dictionary words",
		f.numFeatures(), tabs.Features.Len(), tabs.Words.Len(), tabs.Suffixes.Len(), tabs.Dict.Len())
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
	v2 := append([]byte{}, b...)
	v2[8] = 2
	_, err = Decode(v2)
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
