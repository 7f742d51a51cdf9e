package model

import (
	"sync"
	"sync/atomic"

	"github.com/sayso/sayso/entity/gazetteer"
)

// Entity types, in label order.
var types = [...]string{"PER", "ORG", "LOC", "MISC"}

// BILOU labels: 0 is O; type t has B=1+4t, I=2+4t, L=3+4t, U=4+4t.
const nLabels = 1 + 4*len(types)

const (
	bilouB = iota
	bilouI
	bilouL
	bilouU
)

func labelOf(kind, typ int) uint8 { return uint8(1 + 4*typ + kind) }

func kindOf(l uint8) int { return int(l-1) % 4 }

func typeOf(l uint8) int { return int(l-1) / 4 }

// allowed[p][l] says whether label l may follow label p; index nLabels
// stands for the sentence start. final[l] says whether l may end a sentence.
var allowed, final = func() (a [nLabels + 1][nLabels]bool, f [nLabels]bool) {
	for p := 0; p <= nLabels; p++ {
		inside := p > 0 && p < nLabels && (kindOf(uint8(p)) == bilouB || kindOf(uint8(p)) == bilouI)
		for l := 0; l < nLabels; l++ {
			if inside {
				a[p][l] = l > 0 && typeOf(uint8(l)) == typeOf(uint8(p)) &&
					(kindOf(uint8(l)) == bilouI || kindOf(uint8(l)) == bilouL)
			} else {
				a[p][l] = l == 0 || kindOf(uint8(l)) == bilouB || kindOf(uint8(l)) == bilouU
			}
		}
	}
	for l := range f {
		f[l] = l == 0 || kindOf(uint8(l)) == bilouL || kindOf(uint8(l)) == bilouU
	}
	return a, f
}()

// iob2 maps a BILOU label index to its IOB2 string.
var iob2 = func() (s [nLabels]string) {
	s[0] = "O"
	for t, name := range types {
		s[labelOf(bilouB, t)] = "B-" + name
		s[labelOf(bilouU, t)] = "B-" + name
		s[labelOf(bilouI, t)] = "I-" + name
		s[labelOf(bilouL, t)] = "I-" + name
	}
	return s
}()

// toBILOU converts one sentence's IOB2 labels to BILOU indices. Unknown
// types become O.
func toBILOU(labels []string, dst []uint8) []uint8 {
	typ := make([]int, len(labels))
	begin := make([]bool, len(labels))
	for i, l := range labels {
		typ[i] = -1
		p, t := splitLabel(l)
		for k, name := range types {
			if p != 'O' && t == name {
				typ[i] = k
			}
		}
		begin[i] = p == 'B' || (typ[i] >= 0 && (i == 0 || typ[i-1] != typ[i]))
	}
	for i := range labels {
		if typ[i] < 0 {
			dst = append(dst, 0)
			continue
		}
		end := i+1 == len(labels) || typ[i+1] != typ[i] || begin[i+1]
		switch {
		case begin[i] && end:
			dst = append(dst, labelOf(bilouU, typ[i]))
		case begin[i]:
			dst = append(dst, labelOf(bilouB, typ[i]))
		case end:
			dst = append(dst, labelOf(bilouL, typ[i]))
		default:
			dst = append(dst, labelOf(bilouI, typ[i]))
		}
	}
	return dst
}

// Model is a trained tagger. It is immutable and safe for concurrent use.
//
// Its parts each do one job and are read-only once built: setClusters and
// setLexicon (in either order) install the word cache and the lexicon,
// then setStages the weights, from which posTable and secondPass compute
// their sums, and the word cache its own once the model has tagged enough
// text to repay them (see warm). Model puts them to work: extract lists a
// document's features, tag and decode label it.
type Model struct {
	bits   uint8 // of the first stage, whose table static features index
	fx     featurer
	w      weights
	cache  atomic.Pointer[wordCache] // replaced by one with sums by warm
	tagged atomic.Int64              // tokens tagged since setStages, for warm
	warmed atomic.Bool               // warm has built, or is building, the sums
	lex    lexicon                   // the entity lexicon (FeatLexicon); empty without
	gaz    *gazetteer.Gazetteer      // nil unless FeatGazetteer
	pos    posTable
	bounds boundSums // blocks of the sentence bounds (see docwords.go)
	second secondPass
	pool   sync.Pool
}

// modelKinds are the gazetteer classes the model reads, those it was
// trained on. Named organizations (gazetteer.Organization) came later and
// are read by the recognizer's rules only: the model retrained with them
// scored the same on CoNLL-2003 and lower on the seeds.
const modelKinds = gazetteer.Country | gazetteer.Capital | gazetteer.City | gazetteer.Region |
	gazetteer.Continent | gazetteer.Water | gazetteer.Landform | gazetteer.Demonym | gazetteer.Group |
	gazetteer.MaleName | gazetteer.FemaleName | gazetteer.PersonTitle | gazetteer.OrgWord |
	gazetteer.FacWord | gazetteer.LocWord | gazetteer.GPEWord

func newModel(bits uint8, feats Features, clusters wordList) *Model {
	if feats == 0 {
		feats = FeatAll
	}
	m := &Model{bits: bits, fx: featurer{mask: 1<<bits - 1, feats: feats}}
	m.second = secondPass{bk: newS2Buckets(m.fx.mask), history: feats&FeatHistory != 0}
	if feats&FeatGazetteer != 0 {
		m.gaz = gazetteer.Default()
	}
	m.setClusters(clusters) // after gaz, whose encoding of the words it caches
	m.pool.New = func() any { return new(predictScratch) }
	return m
}

type predictScratch struct {
	doc     docScratch
	extra   extraFeats
	sums    []scores // per token, 4 runs: see tag
	labels  []uint8
	labels2 []uint8
	plain   []int8 // see secondPass.features
	sink    uint64 // see touch
}

// best returns the highest-scoring label allowed after prev, at the end of
// a sentence if last. O scores 0: its weights are fixed at zero.
func best(sc *[nLabels]float32, prev uint8, last bool) uint8 {
	bl, bs := -1, float32(0)
	for l := range nLabels {
		if !allowed[prev][l] || (last && !final[l]) {
			continue
		}
		if bl < 0 || sc[l] > bs {
			bl, bs = l, sc[l]
		}
	}
	return uint8(bl)
}

// setClusters installs the word clusters and a cold word cache of their
// words (see wordcache.go).
func (m *Model) setClusters(c wordList) {
	m.cache.Store(newWordCache(c))
	m.cool()
}

// setLexicon installs a lexicon of words (see lexiconWords).
func (m *Model) setLexicon(l wordList) {
	m.lex = newLexicon(l)
	m.cool()
}

// setStages installs the weight tables (see weights.set) and the sums
// computed from them of POS pairs and of the second pass's plain cases; the
// word cache's sums, computed from them too, wait for warm.
func (m *Model) setStages(st ...stage) {
	m.w.set(m.fx.mask, st...)
	m.weightsSet()
}

// setTable is setStages for stages whose weights are laid out in tab (see
// weights.setTable).
func (m *Model) setTable(st []stage, tab []uint64) {
	m.w.setTable(m.fx.mask, st, tab)
	m.weightsSet()
}

// weightsSet computes what depends on the weights once they are installed.
func (m *Model) weightsSet() {
	m.pos.build(&m.fx, &m.w)
	m.bounds.build(&m.fx, &m.w)
	m.second.cache(&m.w)
	m.cool()
}

// cool makes the word cache cold again, for new clusters, lexicon or
// weights, which its records and sums depend on.
func (m *Model) cool() {
	if wc := m.words(); wc != nil && wc.recs != nil {
		m.cache.Store(wc.cold())
	}
	m.tagged.Store(0)
	m.warmed.Store(false)
}

// words returns the word cache.
func (m *Model) words() *wordCache { return m.cache.Load() }

// warmTokens is how many tokens a model tags before its word cache gets
// its sums (see warm).
const warmTokens = 1 << 16

// warm counts n tokens tagged, and once warmTokens have been, installs a
// warm word cache, with the records of the words and the sums of their
// features (see cacheSums): most tokens then cost one lookup instead of
// scanning their text and a third fewer table lookups. Building it takes
// about 20 ms of CPU and saves about 0.3 µs per token, so it repays itself
// over about warmTokens tokens, and a process that tags a few articles
// does not pay for it; labels are the same with or without it. One caller
// builds it while the others go on without.
func (m *Model) warm(n int) {
	if m.tagged.Add(int64(n)) >= warmTokens && m.warmed.CompareAndSwap(false, true) {
		m.warmUp()
	}
}

// warmUp installs the warm word cache now.
func (m *Model) warmUp() {
	m.warmed.Store(true)
	m.cache.Store(m.words().warm(m.gaz, &m.lex.list, &m.fx, &m.w))
}

// Common reports whether word, written exactly so, is in the model's
// vocabulary: the words seen at least three times in the unlabelled news
// text its word clusters were learned from. A lower-case word there is a
// common word ("note", "sale"), whatever capitals a headline gives it.
func (m *Model) Common(word string) bool {
	wc := m.words()
	i, ok := wc.index.get(hashString(word))
	return ok && wc.list.words[i] == word
}

// Predict labels every token of one document (all its sentences, in order,
// so that document-level features see the whole text) and returns one IOB2
// label per token: "B-PER", "I-ORG", "O", with types PER, ORG, LOC and MISC.
// Token.POS should hold Penn Treebank tags from prose's tagger (see TagPOS);
// a sentence whose tokens all lack one is tagged here.
func (m *Model) Predict(doc []Sentence) [][]string {
	s := m.pool.Get().(*predictScratch)
	defer m.pool.Put(s)
	m.extract(doc, &s.doc, true)
	labels := m.tag(s)
	if s.doc.wc.recs == nil {
		m.warm(len(labels))
	}
	flat := make([]string, len(labels))
	for i, l := range labels {
		flat[i] = iob2[l]
	}
	out := make([][]string, len(doc))
	at := 0
	for i, sent := range doc {
		out[i] = flat[at : at+len(sent) : at+len(sent)]
		at += len(sent)
	}
	return out
}
