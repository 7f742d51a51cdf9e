// Command gencues learns the cue verbs of attribution from the PolNeAR
// training split (Newell, Margolin and Ruths, LREC 2018) and writes them
// as a word list that package claim embeds.
//
// It works in two steps. First, for every verb lemma it counts how often a
// verb-tagged form occurs in the training text and how often that
// occurrence lies inside an annotated cue; lemmas annotated at least -min
// times and in at least -rate of their uses are candidates. Second, it runs
// the extraction pipeline over the training split with the candidates added
// to the lexicon (claim.WithCueVerbs) and keeps each candidate whose claims
// match an annotated attribution in at least -precision of cases, the
// share smoothed by one matched and one unmatched claim so that a verb with
// a handful of claims needs more evidence (3 of 4 is not enough). A verb
// with at least -many matched claims needs only -lower: well-attested
// stance verbs ("support", "attack") help recall more than their extra
// false claims cost. It also
// writes, per attribution rule, how many matched claims there were and how
// many named a speaker overlapping the annotated source (or, like the
// annotation, none), from which package
// claim takes its confidences. Only lemmas, forms, rule names and counts
// are written; no corpus text is copied.
//
// It runs through the //go:generate line in claim/gen.go:
//
//	go generate ./claim
//
// or, from the repository root, with the same defaults:
//
//	go run ./internal/cmd/gencues [-train DIR] [-out FILE] [-conf FILE]
//
// -train defaults to polnear/train in $SAYSO_CORPORA, or in
// ../shared/corpora from the repository root. Rerun it after changing the
// claim rules: the learned figures depend on them (not on the lists it
// wrote last: the candidates replace the learned verbs, and confidences
// decide no claim by default).
//
// It imports extract, which imports claim: as a command it sits at the top
// of the import flow, above the package it feeds.
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
	"github.com/sayso/sayso/internal/eval"
	"github.com/sayso/sayso/internal/gen"
)

// stat counts one lemma.
type stat struct {
	seen, cue         int
	produced, matched int
	forms             map[string]bool
}

// settings are the command's flags.
type settings struct {
	train, cues, conf string
	minCue            int
	rate, precision   float64
	many              int
	lower             float64
}

func main() {
	var s settings
	flag.StringVar(&s.train, "train", filepath.Join(gen.Corpora(), "polnear", "train"), "PolNeAR training split `DIR`")
	flag.StringVar(&s.cues, "out", "claim/learned_cues.txt", "write the cue list to `FILE`")
	flag.StringVar(&s.conf, "conf", "claim/learned_conf.txt", "write the rule counts to `FILE`")
	flag.IntVar(&s.minCue, "min", 4, "candidates are annotated as cues at least `N` times")
	flag.Float64Var(&s.rate, "rate", 0.03, "candidates are cues in at least this share of their uses")
	flag.Float64Var(&s.precision, "precision", 0.7, "keep candidates whose claims match in at least this share")
	flag.IntVar(&s.many, "many", 8, "candidates with at least `N` matched claims need only -lower")
	flag.Float64Var(&s.lower, "lower", 0.5, "precision needed by candidates with -many matched claims")
	flag.Parse()
	if err := run(context.Background(), s); err != nil {
		log.Fatal(err)
	}
}

// auxiliary verbs are part of many cues but never their head; nor are
// the light verbs of motion and possession ("went on to say", "took
// aim at", "got into") and of starting ("started to say", "started
// having palpitations"), whose weight is in the words after them.
// Two more are left out: "post", a noun far more often than a verb in
// news ("a Facebook post", "The Washington Post"), whose stances would
// lend their subject to the next quotation with no cue (on GGT dev,
// "Tesla posted a video …" took a viewer's quotation); and "require",
// whose subject is a rule or a need rather than a source ("state law
// requires a permit").
var auxiliary = map[string]bool{
	"go": true, "goes": true, "went": true, "gone": true, "going": true, "come": true, "came": true,
	"get": true, "got": true, "take": true, "took": true, "taken": true, "takes": true, "taking": true,
	"give": true, "gave": true, "put": true,
	"start": true, "starts": true, "started": true, "starting": true,
	"post": true, "posts": true, "posted": true, "posting": true,
	"require": true, "requires": true, "required": true, "requiring": true,
	"be": true, "is": true, "was": true, "are": true, "were": true, "been": true, "being": true,
	"am": true, "'s": true, "'re": true, "'m": true, "have": true, "has": true, "had": true,
	"having": true, "'ve": true, "do": true, "does": true, "did": true, "according": true,
}

func run(ctx context.Context, s settings) error {
	docs, err := eval.ReadPolNeAR(s.train)
	if err != nil {
		return fmt.Errorf("gencues: %w", err)
	}
	stats, lemmaOf, err := candidates(ctx, docs)
	if err != nil {
		return err
	}
	var specs []string
	for l, st := range stats {
		if st.cue >= s.minCue && float64(st.cue) >= s.rate*float64(st.seen) && len(l) > 1 {
			specs = append(specs, spec(l, st))
		}
	}
	slices.Sort(specs)
	rules, err := measure(ctx, docs, specs, stats, lemmaOf)
	if err != nil {
		return err
	}
	var keep []string
	for l, st := range stats {
		// Laplace-smoothed precision: a verb seen in few claims needs
		// more of them right ("3 of 4" is weak evidence).
		need := s.precision
		if st.matched >= s.many {
			need = s.lower
		}
		if st.produced > 0 && st.matched >= 3 && float64(st.matched+1) >= need*float64(st.produced+2) {
			keep = append(keep, l)
		}
	}
	slices.SortFunc(keep, func(a, b string) int {
		return cmp.Or(cmp.Compare(stats[b].matched, stats[a].matched), cmp.Compare(a, b))
	})
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n", gen.Header)
	fmt.Fprintf(&b, "# Cue verbs learned from PolNeAR train by internal/cmd/gencues\n")
	fmt.Fprintf(&b, "# (-min %d -rate %.2f -precision %.2f -many %d -lower %.2f).\n",
		s.minCue, s.rate, s.precision, s.many, s.lower)
	b.WriteString("# lemma matched-claims claims forms...\n")
	for _, l := range keep {
		st := stats[l]
		fmt.Fprintf(&b, "%s %d %d %s\n", l, st.matched, st.produced, strings.Join(sortedForms(st), " "))
	}
	if err := os.WriteFile(s.cues, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("gencues: %w", err)
	}
	b.Reset()
	fmt.Fprintf(&b, "# %s\n", gen.Header)
	b.WriteString("# Per-rule speaker accuracy on PolNeAR train, by internal/cmd/gencues.\n")
	b.WriteString("# rule matched-claims right-source\n")
	names := make([]string, 0, len(rules))
	for r := range rules {
		names = append(names, r)
	}
	slices.Sort(names)
	for _, r := range names {
		fmt.Fprintf(&b, "%s %d %d\n", r, rules[r][0], rules[r][1])
	}
	if err := os.WriteFile(s.conf, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("gencues: %w", err)
	}
	return nil
}

// candidates counts verb uses and cue uses per lemma.
func candidates(ctx context.Context, docs []eval.PolDoc) (map[string]*stat, map[string]string, error) {
	stats := map[string]*stat{}
	base := map[string]int{} // how often each word is tagged VB or VBP
	type use struct {
		norm string
		cue  bool
	}
	var uses []use
	for i := range docs {
		d, err := corpus.Parse(ctx, &corpus.Article{ID: docs[i].Name, Text: docs[i].Text})
		if err != nil {
			return nil, nil, fmt.Errorf("gencues: %s: %w", docs[i].Name, err)
		}
		cues := cueSpans(docs[i])
		for _, t := range d.Tokens {
			w := strings.ToLower(t.Norm)
			if t.Tag == "VB" || t.Tag == "VBP" {
				base[w]++
			}
			if !strings.HasPrefix(t.Tag, "VB") || auxiliary[w] {
				continue
			}
			uses = append(uses, use{w, overlapsAny(t.Span, cues)})
		}
	}
	lemmaOf := map[string]string{}
	for _, u := range uses {
		l := lemma(u.norm, base)
		lemmaOf[u.norm] = l
		st := stats[l]
		if st == nil {
			st = &stat{forms: map[string]bool{}}
			stats[l] = st
		}
		st.seen++
		st.forms[u.norm] = true
		if u.cue {
			st.cue++
		}
	}
	return stats, lemmaOf, nil
}

// measure runs the pipeline with the candidate verbs and counts, per
// candidate lemma, the claims it cued and how many matched an annotated
// attribution, and per rule the matched claims and those with the right
// source.
func measure(ctx context.Context, docs []eval.PolDoc, specs []string, stats map[string]*stat, lemmaOf map[string]string) (map[string][2]int, error) {
	p, err := extract.New(extract.WithWorkers(1), extract.WithActs(claim.AllActs()...),
		extract.WithClaimOptions(claim.WithCueVerbs(specs...)))
	if err != nil {
		return nil, fmt.Errorf("gencues: %w", err)
	}
	rules := map[string][2]int{}
	for i := range docs {
		res, err := p.Extract(ctx, &corpus.Article{ID: docs[i].Name, Text: docs[i].Text})
		if err != nil {
			return nil, fmt.Errorf("gencues: %s: %w", docs[i].Name, err)
		}
		match, part := matchOneToOne(res.Claims, docs[i].Attributions)
		for k, c := range res.Claims {
			if part[k] {
				continue // a further part of a matched content
			}
			g := match[k]
			if w := strings.Fields(strings.ToLower(c.Cue)); len(w) > 0 {
				if st := stats[lemmaOf[w[0]]]; st != nil {
					st.produced++
					if g >= 0 {
						st.matched++
					}
				}
			}
			if g < 0 {
				continue
			}
			n := rules[c.Rule.String()]
			n[0]++
			// Right as the scorer counts it: overlapping spans, or no
			// source on either side (an agentless report).
			src := docs[i].Attributions[g].Source
			if overlapsAny(c.Speaker.Span, src) || c.Speaker.Span.IsZero() && len(src) == 0 {
				n[1]++
			}
			rules[c.Rule.String()] = n
		}
	}
	return rules, nil
}

// matchOneToOne pairs claims with annotated attributions as the PolNeAR
// scorer does: contents match when they share at least half of the bytes
// of the shorter one, one to one, best Dice score first. It returns each
// claim's attribution index (or -1) and which unmatched claims are
// further parts of a content matched by a claim with the same speaker.
func matchOneToOne(claims []claim.Claim, atts []eval.Attribution) (match []int, part []bool) {
	type pair struct {
		i, j int
		dice float64
	}
	var pairs []pair
	shared := func(s corpus.Span, a eval.Attribution) (in, total int) {
		for _, c := range a.Content {
			total += c.Len()
			if lo, hi := max(s.Start, c.Start), min(s.End, c.End); hi > lo {
				in += hi - lo
			}
		}
		return in, total
	}
	for i, c := range claims {
		for j, a := range atts {
			in, total := shared(c.Span, a)
			if in > 0 && 2*in >= min(total, c.Span.Len()) {
				pairs = append(pairs, pair{i, j, 2 * float64(in) / float64(total+c.Span.Len())})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return cmp.Compare(b.dice, a.dice) })
	match = make([]int, len(claims))
	for i := range match {
		match[i] = -1
	}
	owner := make([]int, len(atts))
	for j := range owner {
		owner[j] = -1
	}
	for _, p := range pairs {
		if match[p.i] < 0 && owner[p.j] < 0 {
			match[p.i], owner[p.j] = p.j, p.i
		}
	}
	part = make([]bool, len(claims))
	for i, c := range claims {
		if match[i] >= 0 {
			continue
		}
		for j, o := range owner {
			if o < 0 || claims[o].Speaker.Span != c.Speaker.Span || c.Speaker.Span.Len() == 0 {
				continue
			}
			if in, _ := shared(c.Span, atts[j]); 2*in >= c.Span.Len() {
				part[i] = true
				break
			}
		}
	}
	return match, part
}

func cueSpans(d eval.PolDoc) []corpus.Span {
	var out []corpus.Span
	for _, a := range d.Attributions {
		out = append(out, a.Cue...)
	}
	return out
}

func overlapsAny(s corpus.Span, spans []corpus.Span) bool {
	if s.Len() == 0 {
		return false
	}
	for _, c := range spans {
		if c.Overlaps(s) {
			return true
		}
	}
	return false
}

// spec writes a lemma with its forms for claim.WithCueVerbs.
func spec(l string, st *stat) string {
	return l + ":" + strings.Join(sortedForms(st), ":")
}

func sortedForms(st *stat) []string {
	forms := make([]string, 0, len(st.forms))
	for f := range st.forms {
		forms = append(forms, f)
	}
	slices.Sort(forms)
	return forms
}

// lemma guesses the base form of a verb form: the candidate base most
// often tagged as a base verb in the corpus.
func lemma(w string, base map[string]int) string {
	cands := []string{w}
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ied"):
		cands = append(cands, w[:n-3]+"y")
	case strings.HasSuffix(w, "ing") && n > 5:
		cands = append(cands, w[:n-3], w[:n-3]+"e")
		if n > 6 && w[n-4] == w[n-5] {
			cands = append(cands, w[:n-4])
		}
	case strings.HasSuffix(w, "ed") && n > 4:
		cands = append(cands, w[:n-2], w[:n-1])
		if n > 5 && w[n-3] == w[n-4] {
			cands = append(cands, w[:n-3])
		}
	case strings.HasSuffix(w, "es") && n > 4:
		cands = append(cands, w[:n-2], w[:n-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && n > 3:
		cands = append(cands, w[:n-1])
	}
	best := w
	for _, c := range cands[1:] {
		if base[c] > base[best] {
			best = c
		}
	}
	return best
}
