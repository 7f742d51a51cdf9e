package gazetteer

import (
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite data/index.bin from the lists in data")

// TestIndex checks that the embedded index is the one the lists give, and
// that it holds what they hold; with -update it rewrites it.
func TestIndex(t *testing.T) {
	b, err := readLists(os.DirFS("data"))
	require.NoError(t, err)
	ix := b.freeze()
	if *update {
		require.NoError(t, os.WriteFile("data/index.bin", []byte(ix), 0o644))
		t.Skip("wrote data/index.bin")
	}
	require.True(t, ix == embedded, "data/index.bin is not the index of data/*.txt.gz: run go generate")
	checkIndex(t, b, Default())
}

// checkIndex checks that g answers for every word, phrase, demonym and
// country of b as b does, and holds no others.
func checkIndex(t *testing.T, b *builder, g *Gazetteer) {
	t.Helper()
	ids := make([]uint32, len(b.words))
	for id, w := range b.words[1:] {
		got := g.ix.word([]byte(w))
		require.NotZero(t, got.id, w)
		require.Equal(t, b.info[id+1].single, g.palette[got.single()], w)
		require.Equal(t, int(b.info[id+1].maxLen), got.maxLen(), w)
		ids[id+1] = got.id
	}
	assert.Equal(t, len(b.words)-1, g.ix.words.len())
	for pk, want := range b.phrases {
		var key []uint32
		for _, id := range pk.ids[:pk.n] {
			key = append(key, ids[id])
		}
		require.Equal(t, want, g.palette[g.ix.phrase(key)], pk)
	}
	assert.Equal(t, len(b.phrases), g.ix.phrases.len())
	for _, m := range []struct {
		t    *table
		want map[string]string
	}{{&g.ix.demonyms, b.demonyms}, {&g.ix.countries, b.countries}} {
		for k, v := range m.want {
			got, ok := lookup(m.t, k)
			require.True(t, ok, k)
			require.Equal(t, v, got, k)
		}
		assert.Equal(t, len(m.want), m.t.len())
	}
	singles := 0
	for _, in := range b.info[1:] {
		if in.single != (kinds{}) {
			singles++
		}
	}
	assert.Equal(t, singles+len(b.phrases), g.Len())
}

// TestWithKeepsTheIndex checks that thawing an index and freezing it again
// gives the same bytes, so that With adds to g exactly what g holds.
func TestWithKeepsTheIndex(t *testing.T) {
	b := Default().ix.thaw()
	assert.True(t, b.freeze() == embedded)
	checkIndex(t, b, Default().With())
}

func TestTable(t *testing.T) {
	for _, n := range []int{0, 1, 5, 100} {
		var entries []tableEntry
		for i := range n {
			entries = append(entries, tableEntry{string(rune('a'+i%26)) + string(rune('0'+i/26)), string(rune(i))})
		}
		raw, offsets := appendTable(nil, entries)
		tab, rest, ok := readTable(string(raw) + "tail")
		require.True(t, ok)
		assert.Equal(t, "tail", rest)
		assert.Equal(t, n, tab.len())
		for i, e := range entries {
			at := find(&tab, e.key)
			require.Equal(t, offsets[i], at, e.key)
			key, value, _ := tab.entry(at)
			assert.Equal(t, e, tableEntry{key, value})
		}
		assert.Zero(t, find(&tab, "zz"))
		assert.Zero(t, find(&tab, ""))
	}
}
