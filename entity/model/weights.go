package model

import "math"

// Weights of the O label are fixed at zero (only the differences between
// labels matter), which leaves 16 per feature. They are quantized to
// [-qmax, qmax] and stored offset by qmax in 16-bit lanes, four to a
// uint64, so scoring one feature is four 64-bit additions: a lane holds at
// most 2*qmax per feature, so up to laneRun features add up without
// carrying into the next lane.
const (
	nw       = nLabels - 1 // weights per feature
	rowWords = nw / 4
	qmax     = 1023
	laneRun  = 65535 / (2 * qmax)
)

// scores are the integer sums of the 16 non-O labels.
type scores [nw]int32

// stage is one pass's quantized weight table: weight = (lane-qmax)*scale.
type stage struct {
	bits  uint8
	mask  uint64
	scale float32
	// w is bucket*rowWords + label/4, lane label%4. It is nil in the
	// stages of a loaded model, whose weights are only in weights.tab.
	w []uint64
}

// weights holds a model's stages laid out for tagging, and the sums of
// features that depend on labels alone, which decoding looks up.
type weights struct {
	stages []stage    // 1, or 2 when a second pass sees the first's labels
	tab    []uint64   // the stages' weights, interleaved (see set)
	stride int        // uint64s per bucket in tab
	trans  [][]scores // per stage, per previous two labels p2*(nLabels+1)+p1: see setTransitions
}

// set installs the stages, whose features are hashed with mask. With two
// stages their tables are interleaved row by row, so that one 64-byte
// cache line holds both stages' weights of a feature and the second pass
// costs few extra misses.
func (w *weights) set(mask uint64, st ...stage) {
	w.stages = st
	if len(st) == 1 {
		w.tab, w.stride = st[0].w, rowWords
	} else {
		w.stride = 2 * rowWords
		w.tab = make([]uint64, len(st[0].w)*2)
		for b := 0; b < len(st[0].w)/rowWords; b++ {
			copy(w.tab[b*w.stride:], st[0].w[b*rowWords:(b+1)*rowWords])
			copy(w.tab[b*w.stride+rowWords:], st[1].w[b*rowWords:(b+1)*rowWords])
		}
	}
	w.setTransitions(mask)
}

// newTable returns a table of n stages of 2^bits buckets laid out as set
// lays them out, all weights zero.
func newTable(n int, bits uint8) []uint64 {
	tab := make([]uint64, n*(1<<bits)*rowWords)
	for i := range tab {
		tab[i] = zeroRow
	}
	return tab
}

// setTable installs stages whose weights are already laid out in tab as
// set lays them out (see newTable); the stages' own tables may be nil.
func (w *weights) setTable(mask uint64, st []stage, tab []uint64) {
	w.stages, w.tab, w.stride = st, tab, len(st)*rowWords
	w.setTransitions(mask)
}

// get returns the quantized weight of label l+1 (l in 0..15) of stage si
// in bucket b.
func (w *weights) get(si, b, l int) int16 {
	return int16(w.tab[b*w.stride+si*rowWords+l/4]>>(16*(l%4))&0xffff) - qmax
}

// sums adds the sums of features fs to a1 (first stage) and a2 (second
// stage, if any).
func (w *weights) sums(fs []uint32, a1, a2 *scores) {
	if len(w.stages) > 1 {
		sumPair(w.tab, fs, a1, a2)
	} else {
		sum(w.tab, w.stride, 0, fs, a1)
	}
}

// stageSum adds to acc the sums of features fs of stage si alone.
func (w *weights) stageSum(si int, fs []uint32, acc *scores) {
	sum(w.tab, w.stride, si*rowWords, fs, acc)
}

// blockSum returns the rows of features fs (at most laneRun) summed in
// their lanes.
func (w *weights) blockSum(fs []uint32) wordSum {
	if w.stride == 2*rowWords {
		var p pair
		p.rows(w.tab, fs)
		return p.w
	}
	var ws wordSum
	for _, f := range fs {
		row := w.tab[int(f)*w.stride:][:w.stride]
		for j, v := range row {
			ws[j] += v
		}
	}
	return ws
}

// addBlock adds to a1, a2 a block of n rows.
func (w *weights) addBlock(c *wordSum, n int, a1, a2 *scores) {
	off := int32(n) * qmax
	unpack(a1, off, c[0], c[1], c[2], c[3])
	if len(w.stages) > 1 {
		unpack(a2, off, c[4], c[5], c[6], c[7])
	}
}

// sum adds to acc the weights of features fs from table w, whose rows are
// stride uint64s long, taking the four words at offset off of each row.
func sum(w []uint64, stride, off int, fs []uint32, acc *scores) {
	for len(fs) > 0 {
		n := min(len(fs), laneRun)
		var a0, a1, a2, a3 uint64
		for _, f := range fs[:n] {
			r := (*[rowWords]uint64)(w[int(f)*stride+off:])
			a0 += r[0]
			a1 += r[1]
			a2 += r[2]
			a3 += r[3]
		}
		unpack(acc, int32(n*qmax), a0, a1, a2, a3)
		fs = fs[n:]
	}
}

// sumPair adds to a1 and a2 the sums of features fs of the first and
// second stage of an interleaved two-stage table.
func sumPair(w []uint64, fs []uint32, a1, a2 *scores) {
	p := pair{a1: a1, a2: a2}
	p.rows(w, fs)
	p.flush()
}

func unpack(acc *scores, off int32, a0, a1, a2, a3 uint64) {
	for i, a := range [rowWords]uint64{a0, a1, a2, a3} {
		acc[4*i] += int32(a&0xffff) - off
		acc[4*i+1] += int32(a>>16&0xffff) - off
		acc[4*i+2] += int32(a>>32&0xffff) - off
		acc[4*i+3] += int32(a>>48) - off
	}
}

// zeroRow is four zero weights: qmax in every lane.
const zeroRow = qmax | qmax<<16 | qmax<<32 | qmax<<48

func newStage(bits uint8) stage {
	return stage{bits: bits, mask: 1<<bits - 1, w: newTable(1, bits)}
}

// set stores quantized weight v (in -qmax..qmax) of label l+1 in bucket b.
func (st *stage) set(b, l int, v int16) {
	i, sh := b*rowWords+l/4, 16*(l%4)
	st.w[i] = st.w[i]&^(0xffff<<sh) | uint64(uint16(v+qmax))<<sh
}

// quantize turns float weights (bucket*nw + label-1) into a stage.
func quantize(w []float32, bits uint8) stage {
	var maxAbs float32
	for _, v := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	st := newStage(bits)
	st.scale = maxAbs / qmax
	for i, v := range w {
		if v != 0 {
			st.set(i/nw, i%nw, int16(math.Round(float64(v/st.scale))))
		}
	}
	return st
}

// pair accumulates rows of an interleaved two-stage table in their 16-bit
// lanes, unpacking into a1 and a2 only when the lanes could carry (see
// sumToken for a token's features and cached blocks).
type pair struct {
	w      [2 * rowWords]uint64
	n      int // rows in w, each offset by qmax in every lane
	used   int // bound on every lane of w: 2*qmax per row
	a1, a2 *scores
}

// laneMax is the largest value a lane holds.
const laneMax = 0xffff

// flush adds the lanes to a1 and a2 and empties them.
func (p *pair) flush() {
	if p.n == 0 {
		return
	}
	off := int32(p.n * qmax)
	unpack(p.a1, off, p.w[0], p.w[1], p.w[2], p.w[3])
	unpack(p.a2, off, p.w[4], p.w[5], p.w[6], p.w[7])
	p.w, p.n, p.used = [2 * rowWords]uint64{}, 0, 0
}

// rows adds the rows of features fs of table w.
func (p *pair) rows(w []uint64, fs []uint32) {
	for len(fs) > 0 {
		room := (laneMax - p.used) / (2 * qmax)
		if room == 0 {
			p.flush()
			room = laneRun
		}
		k := min(room, len(fs))
		b0, b1, b2, b3, c0, c1, c2, c3 := p.w[0], p.w[1], p.w[2], p.w[3], p.w[4], p.w[5], p.w[6], p.w[7]
		for _, f := range fs[:k] {
			r := (*[2 * rowWords]uint64)(w[int(f)*2*rowWords:])
			b0 += r[0]
			b1 += r[1]
			b2 += r[2]
			b3 += r[3]
			c0 += r[4]
			c1 += r[5]
			c2 += r[6]
			c3 += r[7]
		}
		p.w = [2 * rowWords]uint64{b0, b1, b2, b3, c0, c1, c2, c3}
		p.n += k
		p.used += k * 2 * qmax
		fs = fs[k:]
	}
}

// topLane returns the largest lane of a block.
func topLane(c *wordSum) uint16 {
	var top uint64
	for _, v := range c {
		for ; v != 0; v >>= 16 {
			top = max(top, v&0xffff)
		}
	}
	return uint16(top)
}
