package claim

import (
	"strings"

	"github.com/sayso/sayso/lexicon"
)

// titleCue reads a headline in title case whose verb is a cue: "Senator
// Says Tax Plan Will Fail", "New Poll Shows Tight Race". The tagger reads
// such a capitalized verb as a name, so the usual cue search misses it.
// The source is the capitalized phrase before the verb, after a section
// label ("Politics: …") if any; the content is the rest of the line.
func (r *run) titleCue(pi int) {
	p := r.doc.Paragraphs[pi]
	text := p.In(r.doc.Text)
	if p.Last-p.First != 1 || wordCount(text) > 25 || wordCount(text) < 4 || !titleCase(text) {
		return
	}
	s := r.doc.Sentences[p.First]
	lo := s.First
	for k := s.First; k < s.Last && k-s.First <= 6; k++ {
		if r.tok(k).Norm == ":" {
			lo = k + 1
			break
		}
	}
	end := r.sentContentEnd(p.First)
	if r.titleAfter(lo, end, pi) {
		return
	}
	for k := lo + 1; k+1 < end; k++ {
		if !r.titleWord(k) {
			return // the source is a capitalized phrase
		}
		w := r.lower(k)
		info, ok := r.lookupCue(w)
		// A singular source takes "Says", a plural one "Rip": "Lawmakers
		// Rip Plan".
		prev := r.lower(k - 1)
		plural := strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && !strings.HasSuffix(prev, "us") &&
			!strings.HasSuffix(prev, "is") && w == info.lemma
		if !ok || info.particle != "" || !capitalized(r.tok(k).Text) ||
			!(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || w == "said" || w == "told" || plural) {
			continue
		}
		if r.tok(k-1).Tag == "DT" || r.lower(k-1) == "of" || strings.HasSuffix(r.lower(k-1), "ing") {
			continue // "The Talks", "Conflicting Claims": a noun
		}
		n := k + 1
		for n < end && r.tok(n).Tag == "RB" {
			n++
		}
		if titlePreps[r.lower(n)] && !(r.lower(n) == "to" && toLemmas[info.lemma]) {
			continue // "Talks on Syria", "Claims Over Bomb": a noun and its complement
		}
		content := trimReported(r.doc.Text, r.span(k+1, end))
		if wordCount(content.In(r.doc.Text)) < 2 {
			return
		}
		r.markCue(k, k+1)
		r.add(cand{kind: Indirect, content: content, cue: r.tok(k).Span, np: r.span(lo, k),
			how: byNP, origin: "title", para: pi})
		return
	}
}

// titleWord reports whether token k can belong to a capitalized source
// phrase of a headline: a capitalized word, a small joining word or a
// possessive ending.
func (r *run) titleWord(k int) bool {
	t := r.tok(k)
	if r.inQuote(k) || r.isQuoteTok(k) {
		return false
	}
	switch r.lower(k) {
	case "of", "and", "the", "&", "'s", "’s", ".", "-":
		return true
	}
	return capitalized(t.Text) || t.Tag == "CD"
}

// titlePreps follow a plural noun rather than a verb in a headline.
var titlePreps = wordsOf(lexicon.HeadlinePreposition)

// titleAfter reads a headline whose cue closes it after a comma: "Tax
// Plan Will Hurt Farmers, Senator Says".
func (r *run) titleAfter(lo, end, pi int) bool {
	k := end - 1
	w := r.lower(k)
	info, ok := r.lookupCue(w)
	if !ok || info.particle != "" || !capitalized(r.tok(k).Text) || !strings.HasSuffix(w, "s") {
		return false
	}
	c := k - 1
	for c > lo && r.tok(c).Norm != "," {
		if !r.titleWord(c) {
			return false
		}
		c--
	}
	if c <= lo+1 || c == k-1 {
		return false
	}
	content := trimReported(r.doc.Text, r.span(lo, c))
	if wordCount(content.In(r.doc.Text)) < 2 {
		return false
	}
	r.markCue(k, k+1)
	r.add(cand{kind: Indirect, content: content, cue: r.tok(k).Span, np: r.span(c+1, k),
		how: byNP, origin: "title", para: pi})
	return true
}

// toLemmas take an infinitive: "Senator Vows To Fight Plan".
var toLemmas = lemmasOf(lexicon.Infinitive)
