package entity

import (
	"slices"
	"sync"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity/model"
	"github.com/sayso/sayso/internal/ortho"
)

// wordsPool holds words structs for reuse: their word arrays and sets
// are large, and building them anew for every document made a good part
// of the garbage a pass leaves.
var wordsPool = sync.Pool{New: func() any {
	return &words{formIDs: make(map[string]int32, 1024), pairs: make(map[[2]int32]bool, 64), normal: make(normMemo, 64)}
}}

// maxPooledWords bounds the documents whose arrays are kept for reuse: one
// huge document must not keep its memory alive in the pool.
const maxPooledWords = 1 << 16

// release empties ws and returns it to the pool. ws must not be used
// after: nothing Recognize returns refers to its arrays, only to strings.
func (ws *words) release() {
	if cap(ws.w) > maxPooledWords {
		return // let the collector have it
	}
	clear(ws.w)
	clear(ws.normAll)
	ws.w, ws.sents, ws.normAll, ws.shapes = ws.w[:0], ws.sents[:0], ws.normAll[:0], ws.shapes[:0]
	clear(ws.forms)
	ws.forms = ws.forms[:0]
	clear(ws.formIDs)
	clear(ws.pairs)
	clear(ws.normal)
	ws.lists = nil
	ws.scratch.reset()
	ws.doc = nil
	wordsPool.Put(ws)
}

// normMemo remembers corpus.Normalize of strings; a nil normMemo
// remembers nothing.
type normMemo map[string]string

// normalize returns corpus.Normalize(s), remembering the answers for
// non-ASCII s.
func (nm normMemo) normalize(s string) string {
	if ortho.IsASCII(s) {
		return s // as corpus.Normalize, which returns ASCII unchanged
	}
	if n, ok := nm[s]; ok {
		return n
	}
	n := corpus.Normalize(s)
	if nm != nil {
		nm[s] = n
	}
	return n
}

// scratch holds the arrays one call of Recognize fills and drops: the
// model's input, the proposed spans and labels, the candidate mentions,
// the resolver's nodes and its sets. They live in the
// pooled words struct (see wordsPool), so that a call reuses the arrays of
// an earlier one instead of growing new ones; nothing Recognize returns
// refers to them.
type scratch struct {
	// tokens and sentences hold the model's input, one window at a time
	// (see modelSpans): the model keeps nothing of it after Predict.
	tokens    []model.Token
	sentences []model.Sentence
	// The spans of the rules, of the model and of both (see proposals),
	// the model's label of each word and the words the spans cover.
	rules, model, spans []rawSpan
	labels              []string
	// covered and used flag the words that spans, or the user lexicon's
	// matches, already take.
	covered, used []bool
	// like holds runFinder's answers of nameLike.
	like     []uint8
	mentions []mention
	nodes    []node
	groups   []group
	ints     []int
	members  []int
	groupMap map[int]*group
	keys     map[string]mentionKeys
	first    map[string]int
}

// firstMemo returns an empty map for resolve's first node of each key,
// replacing the one of the previous call.
func (s *scratch) firstMemo() map[string]int {
	if s.first == nil {
		s.first = make(map[string]int, 64)
	}
	clear(s.first)
	return s.first
}

// keyMemo returns an empty map for resolve's mention keys, replacing the
// one of the previous call.
func (s *scratch) keyMemo() map[string]mentionKeys {
	if s.keys == nil {
		s.keys = make(map[string]mentionKeys, 64)
	}
	clear(s.keys)
	return s.keys
}

// reset empties s for the next call, dropping what the arrays point to.
func (s *scratch) reset() {
	// modelSpans clears the tokens and sentences it wrote; labels holds
	// a label for each word of the last document, and no more.
	clear(s.labels)
	s.labels = s.labels[:0]
	s.rules, s.model, s.spans = s.rules[:0], s.model[:0], s.spans[:0]
	clear(s.mentions[:cap(s.mentions)])
	clear(s.nodes[:cap(s.nodes)])
	clear(s.groups[:cap(s.groups)])
	clear(s.members[:cap(s.members)])
	clear(s.groupMap)
	clear(s.keys)
	clear(s.first)
	s.mentions, s.nodes, s.groups, s.members = s.mentions[:0], s.nodes[:0], s.groups[:0], s.members[:0]
}

// zeroInts returns n zeroed ints, replacing those of the previous call.
func (s *scratch) zeroInts(n int) []int { return zeroed(&s.ints, n) }

// groupArena returns a zeroed array of sets groups, an empty array of
// members with room for n and an empty map, replacing those of the
// previous call.
func (s *scratch) groupArena(sets, n int) (gs []group, members []int, m map[int]*group) {
	if cap(s.groups) < sets {
		s.groups = make([]group, sets)
	}
	gs = s.groups[:sets]
	clear(gs)
	if cap(s.members) < n {
		s.members = make([]int, 0, n)
	}
	if s.groupMap == nil {
		s.groupMap = make(map[int]*group, sets)
	}
	clear(s.groupMap)
	return gs, s.members[:0], s.groupMap
}

// zeroed returns *buf resized to n zero values, growing it when needed,
// so that a call reuses the array of an earlier one.
func zeroed[T any](buf *[]T, n int) []T {
	*buf = slices.Grow((*buf)[:0], n)[:n]
	clear(*buf)
	return *buf
}
