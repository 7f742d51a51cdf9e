package claim

import (
	"slices"
	"sort"

	"github.com/sayso/sayso/corpus"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// ledger is the record the detectors of one Extract call share: the
// candidates found so far and the cues and quotations they have taken.
// A detector consults it so that a cue or a quotation is attributed once;
// the order in which Extract runs the detectors decides who takes what.
type ledger struct {
	// doc is the document, to skip its regions and quote it in the trace.
	doc   *corpus.Document
	cands []cand
	// gone marks the candidates dropped since they were added (see
	// absorb); they stay in cands, skipped, until sortCands.
	gone []bool
	// index finds candidates by where they lie.
	index candIndex
	// uses records, a byte a token, which tokens are consumed as cues
	// and which lie inside the content of a candidate added, so that
	// either is one lookup (see cueUsed and inContent).
	uses []tokenUse
	// usedQuote marks quotes already turned into claims or embedded in one.
	usedQuote map[int]bool
	// blockParas are paragraphs read as a block quotation or headline.
	blockParas map[int]bool
	// lastSubj is the last cue subject (and apposition) of each sentence.
	lastSubj map[int][2]corpus.Span
	// beats holds, when tracing, the candidates each candidate beat, by
	// its id; nil otherwise. It is kept apart from cand, which the
	// detectors scan often, so that tracing costs them nothing.
	beats map[int32][]Beaten
	// poll stops the detectors early once the call's context is done;
	// Extract then returns the context's error.
	poll *ctxpoll.Poll
}

func newLedger(doc *corpus.Document, tracing bool, poll *ctxpoll.Poll) *ledger {
	l := &ledger{
		doc:        doc,
		poll:       poll,
		uses:       make([]tokenUse, len(doc.Tokens)),
		usedQuote:  map[int]bool{},
		blockParas: map[int]bool{},
		lastSubj:   map[int][2]corpus.Span{},
		index:      newCandIndex(len(doc.Text)),
		// About one candidate for every two sentences is found in news:
		// room for one a sentence spares the list its regrowth.
		cands: make([]cand, 0, len(doc.Sentences)),
		gone:  make([]bool, 0, len(doc.Sentences)),
	}
	if tracing {
		l.beats = map[int32][]Beaten{}
	}
	return l
}

// add records a candidate unless it is empty, skipped, or its content
// overlaps a candidate with the same cue, which then beats it. A dateline
// that opens the content ("OTTAWA — ") is clipped off first.
func (l *ledger) add(c cand) {
	c.content = l.doc.Meta.Clip(l.doc.Text, c.content) // a dateline is no content
	if c.content.Len() == 0 || l.doc.Skipped(c.content) {
		return
	}
	first := -1 // the first candidate of the same cue that c's content overlaps
	l.index.near(c.content, func(i int) bool {
		if o := &l.cands[i]; !l.gone[i] && o.cue == c.cue && o.content.Overlaps(c.content) && (first < 0 || i < first) {
			first = i
		}
		return true
	})
	if first >= 0 {
		l.beat(&l.cands[first], c, "same cue, found later")
		return
	}
	l.cands, l.gone = append(l.cands, c), append(l.gone, false)
	l.index.list(len(l.cands)-1, c.content, c.np)
	l.cover(c.content)
}

// cueUsed reports whether token i is consumed as a cue.
func (l *ledger) cueUsed(i int) bool { return l.used(i, usedAsCue) }

// used reports whether token i is used as u says.
func (l *ledger) used(i int, u tokenUse) bool { return i >= 0 && i < len(l.uses) && l.uses[i]&u != 0 }

// tokenUse says how the candidates use a token, a bit each.
type tokenUse uint8

const (
	usedAsCue tokenUse = 1 << iota // consumed as a cue
	covered                        // inside the content of a candidate added
)

// cover marks the tokens that lie inside s.
func (l *ledger) cover(s corpus.Span) {
	toks := l.doc.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= s.Start })
	for ; i < len(toks) && toks[i].End <= s.End; i++ {
		l.uses[i] |= covered
	}
}

// absorb drops the candidates of quotations inside c's content, which c
// reports as mixed speech; when tracing, c records them as beaten.
func (l *ledger) absorb(c *cand) {
	var in []int
	l.index.near(c.content, func(i int) bool {
		if o := &l.cands[i]; !l.gone[i] && o.origin == "quote" && o.kind == Direct && c.content.Contains(o.content) {
			in = append(in, i)
			l.gone[i] = true // and listed once in in
		}
		return true
	})
	slices.Sort(in) // in the order they were found
	for _, i := range in {
		l.beat(c, l.cands[i], "a quotation inside reported speech")
	}
}

// last returns the candidate added last and not dropped, or nil.
func (l *ledger) last() *cand {
	for i := len(l.cands) - 1; i >= 0; i-- {
		if !l.gone[i] {
			return &l.cands[i]
		}
	}
	return nil
}

// beat records, when tracing, that candidate c beat lost for the reason
// why, and gives c an id if it has none.
func (l *ledger) beat(c *cand, lost cand, why string) {
	if l.beats == nil {
		return
	}
	if c.id == 0 {
		c.id = int32(len(l.beats) + 1)
	}
	l.beats[c.id] = append(l.beats[c.id], beaten(l.doc.Text, lost, why))
}

// sortCands drops the candidates marked gone and puts the others in text
// order of their content.
func (l *ledger) sortCands() {
	kept := l.cands[:0]
	for i, c := range l.cands {
		if !l.gone[i] {
			kept = append(kept, c)
		}
	}
	l.cands, l.gone = kept, nil
	slices.SortStableFunc(l.cands, func(a, b cand) int {
		if a.content.Start != b.content.Start {
			return a.content.Start - b.content.Start
		}
		return a.cue.Start - b.cue.Start
	})
}

// finder is what the detectors have in common: the document's grammar to
// read and the ledger to record candidates in.
type finder struct {
	*contents
	*ledger
}

// directFinder finds quotations and the cues beside them.
type directFinder struct{ *finder }

// blockFinder finds block quotations, headlines and transcripts.
type blockFinder struct{ *finder }

// reportFinder finds reported speech: "X said (that) C", "C, X said",
// "according to X", passives, polls, noun cues and headline cues.
type reportFinder struct{ *finder }
