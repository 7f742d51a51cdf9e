package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/jdkato/prose/v3/tokenize"
	"github.com/sayso/sayso/entity/model"
)

// Word clusters are learned without labels: each word of the unlabelled text
// is described by the positive PMI of the words around it (-2..+2, lower
// case), projected to a dense vector, and the vocabulary is split in two
// again and again by spherical 2-means. A word's path of left/right choices
// is its cluster bit string, so prefixes name coarser clusters, as Brown
// cluster paths do. Every step is deterministic.

const (
	dims     = 192 // projected dimensions
	maxDepth = 20
	minLeaf  = 4
)

// contextVoc is the number of context words kept (-contextvoc).
var contextVoc = 4000

// minFreq is the count below which words get no cluster (-minfreq).
var minFreq = 3

// clusterExtra names more corpora whose words clusters are learned from
// (-clustertext).
var clusterExtra []string

func loadOrBuildClusters(path, data string, train []model.Document) (map[string]string, error) {
	if path != "" {
		if c, err := readClusters(path); err == nil {
			return c, nil
		}
	}
	seqs, err := unlabelled(data, train)
	if err != nil {
		return nil, err
	}
	c := buildClusters(seqs)
	if path != "" {
		if err := writeClusters(path, c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// appendWords appends the words of every sentence of docs to seqs.
func appendWords(seqs [][]string, docs []model.Document) [][]string {
	for _, d := range docs {
		for _, s := range d.Sentences {
			words := make([]string, len(s))
			for i, t := range s {
				words[i] = t.Text
			}
			seqs = append(seqs, words)
		}
	}
	return seqs
}

// unlabelled returns the token sequences clusters are learned from: the
// PolNeAR articles (train and dev, paragraph by paragraph) and the CoNLL
// training sentences.
func unlabelled(data string, train []model.Document) ([][]string, error) {
	seqs := appendWords(nil, train)
	tok := tokenize.New()
	for _, split := range []string{"train", "dev"} {
		files, err := filepath.Glob(filepath.Join(data, "polnear", split, "text", "*.txt"))
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			for _, para := range strings.Split(string(b), "\n") {
				var words []string
				for _, t := range tok.Tokenize(para) {
					words = append(words, t.Text)
				}
				if len(words) > 0 {
					seqs = append(seqs, words)
				}
			}
		}
	}
	// More unlabelled text, words only (its labels are not read): the
	// wikigold and Broad Twitter Corpus tokens.
	for _, name := range clusterExtra {
		var files []string
		switch name {
		case "wikigold":
			files = []string{filepath.Join(data, "wikigold", "wikigold.conll.txt")}
		case "btc":
			files, _ = filepath.Glob(filepath.Join(data, "btc", "*.conll"))
			sort.Strings(files)
		}
		for _, path := range files {
			f, err := os.Open(path)
			if err != nil {
				return nil, err
			}
			docs, err := model.ReadCoNLL(f)
			f.Close()
			if err != nil {
				return nil, err
			}
			seqs = appendWords(seqs, docs)
		}
	}
	return seqs, nil
}

func buildClusters(seqs [][]string) map[string]string {
	freq := map[string]int{}
	lfreq := map[string]int{}
	total := 0
	for _, s := range seqs {
		for _, w := range s {
			freq[w]++
			lfreq[strings.ToLower(w)]++
			total++
		}
	}
	var vocab []string
	for w, f := range freq {
		if f >= minFreq {
			vocab = append(vocab, w)
		}
	}
	byFreq := func(ws []string, f map[string]int) {
		sort.Slice(ws, func(i, j int) bool {
			if f[ws[i]] != f[ws[j]] {
				return f[ws[i]] > f[ws[j]]
			}
			return ws[i] < ws[j]
		})
	}
	byFreq(vocab, freq)
	var ctxWords []string
	for w := range lfreq {
		ctxWords = append(ctxWords, w)
	}
	byFreq(ctxWords, lfreq)
	ctxWords = ctxWords[:min(contextVoc, len(ctxWords))]
	ctxID := map[string]int{}
	for i, w := range ctxWords {
		ctxID[w] = i
	}
	wid := map[string]int{}
	for i, w := range vocab {
		wid[w] = i
	}
	// Co-occurrence counts per word: context slot*contextVoc + context id.
	nslot := 4
	counts := make([]map[int32]float32, len(vocab))
	for i := range counts {
		counts[i] = map[int32]float32{}
	}
	ctxTotal := make([]float64, nslot*contextVoc)
	offsets := []int{-2, -1, 1, 2}
	for _, s := range seqs {
		low := make([]int, len(s))
		for i, w := range s {
			if id, ok := ctxID[strings.ToLower(w)]; ok {
				low[i] = id
			} else {
				low[i] = -1
			}
		}
		for i, w := range s {
			id, ok := wid[w]
			if !ok {
				continue
			}
			for k, o := range offsets {
				j := i + o
				if j < 0 || j >= len(s) || low[j] < 0 {
					continue
				}
				c := int32(k*contextVoc + low[j])
				counts[id][c]++
				ctxTotal[c]++
			}
		}
	}
	var all float64
	for _, v := range ctxTotal {
		all += v
	}
	// PPMI vectors, randomly projected: each context gets a fixed ±1 vector.
	proj := make([][dims]float32, nslot*contextVoc)
	for c := range proj {
		x := uint64(c)*0x9E3779B97F4A7C15 + 12345
		for d := 0; d < dims; d += 64 {
			x ^= x >> 31
			x *= 0xBF58476D1CE4E5B9
			x ^= x >> 29
			for b := 0; b < 64 && d+b < dims; b++ {
				if x>>b&1 == 1 {
					proj[c][d+b] = 1
				} else {
					proj[c][d+b] = -1
				}
			}
		}
	}
	vecs := make([][dims]float32, len(vocab))
	for i, cm := range counts {
		var wt float64
		for _, v := range cm {
			wt += float64(v)
		}
		keys := make([]int32, 0, len(cm))
		for c := range cm {
			keys = append(keys, c)
		}
		slices.Sort(keys)
		for _, c := range keys {
			pmi := math.Log(float64(cm[c]) * all / (wt * math.Pow(ctxTotal[c], 0.75) * math.Pow(all, 0.25)))
			if pmi <= 0 {
				continue
			}
			for d := range dims {
				vecs[i][d] += float32(pmi) * proj[c][d]
			}
		}
		normalize(&vecs[i])
	}
	paths := make([][]byte, len(vocab))
	idx := make([]int, len(vocab))
	for i := range idx {
		idx[i] = i
	}
	split(vecs, idx, paths, 0)
	out := make(map[string]string, len(vocab))
	for i, w := range vocab {
		if len(paths[i]) > 0 {
			out[w] = string(paths[i])
		}
	}
	return out
}

func normalize(v *[dims]float32) {
	var n float64
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	if n == 0 {
		return
	}
	s := float32(1 / math.Sqrt(n))
	for d := range v {
		v[d] *= s
	}
}

func dot(a, b *[dims]float32) float32 {
	var s float32
	for d := range a {
		s += a[d] * b[d]
	}
	return s
}

// split divides the words idx (in frequency order) in two by spherical
// 2-means and recurses, appending '0' or '1' to each word's path.
func split(vecs [][dims]float32, idx []int, paths [][]byte, depth int) {
	if len(idx) < 2*minLeaf || depth >= maxDepth {
		return
	}
	var mean [dims]float32
	for _, i := range idx {
		for d := range mean {
			mean[d] += vecs[i][d]
		}
	}
	normalize(&mean)
	// Seeds: the word least like the mean, then the word least like it.
	a := idx[0]
	for _, i := range idx {
		if dot(&vecs[i], &mean) < dot(&vecs[a], &mean) {
			a = i
		}
	}
	b := idx[0]
	for _, i := range idx {
		if dot(&vecs[i], &vecs[a]) < dot(&vecs[b], &vecs[a]) {
			b = i
		}
	}
	c := [2][dims]float32{vecs[a], vecs[b]}
	side := make([]bool, len(idx))
	for range 10 {
		var next [2][dims]float32
		for k, i := range idx {
			side[k] = dot(&vecs[i], &c[1]) > dot(&vecs[i], &c[0])
			s := 0
			if side[k] {
				s = 1
			}
			for d := range dims {
				next[s][d] += vecs[i][d]
			}
		}
		normalize(&next[0])
		normalize(&next[1])
		c = next
	}
	var left, right []int
	for k, i := range idx {
		if side[k] {
			right = append(right, i)
			paths[i] = append(paths[i], '1')
		} else {
			left = append(left, i)
			paths[i] = append(paths[i], '0')
		}
	}
	if len(left) == 0 || len(right) == 0 {
		return
	}
	split(vecs, left, paths, depth+1)
	split(vecs, right, paths, depth+1)
}

func readClusters(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		w, p, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("bad cluster line %q", sc.Text())
		}
		out[w] = p
	}
	return out, sc.Err()
}

func writeClusters(path string, c map[string]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw := gzip.NewWriter(f)
	bw := bufio.NewWriter(zw)
	words := make([]string, 0, len(c))
	for w := range c {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Fprintf(bw, "%s\t%s\n", w, c[w])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}
