package model

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// TrainOptions tune Train. The zero value trains two passes with every
// feature group, 20 epochs each, shuffle seed 1 and a 2^16-bucket table.
type TrainOptions struct {
	// Epochs is the number of passes over the training documents.
	Epochs int
	// Seed fixes the order in which documents are visited each epoch, which
	// makes training deterministic.
	Seed uint64
	// Bits is log2 of the number of hash buckets (12..20).
	Bits uint8
	// Features selects feature groups; zero means FeatAll.
	Features Features
	// Ensemble, when above 1, trains that many perceptrons with different
	// shuffle seeds (Seed, Seed+7919, ...) and averages their weights.
	Ensemble int
	// SinglePass turns off the second, document-level pass.
	SinglePass bool
	// Folds is the number of folds in which the first pass labels the
	// training data for the second (jackknifing); default 4.
	Folds int
	// Clusters maps words to cluster bit paths ("0110..."), at most 24 bits.
	Clusters map[string]string
	// Dev, when set, is scored after every epoch and reported to Log.
	Dev []Document
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

// ErrNoData is returned by Train when there is nothing to learn from.
var ErrNoData = errors.New("model: no training data")

type trainDoc struct {
	s    docScratch
	x    extraFeats
	gold []uint8
}

// Train learns a model from documents with gold IOB1/IOB2 labels and
// Token.POS filled in (see TagPOS). It is deterministic for given options.
func Train(ctx context.Context, docs []Document, opts TrainOptions) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 20
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.Bits == 0 {
		opts.Bits = 16
	}
	if opts.Folds < 2 {
		opts.Folds = 4
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Bits < 12 || opts.Bits > 20 {
		return nil, fmt.Errorf("model: Bits %d out of range 12..20", opts.Bits)
	}
	clusters, err := packClusters(opts.Clusters)
	if err != nil {
		return nil, err
	}
	m := newModel(opts.Bits, opts.Features, listOf(clusters))
	var (
		data  []*trainDoc
		sents [][]Sentence
	)
	for _, d := range docs {
		if len(d.Sentences) != len(d.Labels) {
			return nil, fmt.Errorf("model: document has %d sentences and %d label rows", len(d.Sentences), len(d.Labels))
		}
		td := &trainDoc{}
		for i, s := range d.Sentences {
			if len(s) != len(d.Labels[i]) {
				return nil, fmt.Errorf("model: sentence has %d tokens and %d labels", len(s), len(d.Labels[i]))
			}
			td.gold = toBILOU(d.Labels[i], td.gold)
		}
		if len(td.gold) == 0 {
			continue
		}
		data = append(data, td)
		sents = append(sents, d.Sentences)
	}
	if len(data) == 0 {
		return nil, ErrNoData
	}
	m.extractAll(data, sents)
	fmt.Fprintln(opts.Log, "pass 1")
	st, err := m.trainStage(ctx, data, false, opts)
	if err != nil {
		return nil, err
	}
	m.setStages(st)
	if opts.SinglePass {
		return m, nil
	}
	// The second pass learns from first-pass labels of documents the first
	// pass did not train on, so that it trusts them as much as they deserve.
	fold := opts
	fold.Dev = nil
	for f := range opts.Folds {
		var part []*trainDoc
		for i, d := range data {
			if i%opts.Folds != f {
				part = append(part, d)
			}
		}
		if len(part) == 0 {
			part = data
		}
		fmt.Fprintf(opts.Log, "fold %d\n", f+1)
		fst, err := m.trainStage(ctx, part, false, fold)
		if err != nil {
			return nil, err
		}
		fm := newModel(m.bits, m.fx.feats, m.words().list)
		fm.setStages(fst)
		var ps predictScratch
		for i, d := range data {
			if i%opts.Folds == f {
				ps.doc = d.s
				m.second.features(&d.s, fm.tag(&ps), &d.x, nil)
			}
		}
	}
	fmt.Fprintln(opts.Log, "pass 2")
	st, err = m.trainStage(ctx, data, true, opts)
	if err != nil {
		return nil, err
	}
	m.setStages(m.w.stages[0], st)
	return m, nil
}

// trainStage runs the averaged perceptron over data and returns the
// quantized averaged weights. With extra, tokens also carry second-pass
// features, and m.w.stages[0] is the first pass.
func (m *Model) trainStage(ctx context.Context, data []*trainDoc, extra bool, opts TrainOptions) (stage, error) {
	n := max(opts.Ensemble, 1)
	var total []float32
	for r := range n {
		o := opts
		o.Seed = opts.Seed + uint64(r)*7919
		w, err := m.trainFloat(ctx, data, extra, o)
		if err != nil {
			return stage{}, err
		}
		if total == nil {
			total = w
			continue
		}
		for i, v := range w {
			total[i] += v
		}
	}
	for i := range total {
		total[i] /= float32(n)
	}
	return quantize(total, m.bits), nil
}

// trainFloat is trainStage for one shuffle seed, without quantizing.
func (m *Model) trainFloat(ctx context.Context, data []*trainDoc, extra bool, opts TrainOptions) ([]float32, error) {
	bits := m.bits
	size := (1 << bits) * nw
	mask := uint64(1)<<bits - 1
	w := make([]float32, size)
	u := make([]float32, size) // sum of c*delta, for averaging
	c := float32(1)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5a7e))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var sc [nLabels]float32
	upd := func(f uint32, l uint8, d float32) {
		if l == 0 {
			return
		}
		i := int(f)*nw + int(l) - 1
		w[i] += d
		u[i] += c * d
	}
	add := func(fs []uint32) {
		for _, f := range fs {
			row := (*[nw]float32)(w[int(f)*nw:])
			for l, v := range row {
				sc[l+1] += v
			}
		}
	}
	average := func() stage {
		avg := make([]float32, size)
		for i := range avg {
			avg[i] = w[i] - u[i]/c
		}
		return quantize(avg, bits)
	}
	for ep := range opts.Epochs {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, ntok := 0, 0
		for _, di := range order {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("model: training: %w", err)
			}
			td := data[di]
			s := &td.s
			for si := 0; si+1 < len(s.starts); si++ {
				a, b := int(s.starts[si]), int(s.starts[si+1])
				p1, p2 := uint8(nLabels), uint8(nLabels)
				for k := a; k < b; k++ {
					dyn := trainDynFeatures(&s.info[k], p1, p2, mask)
					fs := s.feats[s.off[k]:s.off[k+1]]
					var xs []uint32
					if extra {
						xs = td.x.feats[td.x.off[k]:td.x.off[k+1]]
					}
					sc = [nLabels]float32{}
					add(fs)
					add(xs)
					add(dyn[:])
					pred := best(&sc, p1, k == b-1)
					if g := td.gold[k]; pred != g {
						errs++
						for _, list := range [...][]uint32{fs, xs, dyn[:]} {
							for _, f := range list {
								upd(f, g, 1)
								upd(f, pred, -1)
							}
						}
					}
					c++
					ntok++
					p2, p1 = p1, pred
				}
			}
		}
		fmt.Fprintf(opts.Log, "epoch %d: %d errors / %d tokens (%.1fs)", ep+1, errs, ntok, time.Since(start).Seconds())
		if len(opts.Dev) > 0 {
			tmp := newModel(m.bits, m.fx.feats, m.words().list)
			tmp.setLexicon(m.lex.list)
			if extra {
				tmp.setStages(m.w.stages[0], average())
			} else {
				tmp.setStages(average())
			}
			fmt.Fprintf(opts.Log, "  dev F1 %.4f", Evaluate(tmp.Predict, opts.Dev).Overall.F1)
		}
		fmt.Fprintln(opts.Log)
	}
	for i := range w {
		w[i] -= u[i] / c
	}
	return w, nil
}

// extractAll extracts the features of every training document. With
// FeatLexicon, document i sees the lexicon of the folds it is not in, and
// m keeps the lexicon of all of them.
func (m *Model) extractAll(data []*trainDoc, sents [][]Sentence) {
	if m.fx.feats&FeatLexicon == 0 {
		for i, td := range data {
			m.extract(sents[i], &td.s, false)
		}
		return
	}
	full := map[string]uint16{}
	for i, td := range data {
		lexiconWords(full, sents[i], td.gold)
	}
	// The folds are runs of consecutive documents, not every k-th one:
	// news of the same days shares names, and at inference the names of
	// new stories are missing from the lexicon.
	fold := func(i int) int { return i * lexFolds / len(data) }
	for f := range lexFolds {
		lex := map[string]uint16{}
		for i, td := range data {
			if fold(i) != f {
				lexiconWords(lex, sents[i], td.gold)
			}
		}
		m.setLexicon(listOf(lex))
		for i, td := range data {
			if fold(i) == f {
				m.extract(sents[i], &td.s, false)
			}
		}
	}
	m.setLexicon(listOf(full))
}

// Evaluate tags every document with predict and scores it against the gold
// labels.
func Evaluate(predict func([]Sentence) [][]string, docs []Document) Scores {
	var gold, pred [][]string
	for _, d := range docs {
		gold = append(gold, d.Labels...)
		pred = append(pred, predict(d.Sentences)...)
	}
	return Score(gold, pred)
}

// packClusters turns bit-path strings into path<<8|length values.
func packClusters(c map[string]string) (map[string]uint32, error) {
	if len(c) == 0 {
		return nil, nil
	}
	out := make(map[string]uint32, len(c))
	for w, p := range c {
		if len(p) == 0 || len(p) > 24 || strings.Trim(p, "01") != "" {
			return nil, fmt.Errorf("model: bad cluster path %q for %q", p, w)
		}
		var v uint32
		for i := 0; i < len(p); i++ {
			v = v<<1 | uint32(p[i]-'0')
		}
		out[w] = v<<8 | uint32(len(p))
	}
	return out, nil
}

// trainDynFeatures returns the buckets of the features that depend on the
// two previous predicted labels.
func trainDynFeatures(in *tokInfo, p1, p2 uint8, mask uint64) [4]uint32 {
	return [4]uint32{
		uint32(mix(tP1, uint64(p1)) & mask),
		uint32(mix(tP2P1, uint64(p2)<<8|uint64(p1)) & mask),
		uint32(mix(tP1Lower, mix(uint64(p1), in.lower)) & mask),
		uint32(mix(tP1Shape, mix(uint64(p1), in.short)) & mask),
	}
}
