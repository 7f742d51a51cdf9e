package postag

import (
	"math"
	"strings"
	"sync"

	"github.com/jdkato/prose/v3/token"

	"github.com/sayso/sayso/internal/postag/tables"
)

// Tagger assigns Penn Treebank part-of-speech tags, the same ones prose's
// tag.Tagger assigns. It is safe for concurrent use.
type Tagger struct {
	m    *model
	pool *sync.Pool // of *scratch
}

// scratch is one call's working space, pooled so that tagging allocates
// nothing but the lower-case forms of words that are not ASCII.
type scratch struct {
	// ctx holds the weights of the normalized words between two sentinels
	// at each end, so that ctx[i : i+5] is token i's window, from two
	// words back to two on: each word is looked up once, not once for
	// each of the five places in which it is a feature.
	ctx []wordWeights
	// toks holds what the model knows of each token as written.
	toks   []tokenWeights
	norm   []byte // a token's normalized word
	scores [tables.MaxClasses]float32
	key    []byte // a feature being looked up whole
}

// tokenWeights is what the model knows of a token as written.
type tokenWeights struct {
	class  int    // its class ID + 1 in prose's dictionary, 0 if none
	suffix []byte // the weights of its last three bytes, feature "i suffix"
}

// New returns the Tagger with prose's English model. The model is read on
// the first call, in place; every call returns the same Tagger, so calling
// New wherever one is needed costs nothing.
func New() (*Tagger, error) { return english() }

// english is the one Tagger, made on first use.
var english = sync.OnceValues(func() (*Tagger, error) {
	m, err := englishModel()
	if err != nil {
		return nil, err
	}
	return &Tagger{m: m, pool: &sync.Pool{New: func() any { return &scratch{key: make([]byte, 0, 64), norm: make([]byte, 0, 64)} }}}, nil
})

// TagTokens sets the Tag of each token from the Texts of all of them, which
// are taken as one sentence, as prose's (*tag.Tagger).TagTokens does.
func (t *Tagger) TagTokens(tokens []token.Token) {
	if len(tokens) == 0 {
		return
	}
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	m := t.m
	n := len(tokens)
	if cap(s.ctx) < n+4 {
		s.ctx, s.toks = make([]wordWeights, n+4), make([]tokenWeights, n)
	}
	s.ctx, s.toks = s.ctx[:n+4], s.toks[:n]
	s.ctx[0], s.ctx[1] = m.starts[0], m.starts[1]
	for i := range tokens {
		s.lookUp(m, i, tokens[i].Text)
	}
	s.ctx[n+2], s.ctx[n+3] = m.ends[0], m.ends[1]
	p1, p2 := tables.Start1, tables.Start2
	id1, id2 := t.m.tagID(p1), t.m.tagID(p2)
	for i := range tokens {
		tag, id := t.tagOne(s, i, tokens[i].Text, p1, p2, id1, id2)
		tokens[i].Tag = tag
		p2, p1 = p1, tag
		id2, id1 = id1, id
	}
}

// lookUp looks token i, whose text is raw, up in the Lexicon: its class in
// the dictionary and, unless it has one, the weights of its last three
// bytes as written; and its normalized word's weights, in s.ctx. A
// lower-case word is looked up once, as written and as normalized, and
// once more for its last three bytes if it is longer than that.
func (s *scratch) lookUp(m *model, i int, raw string) {
	e := tables.Entry(m.Lexicon.FindString(raw))
	w, tok := &s.ctx[i+2], &s.toks[i]
	if isNormal(raw) { // most words: no need to make the normalized form
		setWeights(m, w, raw, e)
		tok.class = e.Class()
		tok.suffix = w.suffix.Suffix(tables.PartSuffix)
		return
	}
	s.norm = appendNormal(s.norm[:0], raw)
	if string(s.norm) == raw {
		setWeights(m, w, s.norm, e)
	} else {
		m.lookUp(w, s.norm)
	}
	tok.class = e.Class()
	if tok.class > 0 {
		return // tagged from the dictionary, or by a shortcut: not scored
	}
	// "i suffix" is of the word as written, the other suffix features of
	// the normalized words.
	raw3 := suffix(raw, 3)
	switch {
	case raw3 == string(s.norm[max(len(s.norm)-3, 0):]):
		tok.suffix = w.suffix.Suffix(tables.PartSuffix)
	case len(raw) <= 3:
		tok.suffix = e.Suffix(tables.PartSuffix)
	case e != nil:
		tok.suffix = tables.Entry(m.Lexicon.At(e.SuffixRec())).Suffix(tables.PartSuffix)
	default:
		tok.suffix = tables.Entry(m.Lexicon.FindString(raw3)).Suffix(tables.PartSuffix)
	}
}

// tagOne tags token i, whose text is word, after the tags p1 and p2, whose
// tag IDs are id1 and id2; it returns the tag and its ID. The shortcuts, and
// their order, are prose's.
func (t *Tagger) tagOne(s *scratch, i int, word, p1, p2 string, id1, id2 int) (string, int) {
	var tag string
	switch {
	case word == "-":
		tag = "-"
	case isEmoticon(word):
		tag = "SYM"
	case strings.HasPrefix(word, "@"):
		tag = "NN"
	case isTrace(word):
		tag = "-NONE-"
	case isBracket(word):
		tag = word
	default:
		id := s.toks[i].class - 1
		if id < 0 {
			id = t.predict(s, i, word, p1, p2, id1, id2)
		}
		if id < 0 {
			return "", -1
		}
		return t.m.Classes[id], id
	}
	return tag, t.m.tagID(tag)
}

// predict scores prose's fourteen features of token i, whose text is word,
// and returns the class ID of the best tag, -1 if no score beats minus
// infinity (prose's tag is then ""). The scores are float32 sums taken in
// prose's order, so they are prose's to the last bit; "bias", always first,
// starts every score.
func (t *Tagger) predict(s *scratch, i int, word, p1, p2 string, id1, id2 int) int {
	m := t.m
	sc := &s.scores
	copy(sc[:len(m.Classes)], m.bias[:])
	tables.AddPairs(sc, s.toks[i].suffix)
	pref1 := m.pref1[256]
	if word != "" {
		pref1 = m.pref1[word[0]]
	}
	if id1 >= 0 && id2 >= 0 {
		addDense3(sc[:len(m.Classes)], pref1, m.tag1[id1], m.tag2[id2])
	} else {
		addDense(sc[:len(m.Classes)], pref1)
		s.addTag(m, m.tag1, id1, tables.Tag1, p1)
		s.addTag(m, m.tag2, id2, tables.Tag2, p2)
	}
	id12 := -1
	if id1 >= 0 && id2 >= 0 {
		id12 = id1*len(m.tags) + id2
	}
	tables.AddPairs(sc, s.tagWeights(m, m.tag12, id12, tables.Tag12, p1, " ", p2))
	win := s.ctx[i : i+5 : i+5] // the token's window; the token is win[2]
	tables.AddPairs(sc, win[2].word.Word(tables.PartWord))
	// The tables file every Tag1Word feature under its word, and Build
	// refuses a model with one whose tag has no ID: a tag without one
	// has no weights.
	if id1 >= 0 {
		tables.AddPairs(sc, win[2].word.Tag(id1))
	}
	tables.AddPairs(sc, win[1].word.Word(tables.PartWordM1))
	tables.AddPairs(sc, win[1].suffix.Suffix(tables.PartSuffixM1))
	tables.AddPairs(sc, win[0].word.Word(tables.PartWordM2))
	tables.AddPairs(sc, win[3].word.Word(tables.PartWordP1))
	tables.AddPairs(sc, win[3].suffix.Suffix(tables.PartSuffixP1))
	tables.AddPairs(sc, win[4].word.Word(tables.PartWordP2))
	// The first of the highest scores wins, as in prose.
	best, bestID := order(float32(math.Inf(-1))), -1
	for id, v := range sc[:len(m.Classes)] {
		if k := order(v); k > best {
			best, bestID = k, id
		}
	}
	return bestID
}

// order returns an integer that orders as f does among floats that are
// not NaN, the scores' case: their weights are finite and small (see
// tables.TestWeightsAreSmall). Both zeros give 0. Comparing integers lets
// predict pick the best score without a branch that the scores, in no
// order, would mispredict.
func order(f float32) int32 {
	b := math.Float32bits(f)
	mag, neg := int32(b&math.MaxInt32), int32(b)>>31 // neg: 0, or -1 if f < 0
	return mag ^ neg - neg
}

// addTag adds to the scores the weights of the feature prefix+tag:
// byID[id] when id >= 0, and otherwise those of the whole key in the
// Features table.
func (s *scratch) addTag(m *model, byID [][]float32, id int, prefix, tag string) {
	if id >= 0 {
		addDense(s.scores[:len(m.Classes)], byID[id])
		return
	}
	tables.AddPairs(&s.scores, s.tagWeights(m, nil, -1, prefix, tag, "", ""))
}

// addDense adds w, weights by class ID, to the scores sc.
func addDense(sc, w []float32) {
	w = w[:len(sc)]
	for c := range sc {
		sc[c] += w[c]
	}
}

// addDense3 adds a, then b, then c, weights by class ID, to the scores sc:
// what addDense does thrice, in one pass.
func addDense3(sc, a, b, c []float32) {
	a, b, c = a[:len(sc)], b[:len(sc)], c[:len(sc)]
	for i := range sc {
		sc[i] = sc[i] + a[i] + b[i] + c[i]
	}
}

// tagWeights returns the weights of the feature prefix+a+b+c: byID[id] when
// id >= 0, and otherwise those of the whole key in the Features table.
func (s *scratch) tagWeights(m *model, byID [][]byte, id int, prefix, a, b, c string) []byte {
	if id >= 0 {
		return byID[id]
	}
	s.key = append(append(append(append(s.key[:0], prefix...), a...), b...), c...)
	return m.Features.Find(s.key)
}
