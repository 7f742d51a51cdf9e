package postag

import (
	_ "embed" // for tablesFile
	"slices"
	"sync"
	"unsafe"

	"github.com/sayso/sayso/internal/postag/tables"
)

// tablesFile is data/tables.bin, prose's model in hash tables (see gen.go).
// It is a string so that nothing can change it.
//
//go:embed data/tables.bin
var tablesFile string

// model is the tables, with the features whose values are few looked up
// ahead: the bias, the first bytes and the tags, and the words that stand
// for many: the sentinels and the forms of hyphenated words and numbers.
type model struct {
	*tables.Tables
	tags   []string       // tag names by tag ID: the classes, -START-, -START2-
	tagIDs map[string]int // tag IDs by name

	starts [2]wordWeights         // those of -START- and -START2-, before a sentence
	ends   [2]wordWeights         // those of -END- and -END2-, after it
	forms  map[string]wordWeights // those of !HYPHEN, !YEAR and !DIGITS

	bias  [tables.MaxClasses]float32 // the weights of feature "bias"
	pref1 [257][]float32             // the weights of "i pref1 " and a byte, by class; [256] with none
	tag1  [][]float32                // the weights of "i-1 tag " and a tag, by tag ID, by class
	tag2  [][]float32                // the weights of "i-2 tag " and a tag, by tag ID, by class
	tag12 [][]byte                   // the weights of "i tag+i-2 tag t1 t2" at [t1*len(tags)+t2]
}

// englishModel is the model of tablesFile, read on first use: the tables
// are read in place, and only the header and a few thousand lookups cost
// anything.
var englishModel = sync.OnceValues(func() (*model, error) {
	// The bytes are the string's, which are read-only: Decode reads them
	// in place and never writes.
	t, err := tables.Decode(unsafe.Slice(unsafe.StringData(tablesFile), len(tablesFile)))
	if err != nil {
		return nil, err
	}
	return newModel(t), nil
})

// wordWeights are the weights of a normalized word wherever it is in the
// windows of a sentence's tokens: its entry, with its weights as a word in
// each of the five places and as the word after each previous tag, and the
// entry of its last three bytes, with their weights in each of three places.
type wordWeights struct {
	word, suffix tables.Entry
}

// setWeights sets ww to the weights of the normalized word w, whose entry
// in the Lexicon of m is e.
func setWeights[T string | []byte](m *model, ww *wordWeights, w T, e tables.Entry) {
	ww.word, ww.suffix = e, e
	switch {
	case len(w) <= 3:
	case e != nil:
		ww.suffix = m.Lexicon.At(e.SuffixRec())
	default: // a word the model does not know may end as one it does
		ww.suffix = m.Lexicon.FindString(string(w[len(w)-3:]))
	}
}

// lookUp sets ww to the weights of the normalized word w.
func (m *model) lookUp(ww *wordWeights, w []byte) {
	if len(w) > 0 && w[0] == '!' {
		if f, ok := m.forms[string(w)]; ok {
			*ww = f
			return
		}
	}
	setWeights(m, ww, w, m.Lexicon.Find(w))
}

// newModel looks up the features of t whose values are few.
func newModel(t *tables.Tables) *model {
	m := &model{Tables: t, tags: append(t.Classes[:len(t.Classes):len(t.Classes)], tables.Start1, tables.Start2)}
	m.tagIDs = make(map[string]int, len(m.tags))
	for id, tag := range m.tags {
		if _, ok := m.tagIDs[tag]; !ok {
			m.tagIDs[tag] = id
		}
	}
	for i, w := range []string{tables.Start1, tables.Start2} {
		m.lookUp(&m.starts[i], []byte(w))
	}
	for i, w := range []string{"-END-", "-END2-"} {
		m.lookUp(&m.ends[i], []byte(w))
	}
	m.forms = make(map[string]wordWeights)
	for _, w := range []string{"!HYPHEN", "!YEAR", "!DIGITS"} {
		var ww wordWeights
		m.lookUp(&ww, []byte(w))
		m.forms[w] = ww
	}
	tables.AddPairs(&m.bias, t.Features.FindString(tables.Bias))
	key := []byte(tables.Pref1)
	for b := range 256 {
		m.pref1[b] = m.dense(t.Features.Find(append(key, byte(b))))
	}
	m.pref1[256] = m.dense(t.Features.Find(key))
	n := len(m.tags)
	m.tag1, m.tag2, m.tag12 = make([][]float32, n), make([][]float32, n), make([][]byte, n*n)
	for i, t1 := range m.tags {
		m.tag1[i] = m.dense(t.Features.Find(append(append(key[:0], tables.Tag1...), t1...)))
		m.tag2[i] = m.dense(t.Features.Find(append(append(key[:0], tables.Tag2...), t1...)))
		for j, t2 := range m.tags {
			key = append(append(append(append(key[:0], tables.Tag12...), t1...), ' '), t2...)
			m.tag12[i*n+j] = t.Features.Find(key)
		}
	}
	return m
}

// dense returns the weights w, a run of pairs, by class ID, 0 for a class
// they have none for. Adding 0 changes no score (but for the sign of a
// zero, which no comparison sees), so adding the dense weights gives the
// sums of adding the pairs.
func (m *model) dense(w []byte) []float32 {
	var d [tables.MaxClasses]float32
	tables.AddPairs(&d, w)
	return slices.Clone(d[:len(m.Classes)])
}

// tagID returns the ID of a tag: a class ID, or that of -START- or
// -START2-, or -1 for any other string.
func (m *model) tagID(tag string) int {
	if id, ok := m.tagIDs[tag]; ok {
		return id
	}
	return -1
}
