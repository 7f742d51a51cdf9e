package postag

import (
	"encoding/binary"
	"fmt"
	"math"
	"sync"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// maxClasses bounds the number of tags: prose's format stores class IDs as
// bytes. The English model has 38.
const maxClasses = 256

// model is prose's averaged perceptron, rearranged for hashed lookup.
type model struct {
	classes []string  // tag names by class ID
	feats   *table    // feature string -> its weights by class ID
	dict    *table    // unambiguous word -> one pair, its class ID
	bias    []float32 // the weights of feature "bias" by class ID
}

// english is prose's English model, decoded on first use. prose's own tagger
// need not be loaded at all.
var english = sync.OnceValues(func() (*model, error) {
	return load(aptagmodel.English)
})

// load decodes a model in prose's format.
func load(data []byte) (*model, error) {
	f, err := readFlat(data)
	if err != nil {
		return nil, err
	}
	m := &model{classes: f.classes, bias: make([]float32, len(f.classes))}
	for _, id := range f.classIDs {
		if int(id) >= len(m.classes) {
			return nil, fmt.Errorf("%w: class ID %d of %d", errFormat, id, len(m.classes))
		}
	}
	n := f.numFeatures()
	m.feats = newTable(n, len(f.blob)+recHeader*n+pairSize*len(f.classIDs))
	for i := range n {
		key, lo, hi, err := f.feature(i)
		if err != nil {
			return nil, err
		}
		if lo == hi {
			continue // a feature without weights adds nothing
		}
		if err := m.feats.add(key, f.classIDs[lo:hi], f.weights[4*lo:4*hi]); err != nil {
			return nil, err
		}
	}
	m.addWeights(m.bias, []byte("bias"))
	if m.dict, err = loadDict(f, len(m.classes)); err != nil {
		return nil, err
	}
	return m, nil
}

// loadDict builds the table of unambiguous words.
func loadDict(f *flatModel, nClasses int) (*table, error) {
	t := newTable(f.nTagMap, len(f.tagMap)+(recHeader+pairSize-3)*f.nTagMap)
	b := f.tagMap
	var zero [4]byte
	for range f.nTagMap {
		if len(b) < 2 {
			return nil, fmt.Errorf("%w: tag dictionary truncated", errFormat)
		}
		k := int(binary.LittleEndian.Uint16(b))
		if len(b) < 2+k+1 {
			return nil, fmt.Errorf("%w: tag dictionary truncated", errFormat)
		}
		word, id := b[2:2+k], b[2+k:3+k]
		if int(id[0]) >= nClasses {
			return nil, fmt.Errorf("%w: word %q has class ID %d of %d", errFormat, word, id[0], nClasses)
		}
		if err := t.add(word, id, zero[:]); err != nil {
			return nil, err
		}
		b = b[3+k:]
	}
	return t, nil
}

// addWeights adds the weights of feature key, if the model knows it, to
// scores, which has a score for every class.
func (m *model) addWeights(scores []float32, key []byte) {
	p := m.feats.find(key)
	for ; len(p) >= pairSize; p = p[pairSize:] {
		scores[p[0]] += math.Float32frombits(binary.LittleEndian.Uint32(p[1:]))
	}
}

// tagFor returns the tag of an unambiguous word.
func (m *model) tagFor(word string) (string, bool) {
	p := m.dict.findString(word)
	if p == nil {
		return "", false
	}
	return m.classes[p[0]], true
}
