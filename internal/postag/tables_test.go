package postag

import (
	"hash/crc32"
	"testing"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/internal/postag/tables"
)

// TestTablesAreProses checks that data/tables.bin is what
// internal/cmd/gentagger makes of the model of the prose in go.mod. If it
// fails after an upgrade of prose, run go generate ./internal/postag.
func TestTablesAreProses(t *testing.T) {
	m, err := englishModel()
	require.NoError(t, err)
	require.Equal(t, uint32(len(aptagmodel.English)), m.SourceLen, "go generate ./internal/postag")
	require.Equal(t, crc32.ChecksumIEEE(aptagmodel.English), m.SourceCRC, "go generate ./internal/postag")
	built, err := tables.Build(aptagmodel.English)
	require.NoError(t, err)
	b, err := built.AppendBinary(nil)
	require.NoError(t, err)
	assert.True(t, string(b) == tablesFile, "go generate ./internal/postag")
}

// TestDenseWeightsArePairs checks that the weights looked up ahead as dense
// vectors add up as their pairs do.
func TestDenseWeightsArePairs(t *testing.T) {
	m, err := englishModel()
	require.NoError(t, err)
	for _, key := range []string{tables.Pref1 + "a", tables.Pref1 + "T", tables.Tag1 + "NN", tables.Tag2 + "DT", tables.Tag1 + tables.Start1} {
		w := m.Features.FindString(key)
		require.NotNil(t, w, key)
		var want [tables.MaxClasses]float32
		tables.AddPairs(&want, w)
		assert.Equal(t, want[:len(m.Classes)], m.dense(w), key)
	}
	assert.Equal(t, m.dense(m.Features.FindString(tables.Pref1+"a")), m.pref1['a'])
	assert.Equal(t, m.dense(m.Features.FindString(tables.Tag1+"NN")), m.tag1[m.tagID("NN")])
	assert.Equal(t, m.dense(m.Features.FindString(tables.Tag2+tables.Start2)), m.tag2[m.tagID(tables.Start2)])
}

// TestFormsAndSentinelsAreLookedUp checks the weights looked up ahead for
// the words that stand for many against looking them up.
func TestFormsAndSentinelsAreLookedUp(t *testing.T) {
	m, err := englishModel()
	require.NoError(t, err)
	look := func(w string) wordWeights {
		var ww wordWeights
		setWeights(m, &ww, w, m.Lexicon.FindString(w))
		return ww
	}
	for w, ww := range m.forms {
		assert.Equal(t, look(w), ww, w)
		assert.NotNil(t, ww.word, w)
	}
	assert.Len(t, m.forms, 3)
	assert.Equal(t, look(tables.Start1), m.starts[0])
	assert.Equal(t, look(tables.Start2), m.starts[1])
	assert.Equal(t, look("-END-"), m.ends[0])
	assert.Equal(t, look("-END2-"), m.ends[1])
}
