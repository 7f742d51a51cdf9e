// Command train trains sayso's named-entity model on CoNLL-2003 and writes
// it where entity/model embeds it, or scores a model on a CoNLL file.
//
// It runs through the //go:generate line in entity/model/gen.go:
//
//	go generate ./entity/model
//
// or, from the repository root, with the same defaults:
//
//	GOMAXPROCS=1 go run ./internal/cmd/train [-data DIR] [-out FILE]
//	go run ./internal/cmd/train -eval ../shared/corpora/conll2003/valid.txt [-model file]
//
// -data defaults to $SAYSO_CORPORA, or to ../shared/corpora from the
// repository root. The model reads entity/gazetteer's lexicons: regenerate
// those first.
//
// Training is deterministic: a fixed shuffle seed and a fixed number of
// epochs. Word clusters are learned first from the unlabelled text (PolNeAR
// articles plus CoNLL train) unless -clusters names an existing cluster file.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sayso/sayso/entity/model"
	"github.com/sayso/sayso/internal/gen"
)

func main() {
	var (
		data     = flag.String("data", gen.Corpora(), "corpora directory")
		out      = flag.String("out", "entity/model/data/model.bin", "where to write the model")
		epochs   = flag.Int("epochs", 20, "training epochs per pass")
		seed     = flag.Uint64("seed", 1, "shuffle seed")
		ensemble = flag.Int("ensemble", 3, "perceptrons (shuffle seeds) whose weights are averaged")
		bits     = flag.Uint("bits", 16, "log2 of hash buckets")
		single   = flag.Bool("single", false, "train only the first pass")
		without  = flag.String("without", "", "comma-separated feature groups to switch off: affix,context,pos,position,caps,clusters,doc,gazetteer,history,lexicon,runends")
		clusters = flag.String("clusters", "", "cluster file (word<TAB>path lines, gzip); built and written there if missing; empty: build in memory")
		minfreq  = flag.Int("minfreq", 3, "words seen fewer times get no cluster")
		ctxvoc   = flag.Int("contextvoc", 4000, "context words for clustering")
		eval     = flag.String("eval", "", "only score a model on this CoNLL file")
		modelIn  = flag.String("model", "", "model to score with -eval (default: the embedded one)")
		verbose  = flag.Bool("v", false, "per-epoch dev scores")
		with     = flag.String("with", "", "comma-separated feature groups to add beyond the default: runs")
		lean     = flag.Bool("lean", false, "fewer features, for speed (FeatLean)")
		extra    = flag.String("extra", "", "comma-separated extra training sets: wikigold")
		clutext  = flag.String("clustertext", "", "comma-separated corpora whose words (not labels) also feed the clusters: wikigold,btc")
	)
	flag.Parse()
	if *eval != "" {
		if err := evaluate(*eval, *modelIn); err != nil {
			log.Fatal(err)
		}
		return
	}
	feats, err := parseFeatures(*without)
	if err != nil {
		log.Fatal(err)
	}
	if *lean {
		feats |= model.FeatLean
	}
	for _, n := range strings.Split(*with, ",") {
		switch strings.TrimSpace(n) {
		case "":
		case "runs":
			feats |= model.FeatRuns
		case "history":
			feats |= model.FeatHistory
		default:
			log.Fatalf("unknown feature group %q", n)
		}
	}
	train, err := readTagged(filepath.Join(*data, "conll2003", "train.txt"))
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range strings.Split(*extra, ",") {
		switch strings.TrimSpace(e) {
		case "":
		case "wikigold":
			docs, err := readTagged(filepath.Join(*data, "wikigold", "wikigold.conll.txt"))
			if err != nil {
				log.Fatal(err)
			}
			train = append(train, docs...)
		default:
			log.Fatalf("unknown extra training set %q", e)
		}
	}
	dev, err := readTagged(filepath.Join(*data, "conll2003", "valid.txt"))
	if err != nil {
		log.Fatal(err)
	}
	opts := model.TrainOptions{Epochs: *epochs, Seed: *seed, Ensemble: *ensemble, Bits: uint8(*bits), SinglePass: *single, Features: feats, Log: os.Stderr}
	if *verbose {
		opts.Dev = dev
	}
	if feats&model.FeatClusters != 0 {
		start := time.Now()
		minFreq, contextVoc = *minfreq, *ctxvoc
		for _, n := range strings.Split(*clutext, ",") {
			switch n = strings.TrimSpace(n); n {
			case "":
			case "wikigold", "btc":
				clusterExtra = append(clusterExtra, n)
			default:
				log.Fatalf("unknown cluster text %q", n)
			}
		}
		opts.Clusters, err = loadOrBuildClusters(*clusters, *data, train)
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("clusters: %d words (%.1fs)", len(opts.Clusters), time.Since(start).Seconds())
	}
	start := time.Now()
	m, err := model.Train(context.Background(), train, opts)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("trained in %.1fs", time.Since(start).Seconds())
	fmt.Print(model.Evaluate(m.Predict, dev))
	if *out != "" {
		if err := save(m, *out); err != nil {
			log.Fatal(err)
		}
	}
}

// save writes the model next to out and renames it into place, so that a
// reader never sees half a file.
func save(m *model.Model, out string) error {
	tmp := out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	st, err := os.Stat(out)
	if err != nil {
		return err
	}
	log.Printf("wrote %s (%d bytes)", out, st.Size())
	return nil
}

func parseFeatures(without string) (model.Features, error) {
	names := map[string]model.Features{
		"affix": model.FeatAffix, "context": model.FeatContext, "pos": model.FeatPOS,
		"position": model.FeatPosition, "caps": model.FeatCaps, "clusters": model.FeatClusters,
		"doc": model.FeatDoc, "gazetteer": model.FeatGazetteer, "runs": model.FeatRuns,
		"history": model.FeatHistory, "lexicon": model.FeatLexicon, "runends": model.FeatRunEnds,
	}
	f := model.FeatAll
	for _, n := range strings.Split(without, ",") {
		if n = strings.TrimSpace(n); n == "" {
			continue
		}
		g, ok := names[n]
		if !ok {
			return 0, fmt.Errorf("unknown feature group %q", n)
		}
		f &^= g
	}
	return f, nil
}

// readTagged reads a CoNLL file and replaces its POS column with prose's
// tags, the ones sayso has at inference.
func readTagged(path string) ([]model.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := model.ReadCoNLL(f)
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		if err := model.TagPOS(d.Sentences); err != nil {
			return nil, err
		}
	}
	return docs, nil
}

func evaluate(path, modelPath string) error {
	docs, err := readTagged(path)
	if err != nil {
		return err
	}
	var m *model.Model
	start := time.Now()
	if modelPath == "" {
		m, err = model.Default()
	} else {
		var f *os.File
		if f, err = os.Open(modelPath); err != nil {
			return err
		}
		defer f.Close()
		m, err = model.Load(f)
	}
	if err != nil {
		return err
	}
	log.Printf("loaded in %v", time.Since(start))
	start = time.Now()
	sc := model.Evaluate(m.Predict, docs)
	n := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			n += len(s)
		}
	}
	log.Printf("tagged %d tokens in %v (%.0f tokens/s)", n, time.Since(start), float64(n)/time.Since(start).Seconds())
	fmt.Print(sc)
	return nil
}
