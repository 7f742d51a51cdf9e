package eval

import (
	"io"
	"slices"
	"strings"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
)

// PolCounts are the attribution figures of one subset of PolNeAR.
//
// A system claim and a gold attribution match when their contents share
// at least half of the words of the shorter one; words are the letter and
// digit runs of the text, counted by position, so a repeated phrase
// elsewhere does not match. Matching is one to one, best Dice score first.
type PolCounts struct {
	// Content counts matched contents.
	Content Tally `json:"content"`
	// Exact counts matched pairs whose contents cover exactly the same
	// words: quotation marks and punctuation at the edges do not matter,
	// nor does a leading "that", which PolNeAR puts in the content and
	// sayso leaves out.
	Exact Tally `json:"exact"`
	// Source is scored on matched pairs only: System counts pairs where the
	// system gives a speaker span, Gold pairs where the gold has a source,
	// and Correct = Found pairs where the two share a byte.
	Source Tally `json:"source"`
	// Cue is scored like Source, with the claim's CueSpan.
	Cue Tally `json:"cue"`
	// ContentSource counts a claim right when its content matches and its
	// source is right (overlapping, or absent on both sides), over all
	// system claims and gold attributions.
	ContentSource Tally `json:"content_source"`
}

// Add returns the sum of c and o.
func (c PolCounts) Add(o PolCounts) PolCounts {
	return PolCounts{c.Content.Add(o.Content), c.Exact.Add(o.Exact), c.Source.Add(o.Source),
		c.Cue.Add(o.Cue), c.ContentSource.Add(o.ContentSource)}
}

// PolReport holds PolNeAR figures for all attributions and for direct
// quotes. In Direct, the gold side is the attributions whose content is
// enclosed in double quotation marks, and the system side the claims of
// kind direct; a pair counts for a side's numerator when that side's item
// is in the subset, and Source and Cue count pairs whose gold is in it.
// Reports add up to micro-averages. The zero PolReport is empty.
type PolReport struct {
	Docs   int       `json:"docs"`
	All    PolCounts `json:"all"`
	Direct PolCounts `json:"direct"`
}

// Add returns the sum of r and o.
func (r PolReport) Add(o PolReport) PolReport {
	return PolReport{r.Docs + o.Docs, r.All.Add(o.All), r.Direct.Add(o.Direct)}
}

// String formats the report as a compact table.
func (r PolReport) String() string {
	var b strings.Builder
	r.WriteTable(&b)
	return b.String()
}

// WriteTable writes the figures as an aligned table.
func (r PolReport) WriteTable(w io.Writer) {
	t := newTallyTable(w, r.Docs)
	for _, sub := range []struct {
		name string
		c    PolCounts
	}{{"all", r.All}, {"direct", r.Direct}} {
		for _, row := range []struct {
			name string
			t    Tally
		}{{"content", sub.c.Content}, {"exact content", sub.c.Exact}, {"source|matched", sub.c.Source},
			{"cue|matched", sub.c.Cue}, {"content+source", sub.c.ContentSource}} {
			t.row(sub.name+" "+row.name, row.t)
		}
	}
	t.flush()
}

// polItem is one system claim as PolNeAR scoring sees it.
type polItem struct {
	words   []int
	direct  bool
	speaker corpus.Span
	cue     corpus.Span
}

// ScorePolNeAR scores the claims found in doc's text against its
// attributions; see PolCounts for the definitions.
//
// PolNeAR marks a broken quotation (“A,” he said, “B.”) as one attribution
// with a discontinuous content, where sayso reports one claim per part. So
// a claim left unmatched whose words lie at least half inside a gold
// content already matched by a claim with the same speaker span is taken
// as a further part of it: it counts for neither side, and its words join
// the match when deciding exact content.
func ScorePolNeAR(doc *PolDoc, claims []claim.Claim) PolReport {
	r := PolReport{Docs: 1}
	words := wordSpans(doc.Text)
	gold := make([][]int, len(doc.Attributions))
	quoted := make([]bool, len(doc.Attributions))
	for j, a := range doc.Attributions {
		gold[j] = wordSet(words, a.Content)
		quoted[j] = Quoted(doc.Text, a.Content)
	}
	items := make([]polItem, len(claims))
	for i, c := range claims {
		items[i] = polItem{wordSet(words, []corpus.Span{c.Span}), c.Kind == claim.Direct, c.Speaker.Span, c.CueSpan}
	}
	match := matchBest(len(items), len(gold), func(i, j int) (int, int, int) {
		return intersect(items[i].words, gold[j]), len(items[i].words), len(gold[j])
	})
	union, part := absorbParts(items, gold, match)
	for i, it := range items {
		if part[i] {
			continue
		}
		r.All.Content.System++
		r.All.Exact.System++
		r.All.ContentSource.System++
		if it.direct {
			r.Direct.Content.System++
			r.Direct.Exact.System++
			r.Direct.ContentSource.System++
		}
		j := match[i]
		if j < 0 {
			continue
		}
		a := doc.Attributions[j]
		u, g := dropThat(doc.Text, words, union[j]), dropThat(doc.Text, words, gold[j])
		exact := len(u) == len(g) && intersect(u, g) == len(g)
		hasSrc := !it.speaker.IsZero()
		srcOK := hasSrc && overlapsAny(it.speaker, a.Source)
		hasCue := !it.cue.IsZero()
		cueOK := hasCue && overlapsAny(it.cue, a.Cue)
		bothRight := srcOK || (!hasSrc && len(a.Source) == 0)
		for _, sub := range []struct {
			c        *PolCounts
			sys, gld bool
		}{{&r.All, true, true}, {&r.Direct, it.direct, quoted[j]}} {
			if sub.sys {
				sub.c.Content.Correct++
				sub.c.Exact.Correct += b2i(exact)
				sub.c.ContentSource.Correct += b2i(bothRight)
			}
			if sub.gld {
				sub.c.Content.Found++
				sub.c.Exact.Found += b2i(exact)
				sub.c.ContentSource.Found += b2i(bothRight)
				sub.c.Source.System += b2i(hasSrc)
				sub.c.Source.Gold += b2i(len(a.Source) > 0)
				sub.c.Source.Correct += b2i(srcOK)
				sub.c.Source.Found += b2i(srcOK)
				sub.c.Cue.System += b2i(hasCue)
				sub.c.Cue.Gold += b2i(len(a.Cue) > 0)
				sub.c.Cue.Correct += b2i(cueOK)
				sub.c.Cue.Found += b2i(cueOK)
			}
		}
	}
	for j := range gold {
		for _, sub := range []struct {
			c  *PolCounts
			in bool
		}{{&r.All, true}, {&r.Direct, quoted[j]}} {
			if sub.in {
				sub.c.Content.Gold++
				sub.c.Exact.Gold++
				sub.c.ContentSource.Gold++
			}
		}
	}
	return r
}

// dropThat drops a leading complementizer "that" from a sorted word set:
// PolNeAR puts it in the content ("reports that she was ill"), sayso
// leaves it out.
func dropThat(text string, words []corpus.Span, set []int) []int {
	if len(set) > 1 && strings.EqualFold(words[set[0]].In(text), "that") {
		return set[1:]
	}
	return set
}

// absorbParts finds the unmatched items that are further parts of a matched
// gold content (see ScorePolNeAR). It returns, per gold content, the words
// of all the items standing for it, and which items are such parts.
func absorbParts(items []polItem, gold [][]int, match []int) (union [][]int, part []bool) {
	union = make([][]int, len(gold))
	owner := make([]int, len(gold))
	for j := range owner {
		owner[j] = -1
	}
	for i, j := range match {
		if j >= 0 {
			owner[j] = i
			union[j] = items[i].words
		}
	}
	part = make([]bool, len(items))
	for i, it := range items {
		if match[i] >= 0 || it.speaker.IsZero() || len(it.words) == 0 {
			continue
		}
		best, bestOv := -1, 0
		for j, o := range owner {
			if o < 0 || items[o].speaker != it.speaker {
				continue
			}
			if ov := intersect(it.words, gold[j]); 2*ov >= len(it.words) && ov > bestOv {
				best, bestOv = j, ov
			}
		}
		if best >= 0 {
			part[i] = true
			u := append(slices.Clone(union[best]), it.words...)
			slices.Sort(u)
			union[best] = slices.Compact(u)
		}
	}
	return union, part
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// PolMisses returns the attributions of doc that no claim matches, by the
// matching rules of ScorePolNeAR, in annotation order: the recall errors,
// for reading.
func PolMisses(doc *PolDoc, claims []claim.Claim) []Attribution {
	words := wordSpans(doc.Text)
	gold := make([][]int, len(doc.Attributions))
	for j, a := range doc.Attributions {
		gold[j] = wordSet(words, a.Content)
	}
	sys := make([][]int, len(claims))
	for i, c := range claims {
		sys[i] = wordSet(words, []corpus.Span{c.Span})
	}
	match := matchBest(len(sys), len(gold), func(i, j int) (int, int, int) {
		return intersect(sys[i], gold[j]), len(sys[i]), len(gold[j])
	})
	found := make([]bool, len(gold))
	for _, j := range match {
		if j >= 0 {
			found[j] = true
		}
	}
	var miss []Attribution
	for j, a := range doc.Attributions {
		if !found[j] {
			miss = append(miss, a)
		}
	}
	return miss
}
