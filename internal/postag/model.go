package postag

import (
	_ "embed" // for tablesFile
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
// ahead: the bias, the first bytes and the tags.
type model struct {
	*tables.Tables
	tags   []string       // tag names by tag ID: the classes, -START-, -START2-
	tagIDs map[string]int // tag IDs by name

	bias  [tables.MaxClasses]float32 // the weights of feature "bias"
	pref1 [257][]byte                // the weights of "i pref1 " and a byte; [256] with none
	tag1  [][]byte                   // the weights of "i-1 tag " and a tag, by tag ID
	tag2  [][]byte                   // the weights of "i-2 tag " and a tag, by tag ID
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

// The tags prose gives the two places before a sentence.
const (
	start1 = "-START-"  // the place just before
	start2 = "-START2-" // the place before that
)

// newModel looks up the features of t whose values are few.
func newModel(t *tables.Tables) *model {
	m := &model{Tables: t, tags: append(t.Classes[:len(t.Classes):len(t.Classes)], start1, start2)}
	m.tagIDs = make(map[string]int, len(m.tags))
	for id, tag := range m.tags {
		if _, ok := m.tagIDs[tag]; !ok {
			m.tagIDs[tag] = id
		}
	}
	tables.AddPairs(&m.bias, t.Features.FindString(tables.Bias))
	key := []byte(tables.Pref1)
	for b := range 256 {
		m.pref1[b] = t.Features.Find(append(key, byte(b)))
	}
	m.pref1[256] = t.Features.Find(key)
	n := len(m.tags)
	m.tag1, m.tag2, m.tag12 = make([][]byte, n), make([][]byte, n), make([][]byte, n*n)
	for i, t1 := range m.tags {
		m.tag1[i] = t.Features.Find(append(append(key[:0], tables.Tag1...), t1...))
		m.tag2[i] = t.Features.Find(append(append(key[:0], tables.Tag2...), t1...))
		for j, t2 := range m.tags {
			key = append(append(append(append(key[:0], tables.Tag12...), t1...), ' '), t2...)
			m.tag12[i*n+j] = t.Features.Find(key)
		}
	}
	return m
}

// tagID returns the ID of a tag: a class ID, or that of -START- or
// -START2-, or -1 for any other string.
func (m *model) tagID(tag string) int {
	if id, ok := m.tagIDs[tag]; ok {
		return id
	}
	return -1
}

// tagFor returns the class ID of an unambiguous word.
func (m *model) tagFor(word string) (int, bool) {
	p := m.Dict.FindString(word)
	if p == nil {
		return 0, false
	}
	return int(p[0]), true
}
