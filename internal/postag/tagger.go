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
// nothing but the lower-case forms of words that are not lower-case ASCII.
type scratch struct {
	// ctx holds the normalized words between two sentinels at each end, so
	// that ctx[i : i+5] is token i's window, from two words back to two on.
	ctx []string
	// words and suffixes hold, for each word of ctx, its payload in the
	// Words table and that of its last three bytes in the Suffixes table:
	// each word is looked up once, not once for each of the five places in
	// which it is a feature.
	words, suffixes [][]byte
	scores          [tables.MaxClasses]float32
	key             []byte // a feature being looked up whole
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
	return &Tagger{m: m, pool: &sync.Pool{New: func() any { return &scratch{key: make([]byte, 0, 64)} }}}, nil
})

// TagTokens sets the Tag of each token from the Texts of all of them, which
// are taken as one sentence, as prose's (*tag.Tagger).TagTokens does.
func (t *Tagger) TagTokens(tokens []token.Token) {
	if len(tokens) == 0 {
		return
	}
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	n := len(tokens) + 4
	if cap(s.ctx) < n {
		s.ctx, s.words, s.suffixes = make([]string, n), make([][]byte, n), make([][]byte, n)
	}
	s.ctx, s.words, s.suffixes = s.ctx[:n], s.words[:n], s.suffixes[:n]
	s.ctx[0], s.ctx[1] = start1, start2
	for i := range tokens {
		s.ctx[i+2] = normalize(tokens[i].Text)
	}
	s.ctx[n-2], s.ctx[n-1] = "-END-", "-END2-"
	for i, w := range s.ctx {
		s.words[i] = t.m.Words.FindString(w)
		s.suffixes[i] = t.m.Suffixes.FindString(suffix(w, 3))
	}
	p1, p2 := start1, start2
	id1, id2 := t.m.tagID(p1), t.m.tagID(p2)
	for i := range tokens {
		tag, id := t.tagOne(s, i, tokens[i].Text, p1, p2, id1, id2)
		tokens[i].Tag = tag
		p2, p1 = p1, tag
		id2, id1 = id1, id
	}
	clear(s.ctx) // drop the words, which the pool would keep alive
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
		id, ok := t.m.tagFor(word)
		if !ok {
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
	j := i + 2 // the token's place in s.ctx
	suf := s.suffixes[j]
	if raw := suffix(word, 3); raw != suffix(s.ctx[j], 3) {
		suf = m.Suffixes.FindString(raw)
	}
	tables.AddPairs(sc, tables.Part(suf, tables.SuffixParts, tables.PartSuffix))
	if word == "" {
		tables.AddPairs(sc, m.pref1[256])
	} else {
		tables.AddPairs(sc, m.pref1[word[0]])
	}
	tables.AddPairs(sc, s.tagWeights(m, m.tag1, id1, tables.Tag1, p1, "", ""))
	tables.AddPairs(sc, s.tagWeights(m, m.tag2, id2, tables.Tag2, p2, "", ""))
	id12 := -1
	if id1 >= 0 && id2 >= 0 {
		id12 = id1*len(m.tags) + id2
	}
	tables.AddPairs(sc, s.tagWeights(m, m.tag12, id12, tables.Tag12, p1, " ", p2))
	tables.AddPairs(sc, tables.Part(s.words[j], tables.WordParts, tables.PartWord))
	tables.AddPairs(sc, s.tagWeights(m, nil, -1, tables.Tag1Word, p1, " ", s.ctx[j]))
	tables.AddPairs(sc, tables.Part(s.words[j-1], tables.WordParts, tables.PartWordM1))
	tables.AddPairs(sc, tables.Part(s.suffixes[j-1], tables.SuffixParts, tables.PartSuffixM1))
	tables.AddPairs(sc, tables.Part(s.words[j-2], tables.WordParts, tables.PartWordM2))
	tables.AddPairs(sc, tables.Part(s.words[j+1], tables.WordParts, tables.PartWordP1))
	tables.AddPairs(sc, tables.Part(s.suffixes[j+1], tables.SuffixParts, tables.PartSuffixP1))
	tables.AddPairs(sc, tables.Part(s.words[j+2], tables.WordParts, tables.PartWordP2))
	// The first of the highest scores wins, as in prose.
	best, bestID := float32(math.Inf(-1)), -1
	for id, v := range sc[:len(m.Classes)] {
		if v > best {
			best, bestID = v, id
		}
	}
	return bestID
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
