package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refTag labels a document the plain way, as training scores it: features
// listed in full (no word cache, POS pairs, document groups or guessed
// previous labels), each feature's weights read from the stage's own table
// and added one by one.
func refTag(m *Model, doc []Sentence) []uint8 {
	var d docScratch
	m.extract(doc, &d, false)
	score := func(si int, fs []uint32, acc *[nLabels]float32) {
		for _, f := range fs {
			for l := range nw {
				acc[l+1] += float32(m.w.get(si, int(f), l))
			}
		}
	}
	decode := func(si int, x *extraFeats) []uint8 {
		var out []uint8
		for i := 0; i+1 < len(d.starts); i++ {
			a, b := int(d.starts[i]), int(d.starts[i+1])
			p1, p2 := uint8(nLabels), uint8(nLabels)
			for k := a; k < b; k++ {
				var acc [nLabels]float32 // small integers: exact
				score(si, d.feats[d.off[k]:d.off[k+1]], &acc)
				if x != nil {
					score(si, x.feats[x.off[k]:x.off[k+1]], &acc)
				}
				dyn := trainDynFeatures(&d.info[k], p1, p2, m.fx.mask)
				score(si, dyn[:], &acc)
				l := best(&acc, p1, k == b-1)
				out = append(out, l)
				p2, p1 = p1, l
			}
		}
		return out
	}
	l1 := decode(0, nil)
	if len(m.w.stages) < 2 {
		return l1
	}
	var x extraFeats
	m.second.features(&d, l1, &x, nil)
	return decode(1, &x)
}

// fastPathDocs returns documents that exercise every shortcut of tagging:
// CoNLL-2003 valid when at hand, and made-up ones with a name repeated
// past the document window, a headline, tags outside posTags, untagged
// sentences and odd tokens.
func fastPathDocs(t *testing.T) [][]Sentence {
	var docs [][]Sentence
	if f, err := os.Open(filepath.Join("..", "..", "..", "shared", "corpora", "conll2003", "valid.txt")); err == nil {
		defer f.Close()
		ds, err := ReadCoNLL(f)
		require.NoError(t, err)
		for i, d := range ds {
			if i%2 == 0 {
				require.NoError(t, TagPOS(d.Sentences))
			}
			docs = append(docs, d.Sentences)
		}
	}
	for _, d := range synthetic(20, 3) {
		docs = append(docs, d.Sentences)
	}
	var long []Sentence
	for i := range 40 {
		s := tagged(strings.Fields("Mr. Haddad said on Tuesday that Haddad Holdings would buy Globex .")...)
		if i%3 == 0 {
			s = tagged(strings.Fields("HADDAD HOLDINGS TO BUY GLOBEX")...)
		}
		long = append(long, s)
	}
	docs = append(docs, long, []Sentence{
		tagged("Anna", "Berg", "met", "Tom", "in", "Lima"),
		{{Text: "untagged"}, {Text: "Words"}, {Text: "Here"}},
		{{Text: ""}, {Text: "\xff\xfe", POS: "NN"}, {Text: "Ünïcödé", POS: "NNP"}, {Text: "1996", POS: "CD"}},
	})
	return docs
}

func TestFastPathMatchesPlainScoring(t *testing.T) {
	for _, warm := range []bool{false, true} {
		m, err := load(embedded)
		require.NoError(t, err)
		require.Len(t, m.w.stages, 2)
		if warm {
			m.warmUp()
		}
		var s predictScratch
		for i, doc := range fastPathDocs(t) {
			m.extract(doc, &s.doc, true)
			got := m.tag(&s)
			if !assert.Equal(t, refTag(m, doc), got, "document %d, warm %v", i, warm) {
				break
			}
		}
	}
}
