// Command evaluate measures sayso against annotated text and prints tables.
//
// Usage:
//
//	go run ./examples/evaluate [-gold DIR] [-seeds DIR] [-v]
//	go run ./examples/evaluate -polnear DIR [-split dev] [-n N]
//	go run ./examples/evaluate -ggt DIR [-n N] [-v]
//	go run ./examples/evaluate -gold-news DIR [-v]
//	go run ./examples/evaluate -conll [-v] FILE...
//
// With -gold (the default when no mode is given) it runs the pipeline on
// the seed articles and scores them against their gold answers
// (testdata/gold); -v lists every error. With -polnear it runs the pipeline
// over one split of PolNeAR (DIR holds train/ and dev/) and scores the
// claims against the annotated attributions. With -ggt it runs the
// pipeline over the Gender Gap Tracker's annotated articles (DIR is the
// dev folder, ID.txt beside ID.json) and scores quotes, speakers, people
// and sources; -v lists, article by article, the false claims with their
// rule and cue, the missed quotes with the claim nearest them, the wrong
// speakers and the false and missed people and sources, then counts them
// by kind and group. With -gold-news it scores the entities of the
// gold-news articles (texts resolved through each file's "source") and
// prints per-article and total entity figures; -v lists the entity errors.
// With -conll it runs the entity recognizer over each CoNLL file, with
// sayso's types mapped to CoNLL's (PERSON to PER, GPE, LOC and FAC to LOC,
// NORP and MISC to MISC), and the sequence model alone, and prints
// per-type precision, recall and F1 of exact spans; -v lists the sentences
// the recognizer gets wrong. The metric definitions are in the
// documentation of package internal/eval.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/entity/model"
	"github.com/sayso/sayso/extract"
	"github.com/sayso/sayso/internal/eval"
)

func main() {
	gold := flag.String("gold", "", "score the seeds against the gold files in `DIR` (default testdata/gold)")
	seeds := flag.String("seeds", "", "read the seed articles from `DIR` (default: seeds next to the gold folder)")
	polnear := flag.String("polnear", "", "score attributions on the PolNeAR corpus in `DIR`")
	split := flag.String("split", "dev", "PolNeAR split to read")
	limit := flag.Int("n", 0, "score only the first `N` PolNeAR or GGT articles (0: all)")
	ggt := flag.String("ggt", "", "score quotes, speakers, people and sources on the GGT articles in `DIR` (the dev folder)")
	goldNews := flag.String("gold-news", "", "score entities against the gold-news files in `DIR`")
	conll := flag.Bool("conll", false, "score the entity model on the CoNLL files given as arguments")
	verbose := flag.Bool("v", false, "list every error of the seed, GGT, gold-news or CoNLL scoring")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var err error
	switch {
	case *conll:
		err = runCoNLL(ctx, os.Stdout, flag.Args(), *verbose)
	case *polnear != "":
		err = runPolNeAR(ctx, os.Stdout, filepath.Join(*polnear, *split), *limit)
	case *ggt != "":
		err = runGGT(ctx, os.Stdout, *ggt, *limit, *verbose)
	case *goldNews != "":
		err = runGoldNews(ctx, os.Stdout, *goldNews, *verbose)
	default:
		if *gold == "" {
			*gold = findDir("testdata/gold")
		}
		if *seeds == "" {
			*seeds = filepath.Join(*gold, "..", "seeds")
		}
		err = runGold(ctx, os.Stdout, *gold, *seeds, *verbose)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(1)
	}
}

// system adapts the sayso pipeline, made with opts, to what package eval
// runs.
func system(opts ...extract.Option) (eval.ExtractFunc, error) {
	p, err := extract.New(opts...)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, a *corpus.Article) ([]*entity.Entity, []claim.Claim, error) {
		r, err := p.Extract(ctx, a)
		if err != nil {
			return nil, nil, err
		}
		return r.Entities, r.Claims, nil
	}, nil
}

func runGold(ctx context.Context, w io.Writer, goldDir, seedDir string, verbose bool) error {
	seeds, err := eval.LoadSeeds(goldDir, seedDir)
	if err != nil {
		return err
	}
	f, err := system(extract.WithActs(claim.AllActs()...))
	if err != nil {
		return err
	}
	total, each, err := eval.RunSeeds(ctx, seeds, f)
	if err != nil {
		return err
	}
	for i, r := range each {
		fmt.Fprintf(w, "%s\n%s", seeds[i].Name, r)
		if verbose {
			r.WriteMisses(w)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "TOTAL (micro-average over %d seeds)\n%s", len(seeds), total)
	return nil
}

func runPolNeAR(ctx context.Context, w io.Writer, dir string, limit int) error {
	docs, err := eval.ReadPolNeAR(dir)
	if err != nil {
		return err
	}
	if limit > 0 && limit < len(docs) {
		docs = docs[:limit]
	}
	f, err := system(extract.WithActs(claim.AllActs()...))
	if err != nil {
		return err
	}
	start := time.Now()
	r, err := eval.RunPolNeAR(ctx, docs, f)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "PolNeAR %s: %d articles in %.1fs\n%s", dir, len(docs), time.Since(start).Seconds(), r)
	return nil
}

func runGGT(ctx context.Context, w io.Writer, dir string, limit int, verbose bool) error {
	docs, err := eval.ReadGGT(dir)
	if err != nil {
		return err
	}
	if limit > 0 && limit < len(docs) {
		docs = docs[:limit]
	}
	f, err := system()
	if err != nil {
		return err
	}
	start := time.Now()
	r, err := eval.RunGGT(ctx, docs, f)
	if err != nil {
		return err
	}
	if verbose {
		fmt.Fprintln(w, "errors per article (@N: byte offset into ID.txt)")
		r.WriteMisses(w)
		fmt.Fprintln(w)
		fmt.Fprintln(w, "errors by kind and group")
		eval.WriteMissCounts(w, r.Misses, 12)
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "GGT %s: %d articles in %.1fs\n%s", dir, len(docs), time.Since(start).Seconds(), r)
	return nil
}

func runGoldNews(ctx context.Context, w io.Writer, dir string, verbose bool) error {
	seeds, err := eval.LoadGoldNews(dir)
	if err != nil {
		return err
	}
	f, err := system()
	if err != nil {
		return err
	}
	total, each, err := eval.RunGoldNews(ctx, seeds, f)
	if err != nil {
		return err
	}
	for i, r := range each {
		fmt.Fprintf(w, "%s (%s)\n", seeds[i].Name, seeds[i].Gold.Source)
		r.WriteEntityTable(w)
		if verbose {
			r.WriteMisses(w, eval.MissedEntity, eval.FalseEntity, eval.MergedEntity, eval.SplitEntity)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "TOTAL (micro-average over %d gold-news articles)\n", len(seeds))
	total.WriteEntityTable(w)
	return nil
}

func runCoNLL(ctx context.Context, w io.Writer, files []string, verbose bool) error {
	if len(files) == 0 {
		return errors.New("-conll needs at least one file")
	}
	m, err := model.Default()
	if err != nil {
		return err
	}
	r, err := entity.New()
	if err != nil {
		return err
	}
	for _, name := range files {
		fh, err := os.Open(name)
		if err != nil {
			return err
		}
		docs, err := model.ReadCoNLL(fh)
		fh.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		var gold, tagged, recognized [][]string
		var words []model.Sentence
		start := time.Now()
		for _, d := range docs {
			labels, err := eval.RecognizeCoNLL(ctx, r, d)
			if err != nil {
				return err
			}
			recognized = append(recognized, labels...)
			// The model's POS features come from prose's tagger, which is
			// what it sees on raw text; the file's own tags would flatter it.
			if err := model.TagPOS(d.Sentences); err != nil {
				return err
			}
			gold = append(gold, d.Labels...)
			tagged = append(tagged, m.Predict(d.Sentences)...)
			words = append(words, d.Sentences...)
		}
		fmt.Fprintf(w, "%s: %d documents, %d sentences in %.1fs\n", name, len(docs), len(gold), time.Since(start).Seconds())
		writeScores(w, "recognizer (sayso types mapped to CoNLL's)", model.Score(gold, recognized))
		writeScores(w, "sequence model alone", model.Score(gold, tagged))
		if verbose {
			writeSpanErrors(w, words, gold, recognized)
		}
	}
	return nil
}

// writeScores writes exact-span scores under title as an aligned table, one
// row per type and the overall figures last, then a blank line.
func writeScores(w io.Writer, title string, s model.Scores) {
	fmt.Fprintln(w, title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  type\tP\tR\tF1\tgold\tpred\tcorrect")
	row := func(name string, p model.PRF) {
		fmt.Fprintf(tw, "  %s\t%.4f\t%.4f\t%.4f\t%d\t%d\t%d\n", name, p.Precision, p.Recall, p.F1, p.Gold, p.Pred, p.Correct)
	}
	for _, t := range slices.Sorted(maps.Keys(s.ByType)) {
		row(t, s.ByType[t])
	}
	row("overall", s.Overall)
	tw.Flush()
	fmt.Fprintln(w)
}

// writeSpanErrors lists the sentences where pred differs from gold, with
// both labellings' entities.
func writeSpanErrors(w io.Writer, words []model.Sentence, gold, pred [][]string) {
	show := func(s model.Sentence, labels []string) string {
		var b strings.Builder
		for i, t := range s {
			if labels[i] != "O" {
				fmt.Fprintf(&b, " %s/%s", t.Text, labels[i])
			}
		}
		return b.String()
	}
	for i, s := range words {
		if slices.Equal(gold[i], pred[i]) {
			continue
		}
		var text []string
		for _, t := range s {
			text = append(text, t.Text)
		}
		fmt.Fprintf(w, "%s\n  gold:%s\n  sys: %s\n", strings.Join(text, " "), show(s, gold[i]), show(s, pred[i]))
	}
}

// findDir finds rel from the module root or from this folder.
func findDir(rel string) string {
	for _, d := range []string{rel, filepath.Join("..", "..", rel)} {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
	}
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", rel)
}
