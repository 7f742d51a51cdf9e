package postag

import (
	"math"
	"strings"
	"sync"

	"github.com/jdkato/prose/v3/token"
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
	ctx    []string            // normalized words between two sentinels at each end
	scores [maxClasses]float32 // the classes' scores for the current token
	key    []byte              // the feature being looked up
}

// New returns a Tagger with prose's English model. The model is decoded on
// the first call, in a few milliseconds, and shared by every Tagger; New
// fails only if the prose module in the build holds a model in a format this
// package does not read.
func New() (*Tagger, error) {
	m, err := english()
	if err != nil {
		return nil, err
	}
	return &Tagger{m: m, pool: &sync.Pool{New: func() any { return &scratch{key: make([]byte, 0, 64)} }}}, nil
}

// TagTokens sets the Tag of each token from the Texts of all of them, which
// are taken as one sentence, as prose's (*tag.Tagger).TagTokens does.
func (t *Tagger) TagTokens(tokens []token.Token) {
	if len(tokens) == 0 {
		return
	}
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	// ctx[i : i+5] is the window of token i, from two words back to two on.
	n := len(tokens) + 4
	if cap(s.ctx) < n {
		s.ctx = make([]string, n)
	}
	ctx := s.ctx[:n]
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i := range tokens {
		ctx[i+2] = normalize(tokens[i].Text)
	}
	ctx[n-2], ctx[n-1] = "-END-", "-END2-"
	p1, p2 := "-START-", "-START2-"
	for i := range tokens {
		tag := t.tagOne(s, ctx[i:i+5], tokens[i].Text, p1, p2)
		tokens[i].Tag = tag
		p2, p1 = p1, tag
	}
	clear(ctx) // drop the words, which the pool would keep alive
}

// tagOne tags word, whose window is w, after the tags p1 and p2. The
// shortcuts, and their order, are prose's.
func (t *Tagger) tagOne(s *scratch, w []string, word, p1, p2 string) string {
	switch {
	case word == "-":
		return "-"
	case isEmoticon(word):
		return "SYM"
	case strings.HasPrefix(word, "@"):
		return "NN"
	case isTrace(word):
		return "-NONE-"
	case isBracket(word):
		return word
	}
	if tag, ok := t.m.tagFor(word); ok {
		return tag
	}
	return t.predict(s, w, word, p1, p2)
}

// predict scores prose's fourteen features of word and returns the best
// tag. The scores are float32 sums taken in prose's order, so they are
// prose's to the last bit; "bias", always first, starts every score.
func (t *Tagger) predict(s *scratch, w []string, word, p1, p2 string) string {
	sc := s.scores[:len(t.m.classes)]
	copy(sc, t.m.bias)
	s.add(t.m, "i suffix ", suffix(word, 3), "", "")
	s.add(t.m, "i pref1 ", prefix1(word), "", "")
	s.add(t.m, "i-1 tag ", p1, "", "")
	s.add(t.m, "i-2 tag ", p2, "", "")
	s.add(t.m, "i tag+i-2 tag ", p1, " ", p2)
	s.add(t.m, "i word ", w[2], "", "")
	s.add(t.m, "i-1 tag+i word ", p1, " ", w[2])
	s.add(t.m, "i-1 word ", w[1], "", "")
	s.add(t.m, "i-1 suffix ", suffix(w[1], 3), "", "")
	s.add(t.m, "i-2 word ", w[0], "", "")
	s.add(t.m, "i+1 word ", w[3], "", "")
	s.add(t.m, "i+1 suffix ", suffix(w[3], 3), "", "")
	s.add(t.m, "i+2 word ", w[4], "", "")
	// The first of the highest scores wins, as in prose.
	best, bestID := float32(math.Inf(-1)), -1
	for id, v := range sc {
		if v > best {
			best, bestID = v, id
		}
	}
	if bestID < 0 {
		return ""
	}
	return t.m.classes[bestID]
}

// add adds the weights of the feature a+b+c+d to the scores.
func (s *scratch) add(m *model, a, b, c, d string) {
	s.key = append(append(append(append(s.key[:0], a...), b...), c...), d...)
	m.addWeights(s.scores[:len(m.classes)], s.key)
}
