package tables

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
)

// Build makes the tables from prose's model file.
//
// prose's features are sorted by key, so the features of one prefix are one
// run, sorted by value, and merging the runs of a group's prefixes gathers
// each value's weights in one pass. Build checks both: a model it cannot
// group exactly is an error, never a table that tags differently.
func Build(model []byte) (*Tables, error) {
	f, err := readFlat(model)
	if err != nil {
		return nil, err
	}
	if len(model) > math.MaxUint32 {
		return nil, fmt.Errorf("%w: a model of %d bytes", ErrFormat, len(model))
	}
	t := &Tables{SourceLen: uint32(len(model)), SourceCRC: crc32.ChecksumIEEE(model), Classes: f.classes}
	wordPrefixes, suffixPrefixes := WordPrefixes(), SuffixPrefixes()
	var words [WordParts]run
	var suffixes [SuffixParts]run
	var others []int
	for i := range f.numFeatures() {
		key := f.key(i)
		if k := prefixIn(wordPrefixes[:], key); k >= 0 {
			err = words[k].extend(i)
		} else if k := prefixIn(suffixPrefixes[:], key); k >= 0 {
			err = suffixes[k].extend(i)
		} else {
			others = append(others, i)
		}
		if err != nil {
			return nil, err
		}
	}
	if t.Features, err = featureTable(f, others); err != nil {
		return nil, err
	}
	if t.Words, err = groupTable(f, wordPrefixes[:], words[:]); err != nil {
		return nil, err
	}
	if t.Suffixes, err = groupTable(f, suffixPrefixes[:], suffixes[:]); err != nil {
		return nil, err
	}
	if t.Dict, err = dictTable(f); err != nil {
		return nil, err
	}
	return t, nil
}

// run is a run of features by index, lo <= i < hi; the zero run is empty.
type run struct{ lo, hi int }

// extend adds feature i to r, which must end just before it.
func (r *run) extend(i int) error {
	switch {
	case r.lo == r.hi:
		*r = run{i, i + 1}
	case r.hi == i:
		r.hi++
	default:
		return fmt.Errorf("%w: prose's features are not sorted at %d", ErrFormat, i)
	}
	return nil
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

// groupTable makes the table of a group of prefixes, runs[k] holding the
// features with prefix prefixes[k]: one key for each value, with a payload
// of its weights under each prefix (see Part).
func groupTable(f *flatModel, prefixes []string, runs []run) (*Table, error) {
	type entry struct{ key, payload []byte }
	var entries []entry
	heads := make([][]byte, len(runs)) // the value of each run's next feature, nil at its end
	next := func(k int) []byte {
		if runs[k].lo == runs[k].hi {
			return nil
		}
		return f.key(runs[k].lo)[len(prefixes[k]):]
	}
	for k := range runs {
		heads[k] = next(k)
	}
	at := make([]int, len(runs)) // the feature of each prefix with the value, or -1
	for {
		var least []byte
		for _, h := range heads {
			if h != nil && (least == nil || bytes.Compare(h, least) < 0) {
				least = h
			}
		}
		if least == nil {
			break
		}
		payload := make([]byte, len(runs))
		for k, h := range heads {
			at[k] = -1
			if h == nil || !bytes.Equal(h, least) {
				continue
			}
			at[k] = runs[k].lo
			lo, hi := f.pairs(at[k])
			if hi-lo > math.MaxUint8 {
				return nil, fmt.Errorf("%w: feature %q has %d weights", ErrFormat, f.key(at[k]), hi-lo)
			}
			payload[k] = byte(hi - lo)
			runs[k].lo++
			if heads[k] = next(k); heads[k] != nil && bytes.Compare(heads[k], least) <= 0 {
				return nil, fmt.Errorf("%w: prose's features are not sorted at %d", ErrFormat, runs[k].lo)
			}
		}
		for _, i := range at {
			if i >= 0 {
				payload = f.appendPairs(payload, i)
			}
		}
		entries = append(entries, entry{least, payload})
	}
	t := NewTable(len(entries))
	for _, e := range entries {
		if err := t.Add(e.key, e.payload); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// dictTable makes the table of prose's unambiguous words, each with a
// payload of one byte, its class ID.
func dictTable(f *flatModel) (*Table, error) {
	t := NewTable(f.nTagMap)
	b := f.tagMap
	for range f.nTagMap {
		if len(b) < 2 || len(b) < 3+int(binary.LittleEndian.Uint16(b)) {
			return nil, fmt.Errorf("%w: tag dictionary truncated", ErrFormat)
		}
		k := int(binary.LittleEndian.Uint16(b))
		word, id := b[2:2+k], b[2+k:3+k]
		if int(id[0]) >= len(f.classes) {
			return nil, fmt.Errorf("%w: word %q has class ID %d of %d", ErrFormat, word, id[0], len(f.classes))
		}
		if err := t.Add(word, id); err != nil {
			return nil, err
		}
		b = b[3+k:]
	}
	return t, nil
}
