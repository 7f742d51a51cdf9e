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
