package model

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDocTable(t *testing.T) {
	var tab docTable
	for _, n := range []int{0, 3, 100} {
		tab.reset(n)
		next := int32(0)
		got := map[uint64]int32{}
		rng := rand.New(rand.NewPCG(uint64(n), 1))
		for range 3 * n {
			// Few distinct keys, sharing their low bits: probing must
			// tell them apart.
			h := uint64(rng.IntN(n+1)) << 40
			i, added := tab.index(h, next)
			if want, ok := got[h]; ok {
				assert.False(t, added)
				assert.Equal(t, want, i)
				continue
			}
			assert.True(t, added)
			assert.Equal(t, next, i)
			got[h] = i
			next++
		}
	}
}

func TestReadWordsAndGroups(t *testing.T) {
	m, err := load(embedded)
	require.NoError(t, err)
	m.warmUp()
	doc := []Sentence{
		tagged(strings.Fields("Dale Finch met Ana Ruiz in Zorvath .")...),
		tagged(strings.Fields("FINCH SAID the zorvath plan was dale 's .")...),
		tagged(strings.Fields("Finch and Ruiz left Zorvath .")...),
	}
	var s docScratch
	m.extract(doc, &s, true)
	var texts []string
	for _, sent := range doc {
		for _, tok := range sent {
			texts = append(texts, tok.Text)
		}
	}
	n := len(texts)
	require.Len(t, s.info, n)
	first := map[string]int32{}
	for k, text := range texts {
		// One docWord per distinct text, with the text's information.
		w := s.tokWord[k]
		if i, ok := first[text]; ok {
			assert.Equal(t, i, w, text)
		}
		first[text] = w
		assert.Equal(t, text, s.dwords[w].text)
		var in wordInfo
		scanWord(text, &in)
		assert.Equal(t, in.lower, s.info[k].lower, text)
		assert.Equal(t, in.short, s.info[k].short, text)
		assert.Equal(t, in.upperFirst, s.info[k].upperFirst, text)
		assert.True(t, s.info[k].usable(0) && s.info[k].usable(1) && s.info[k].usable(2), text)
	}
	assert.Len(t, s.dwords, len(first))
	// Occurrences of a lower-case form are one run of order, in document
	// order, and each token's run is recorded.
	order, rank := s.order[:n], s.order[n:2*n]
	for r, k := range order {
		assert.Equal(t, int32(r), rank[k])
		in := &s.info[k]
		lo, hi := int(in.runLo), int(in.runHi)
		require.True(t, lo <= r && r < hi)
		for j := lo; j < hi; j++ {
			assert.Equal(t, strings.ToLower(texts[k]), strings.ToLower(texts[order[j]]))
			if j > lo {
				assert.Less(t, order[j-1], order[j])
			}
		}
		for j := range order {
			if j < lo || j >= hi {
				assert.NotEqual(t, strings.ToLower(texts[k]), strings.ToLower(texts[order[j]]))
			}
		}
	}
}

// TestSingleStageMatchesPlainScoring checks tagging's shortcuts for a
// model with one pass, which sums blocks without lanes.
func TestSingleStageMatchesPlainScoring(t *testing.T) {
	m, err := Train(context.Background(), synthetic(40, 5), TrainOptions{Epochs: 2, Bits: 14, SinglePass: true})
	require.NoError(t, err)
	require.Len(t, m.w.stages, 1)
	docs := [][]Sentence{
		{tagged(strings.Fields("Anna Berg met Tom Ruiz in Lima .")...), tagged("Berg", "left")},
		{{{Text: "untagged"}, {Text: "Words"}}, {{Text: "Ünïcödé", POS: "NNP"}}},
	}
	for _, d := range synthetic(10, 6) {
		docs = append(docs, d.Sentences)
	}
	for _, warm := range []bool{false, true} {
		if warm {
			m.warmUp()
		}
		var s predictScratch
		for i, doc := range docs {
			m.extract(doc, &s.doc, true)
			assert.Equal(t, refTag(m, doc), m.tag(&s), "document %d, warm %v", i, warm)
		}
	}
}

func TestSumTokenMatchesRows(t *testing.T) {
	m, err := load(embedded)
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(3, 4))
	feat := func() uint32 { return uint32(rng.IntN(1 << m.bits)) }
	for range 200 {
		// Blocks of up to laneRun rows, rows before and after: lanes
		// must be unpacked before they carry.
		var all, less, more, fs []uint32
		var bs []blockRef
		for b := range rng.IntN(6) {
			var rows []uint32
			for range 1 + rng.IntN(laneRun) {
				rows = append(rows, feat())
			}
			c := m.w.blockSum(rows)
			bs = append(bs, blockRef{&c, len(rows), topLane(&c)})
			all = append(all, rows...)
			if b == 0 && len(rows) > 2 && rng.IntN(2) == 0 {
				less = rows[:2]
			}
		}
		for range rng.IntN(3) {
			more = append(more, feat())
		}
		for range rng.IntN(40) {
			fs = append(fs, feat())
		}
		var want1, want2, less1, less2, got1, got2 scores
		for _, f := range append(append(all, more...), fs...) {
			m.w.sums([]uint32{f}, &want1, &want2)
		}
		m.w.sums(less, &less1, &less2)
		for l := range want1 {
			want1[l] -= less1[l]
			want2[l] -= less2[l]
		}
		sumToken(m.w.tab, bs, less, more, fs, &got1, &got2)
		require.Equal(t, want1, got1)
		require.Equal(t, want2, got2)
	}
}
