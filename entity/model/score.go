package model

import (
	"fmt"
	"sort"
	"strings"
)

// PRF holds precision, recall and F1 with the counts behind them.
type PRF struct {
	Precision, Recall, F1 float64
	// Gold, Pred and Correct count spans.
	Gold, Pred, Correct int
}

// Scores are exact-span figures, overall and per entity type.
type Scores struct {
	Overall PRF
	ByType  map[string]PRF
}

// String formats the scores as a small table, one row per type.
func (s Scores) String() string {
	var b strings.Builder
	row := func(name string, p PRF) {
		fmt.Fprintf(&b, "%-8s P %.4f  R %.4f  F1 %.4f  (gold %d, pred %d, correct %d)\n",
			name, p.Precision, p.Recall, p.F1, p.Gold, p.Pred, p.Correct)
	}
	types := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		row(t, s.ByType[t])
	}
	row("overall", s.Overall)
	return b.String()
}

type span struct {
	start, end int
	typ        string
}

// spans returns the labelled chunks of one sentence by conlleval's rules: a
// chunk starts at B-X, or at I-X after O or after another type, and ends
// before O, B-, or a change of type. Labels without a B-/I- prefix other
// than O are read as I-.
func spans(labels []string) []span {
	var out []span
	start, typ := -1, ""
	for i, l := range labels {
		prefix, t := splitLabel(l)
		if start >= 0 && (prefix != 'I' || t != typ) {
			out = append(out, span{start, i, typ})
			start = -1
		}
		if prefix != 'O' && start < 0 {
			start, typ = i, t
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(labels), typ})
	}
	return out
}

func splitLabel(l string) (byte, string) {
	if l == "" || l == "O" {
		return 'O', ""
	}
	if len(l) > 2 && l[1] == '-' {
		switch l[0] {
		case 'B', 'S', 'U':
			return 'B', l[2:]
		case 'I', 'E', 'L':
			return 'I', l[2:]
		}
	}
	return 'I', l
}

// Score compares predicted labels with gold labels, sentence by sentence,
// and counts exact span matches as conlleval does. Sentences are paired by
// index; a sentence missing on one side counts as all O there, and
// labels past the shorter side of a sentence pair are compared with O.
func Score(gold, pred [][]string) Scores {
	s := Scores{ByType: map[string]PRF{}}
	n := max(len(gold), len(pred))
	for i := range n {
		var g, p []string
		if i < len(gold) {
			g = gold[i]
		}
		if i < len(pred) {
			p = pred[i]
		}
		gs, ps := spans(g), spans(p)
		set := make(map[span]bool, len(gs))
		for _, sp := range gs {
			set[sp] = true
			t := s.ByType[sp.typ]
			t.Gold++
			s.ByType[sp.typ] = t
			s.Overall.Gold++
		}
		for _, sp := range ps {
			t := s.ByType[sp.typ]
			t.Pred++
			s.Overall.Pred++
			if set[sp] {
				t.Correct++
				s.Overall.Correct++
			}
			s.ByType[sp.typ] = t
		}
	}
	s.Overall.finish()
	for k, v := range s.ByType {
		v.finish()
		s.ByType[k] = v
	}
	return s
}

func (p *PRF) finish() {
	if p.Pred > 0 {
		p.Precision = float64(p.Correct) / float64(p.Pred)
	}
	if p.Gold > 0 {
		p.Recall = float64(p.Correct) / float64(p.Gold)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
}
