package model

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"

	"github.com/jdkato/prose/v3/token"
	"github.com/sayso/sayso/internal/postag"
)

// magic opens a model file; its last byte is the format's version.
const magic = "SAYSONER\x05"

// ErrBadModel reports a model file that cannot be read.
var ErrBadModel = errors.New("model: bad model file")

// embedded is the default model, read in place (see Load).
//
//go:embed data/model.bin
var embedded string

var defaultModel = sync.OnceValues(func() (*Model, error) {
	if len(embedded) == 0 {
		return nil, fmt.Errorf("%w: no embedded model", ErrBadModel)
	}
	return load(embedded)
})

// Default returns the embedded model, trained on CoNLL-2003. It is loaded
// on the first call and shared afterwards.
func Default() (*Model, error) { return defaultModel() }

// The model file, version 5, little-endian, laid out to be read without
// decompressing and with few allocations:
//
//	magic
//	feats, stages, clusters, lexicon: uint32 each (the feature set, the
//	    number of stages and of words in each list)
//	per stage: table bits (a byte) and scale (float32 bits)
//	per stage and bucket: a uint16 whose bit l says that the weight of
//	    label l+1 is not zero, then those weights, zigzag uvarints
//	the word clusters, then the lexicon: per word, sorted and distinct,
//	    a uvarint length, the word, and a uvarint value
//
// Four weights in five are zero and most others small, so the weights take
// about a sixth of their 4 MB in memory; the file is about 1 MB.

// Save writes the model in the format Load reads.
func (m *Model) Save(w io.Writer) error {
	b := []byte(magic)
	for _, v := range [...]int{int(m.fx.feats), len(m.w.stages), len(m.words().list.words), len(m.lex.list.words)} {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	for _, st := range m.w.stages {
		b = append(b, st.bits)
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(st.scale))
	}
	for si, st := range m.w.stages {
		for bk := range 1 << st.bits {
			var nz uint16
			for l := range nw {
				if m.w.get(si, bk, l) != 0 {
					nz |= 1 << l
				}
			}
			b = binary.LittleEndian.AppendUint16(b, nz)
			for l := range nw {
				if v := m.w.get(si, bk, l); v != 0 {
					b = binary.AppendVarint(b, int64(v))
				}
			}
		}
	}
	for _, l := range []*wordList{&m.words().list, &m.lex.list} {
		for i, word := range l.words {
			b = binary.AppendUvarint(b, uint64(len(word)))
			b = append(b, word...)
			b = binary.AppendUvarint(b, uint64(l.vals[i]))
		}
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("model: save: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	return load(string(b))
}

// load reads a model file held in s. The model's words are slices of s.
func load(s string) (*Model, error) {
	rest, ok := strings.CutPrefix(s, magic)
	if !ok {
		if strings.HasPrefix(s, magic[:len(magic)-1]) || strings.HasPrefix(s, "\x1f\x8b") {
			return nil, fmt.Errorf("%w: an older format (version 4 and before were gzip-compressed): retrain", ErrBadModel)
		}
		return nil, fmt.Errorf("%w: bad header", ErrBadModel)
	}
	rd := &fileReader{s: rest}
	feats, nstages, ncl, nlex := rd.u32(), rd.u32(), rd.u32(), rd.u32()
	if rd.err != nil || ncl > 1<<24 || nlex > 1<<24 || nstages < 1 || nstages > 2 {
		return nil, fmt.Errorf("%w: bad sizes", ErrBadModel)
	}
	// The stages' weights go straight into the table tagging reads,
	// without tables of their own.
	stages := make([]stage, nstages)
	for i := range stages {
		bits, scale := rd.byte(), rd.u32()
		if rd.err != nil || bits < 12 || bits > 20 || (i > 0 && bits != stages[0].bits) {
			return nil, fmt.Errorf("%w: bad table size", ErrBadModel)
		}
		stages[i] = stage{bits: bits, mask: 1<<bits - 1, scale: math.Float32frombits(scale)}
	}
	tab := make([]uint64, len(stages)*(1<<stages[0].bits)*rowWords) // see weights
	for i := range stages {
		if err := rd.weights(tab, len(stages)*rowWords, i, stages[0].bits); err != nil {
			return nil, err
		}
	}
	clusters, err := rd.words(int(ncl), 1<<32-1)
	if err != nil {
		return nil, fmt.Errorf("%w: clusters: %w", ErrBadModel, err)
	}
	lex, err := rd.words(int(nlex), 0xffff)
	if err != nil {
		return nil, fmt.Errorf("%w: lexicon: %w", ErrBadModel, err)
	}
	if rd.s != "" {
		return nil, fmt.Errorf("%w: trailing bytes", ErrBadModel)
	}
	m := newModel(stages[0].bits, Features(feats), wordList{})
	m.setLexicon(lex)
	m.setClusters(clusters)
	m.setTable(stages, tab)
	return m, nil
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
