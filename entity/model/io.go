package model

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"sync"

	"github.com/jdkato/prose/v3/token"
	"github.com/sayso/sayso/internal/postag"
)

const magic = "SAYSONER\x04"

// ErrBadModel reports a model file that cannot be read.
var ErrBadModel = errors.New("model: bad model file")

//go:embed data/model.gz
var embedded []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	if len(embedded) == 0 {
		return nil, fmt.Errorf("%w: no embedded model", ErrBadModel)
	}
	return Load(bytes.NewReader(embedded))
})

// Default returns the embedded model, trained on CoNLL-2003. It is loaded
// on the first call and shared afterwards.
func Default() (*Model, error) { return defaultModel() }

// Save writes the model, gzip-compressed, in the format Load reads.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("model: save: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	hdr := []any{uint32(m.fx.feats), uint32(len(m.w.stages)), uint32(len(m.cache.clusters)), uint32(len(m.lex.words))}
	for _, v := range hdr {
		binary.Write(bw, binary.LittleEndian, v)
	}
	// Weights are written label-major and delta-coded so the many zero and
	// small weights of rare labels compress into long runs.
	for _, st := range m.w.stages {
		binary.Write(bw, binary.LittleEndian, st.bits)
		binary.Write(bw, binary.LittleEndian, math.Float32bits(st.scale))
		nb := 1 << st.bits
		buf := make([]byte, 2*nb)
		for l := range nw {
			prev := int16(0)
			for b := range nb {
				v := st.get(b, l)
				binary.LittleEndian.PutUint16(buf[2*b:], uint16(v-prev))
				prev = v
			}
			bw.Write(buf)
		}
	}
	words := make([]string, 0, len(m.cache.clusters))
	for w := range m.cache.clusters {
		words = append(words, w)
	}
	slices.Sort(words)
	var vb [binary.MaxVarintLen64]byte
	for _, w := range words {
		bw.Write(vb[:binary.PutUvarint(vb[:], uint64(len(w)))])
		bw.WriteString(w)
		bw.Write(vb[:binary.PutUvarint(vb[:], uint64(m.cache.clusters[w]))])
	}
	for _, w := range slices.Sorted(maps.Keys(m.lex.words)) {
		bw.Write(vb[:binary.PutUvarint(vb[:], uint64(len(w)))])
		bw.WriteString(w)
		bw.Write(vb[:binary.PutUvarint(vb[:], uint64(m.lex.words[w]))])
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("model: save: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("model: save: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("%w: bad header", ErrBadModel)
	}
	var feats, nstages, ncl, nlex uint32
	for _, v := range []any{&feats, &nstages, &ncl, &nlex} {
		if err := binary.Read(br, binary.LittleEndian, v); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
		}
	}
	if ncl > 1<<24 || nlex > 1<<24 || nstages < 1 || nstages > 2 {
		return nil, fmt.Errorf("%w: bad sizes", ErrBadModel)
	}
	var stages []stage
	for range nstages {
		var (
			bits  uint8
			scale uint32
		)
		if err := binary.Read(br, binary.LittleEndian, &bits); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
		}
		if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
		}
		if bits < 12 || bits > 20 {
			return nil, fmt.Errorf("%w: bad table size", ErrBadModel)
		}
		st := newStage(bits)
		st.scale = math.Float32frombits(scale)
		nb := 1 << bits
		buf := make([]byte, 2*nb)
		for l := range nw {
			if _, err := io.ReadFull(br, buf); err != nil {
				return nil, fmt.Errorf("%w: weights: %w", ErrBadModel, err)
			}
			prev := int16(0)
			for b := range nb {
				prev += int16(binary.LittleEndian.Uint16(buf[2*b:]))
				if prev < -qmax || prev > qmax {
					return nil, fmt.Errorf("%w: weight out of range", ErrBadModel)
				}
				if prev != 0 {
					st.set(b, l, prev)
				}
			}
		}
		stages = append(stages, st)
	}
	if len(stages) == 2 && stages[1].bits != stages[0].bits {
		return nil, fmt.Errorf("%w: stage sizes differ", ErrBadModel)
	}
	m := newModel(stages[0].bits, Features(feats), nil)
	clusters := make(map[string]uint32, min(ncl, 1<<16))
	for range ncl {
		w, v, err := readEntry(br, 1<<32-1)
		if err != nil {
			return nil, fmt.Errorf("%w: clusters: %w", ErrBadModel, err)
		}
		clusters[w] = uint32(v)
	}
	lex := make(map[string]uint16, min(nlex, 1<<16)) // the count is not trusted
	for range nlex {
		w, v, err := readEntry(br, 0xffff)
		if err != nil {
			return nil, fmt.Errorf("%w: lexicon: %w", ErrBadModel, err)
		}
		lex[w] = uint16(v)
	}
	m.setLexicon(lex)
	m.setClusters(clusters)
	m.setStages(stages...) // after the clusters, whose words it caches
	return m, nil
}

// errEntry reports a word entry of the model file that is too long or
// whose value is out of range.
var errEntry = errors.New("bad entry")

// readEntry reads one word entry of the model file: the word's length, the
// word, and a value of at most maxV.
func readEntry(br *bufio.Reader, maxV uint64) (string, uint64, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return "", 0, err
	}
	if n > 1<<16 {
		return "", 0, errEntry
	}
	wb := make([]byte, n)
	if _, err := io.ReadFull(br, wb); err != nil {
		return "", 0, err
	}
	v, err := binary.ReadUvarint(br)
	if err != nil {
		return "", 0, err
	}
	if v > maxV {
		return "", 0, errEntry
	}
	return string(wb), v, nil
}

// TagPOS fills Token.POS of every token with the tags of prose's
// part-of-speech tagger, the tagger the model's POS features were trained
// with, as internal/postag gives them.
func TagPOS(sents []Sentence) error {
	t, err := postag.New()
	if err != nil {
		return fmt.Errorf("model: POS tagger: %w", err)
	}
	var toks []token.Token
	for _, s := range sents {
		toks = toks[:0]
		for _, tk := range s {
			toks = append(toks, token.Token{Text: tk.Text})
		}
		t.TagTokens(toks)
		for i := range s {
			s[i].POS = toks[i].Tag
		}
	}
	return nil
}
