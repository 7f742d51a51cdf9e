package tables

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"maps"
	"math"
	"slices"
	"strings"
)

// Build makes the tables from prose's model file.
//
// Every feature whose value is a word or a suffix, and every Tag1Word
// feature, is filed in the Lexicon under that word or suffix, beside the
// word's entry in prose's dictionary; the other features go whole into
// Features. Build refuses a model it cannot file exactly: a feature or
// dictionary word met twice, a tag with a space, a Tag1Word feature whose
// tag is not a class or a start tag, a count that does not fit a byte.
func Build(model []byte) (*Tables, error) {
	f, err := readFlat(model)
	if err != nil {
		return nil, err
	}
	if len(model) > math.MaxUint32 {
		return nil, fmt.Errorf("%w: a model of %d bytes", ErrFormat, len(model))
	}
	t := &Tables{SourceLen: uint32(len(model)), SourceCRC: crc32.ChecksumIEEE(model), Classes: f.classes}
	tagIDs, err := tagIDsOf(f.classes)
	if err != nil {
		return nil, err
	}
	lex := lexicon{}
	wordPrefixes, suffixPrefixes := WordPrefixes(), SuffixPrefixes()
	var others []int
	for i := range f.numFeatures() {
		key := f.key(i)
		if k := prefixIn(wordPrefixes[:], key); k >= 0 {
			err = lex.entry(key[len(wordPrefixes[k]):]).setPart(k, i)
		} else if k := prefixIn(suffixPrefixes[:], key); k >= 0 {
			err = lex.entry(key[len(suffixPrefixes[k]):]).setPart(WordParts+k, i)
		} else if rest, ok := bytes.CutPrefix(key, []byte(Tag1Word)); ok {
			err = lex.addTag(tagIDs, rest, i)
		} else {
			others = append(others, i)
		}
		if err != nil {
			return nil, fmt.Errorf("%w: feature %q: %w", ErrFormat, key, err)
		}
	}
	if err := lex.addDict(f); err != nil {
		return nil, err
	}
	if t.Features, err = featureTable(f, others); err != nil {
		return nil, err
	}
	if t.Lexicon, err = lex.table(f); err != nil {
		return nil, err
	}
	return t, nil
}

// tagIDsOf returns the tag IDs by name: the classes', the first of a name
// met twice, then those of Start1 and Start2.
func tagIDsOf(classes []string) (map[string]int, error) {
	if len(classes)+2 > MaxClasses {
		return nil, fmt.Errorf("%w: %d classes", ErrFormat, len(classes))
	}
	ids := make(map[string]int, len(classes)+2)
	for id, c := range append(classes[:len(classes):len(classes)], Start1, Start2) {
		if strings.IndexByte(c, ' ') >= 0 {
			return nil, fmt.Errorf("%w: tag %q has a space", ErrFormat, c)
		}
		if _, ok := ids[c]; !ok {
			ids[c] = id
		}
	}
	return ids, nil
}

// lexicon gathers the entries of the Lexicon table by key.
type lexicon map[string]*lexEntry

// lexEntry is one key's features, by index: a part's is -1 when it has none.
type lexEntry struct {
	class int                          // the class ID + 1 in the dictionary, or 0
	parts [WordParts + SuffixParts]int // the feature of each part, or -1
	tags  []struct{ id, feature int }  // the Tag1Word features, by tag ID
}

// entry returns the entry of key, making it if need be.
func (l lexicon) entry(key []byte) *lexEntry {
	e, ok := l[string(key)]
	if !ok {
		e = &lexEntry{}
		for k := range e.parts {
			e.parts[k] = -1
		}
		l[string(key)] = e
	}
	return e
}

// setPart files feature i as part k.
func (e *lexEntry) setPart(k, i int) error {
	if e.parts[k] >= 0 {
		return errors.New("met twice")
	}
	e.parts[k] = i
	return nil
}

// addTag files Tag1Word feature i, whose key after the prefix is rest: the
// tag, a space and the word. Tags have no space, so the first space ends
// the tag.
func (l lexicon) addTag(tagIDs map[string]int, rest []byte, i int) error {
	tag, word, ok := bytes.Cut(rest, []byte{' '})
	id, known := tagIDs[string(tag)]
	if !ok || !known {
		return errors.New("not a known tag and a word")
	}
	e := l.entry(word)
	for _, t := range e.tags {
		if t.id == id {
			return errors.New("met twice")
		}
	}
	e.tags = append(e.tags, struct{ id, feature int }{id, i})
	return nil
}

// addDict files prose's dictionary of unambiguous words.
func (l lexicon) addDict(f *flatModel) error {
	b := f.tagMap
	for range f.nTagMap {
		if len(b) < 2 || len(b) < 3+int(binary.LittleEndian.Uint16(b)) {
			return fmt.Errorf("%w: tag dictionary truncated", ErrFormat)
		}
		k := int(binary.LittleEndian.Uint16(b))
		word, id := b[2:2+k], int(b[2+k])
		if id >= len(f.classes) {
			return fmt.Errorf("%w: word %q has class ID %d of %d", ErrFormat, word, id, len(f.classes))
		}
		e := l.entry(word)
		if e.class != 0 {
			return fmt.Errorf("%w: word %q twice in the dictionary", ErrFormat, word)
		}
		e.class = id + 1
		b = b[3+k:]
	}
	return nil
}

// table makes the Lexicon table. It adds the keys of three bytes or fewer
// first, so that their records, those of every suffix, lie together and
// are there for the longer keys to point to, and in sorted order, so that
// the file is the same on every run.
func (l lexicon) table(f *flatModel) (*Table, error) {
	keys := slices.SortedFunc(maps.Keys(l), func(a, b string) int {
		return cmp.Or(cmp.Compare(min(len(a), 4), min(len(b), 4)), strings.Compare(a, b))
	})
	t := NewTable(len(keys))
	var payload []byte
	for _, key := range keys {
		e := l[key]
		payload = append(payload[:0], byte(e.class))
		var suffix uint32
		if len(key) > 3 {
			suffix = findRec(t, key[len(key)-3:])
		}
		payload = binary.LittleEndian.AppendUint32(payload, suffix)
		end := entryHeader
		for _, i := range e.parts {
			if i >= 0 {
				lo, hi := f.pairs(i)
				end += PairSize * (hi - lo)
			}
			if end > math.MaxUint16 {
				return nil, fmt.Errorf("%w: the entry of %q is too long", ErrFormat, key)
			}
			payload = binary.LittleEndian.AppendUint16(payload, uint16(end))
		}
		for _, i := range e.parts {
			if i >= 0 {
				payload = f.appendPairs(payload, i)
			}
		}
		if len(e.tags) > math.MaxUint8 {
			return nil, fmt.Errorf("%w: word %q follows %d tags", ErrFormat, key, len(e.tags))
		}
		if len(e.tags) > 0 {
			payload = append(payload, byte(len(e.tags)))
			for _, tag := range e.tags {
				payload = append(payload, byte(tag.id))
			}
			for _, tag := range e.tags {
				lo, hi := f.pairs(tag.feature)
				if hi-lo > math.MaxUint8 {
					return nil, fmt.Errorf("%w: feature %q has %d weights", ErrFormat, f.key(tag.feature), hi-lo)
				}
				payload = append(payload, byte(hi-lo))
			}
			for _, tag := range e.tags {
				payload = f.appendPairs(payload, tag.feature)
			}
		}
		if err := t.Add([]byte(key), payload); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// prefixIn returns the index of the prefix key starts with, or -1. No
// prefix of prose's features starts another, so there is at most one.
func prefixIn(prefixes []string, key []byte) int {
	for k, p := range prefixes {
		if bytes.HasPrefix(key, []byte(p)) {
			return k
		}
	}
	return -1
}

// featureTable makes the table of features feats, each under its key.
func featureTable(f *flatModel, feats []int) (*Table, error) {
	t := NewTable(len(feats))
	var payload []byte
	for _, i := range feats {
		payload = f.appendPairs(payload[:0], i)
		if err := t.Add(f.key(i), payload); err != nil {
			return nil, err
		}
	}
	return t, nil
}
