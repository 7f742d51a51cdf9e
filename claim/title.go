package claim

import (
	"strings"
	"sync"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// titleCue reads a headline in title case whose verb is a cue: "Senator
// Says Tax Plan Will Fail", "New Poll Shows Tight Race". The tagger reads
// such a capitalized verb as a name, so the usual cue search misses it.
// The source is the capitalized phrase before the verb, after a section
// label ("Politics: …") if any; the content is the rest of the line.
func (rf *reportFinder) titleCue(pi int) {
	p := rf.doc.Paragraphs[pi]
	text := p.In(rf.doc.Text)
	if p.Last-p.First != 1 {
		return
	}
	if n := wordCount(text); n > 25 || n < 4 || !titleCase(text) {
		return
	}
	s := rf.doc.Sentences[p.First]
	lo := s.First
	for k := s.First; k < s.Last && k-s.First <= 6; k++ {
		if rf.norm(k) == ":" {
			lo = k + 1
			break
		}
		if rf.norm(k) == "," && strings.HasSuffix(rf.lower(s.First), "ing") {
			lo = k + 1 // "Praising The Plan, Ruiz Vows To …": a fronted participle
			break
		}
	}
	end := rf.sentContentEnd(p.First)
	if rf.titleAfter(lo, end, pi) {
		return
	}
	for k := lo + 1; k+1 < end; k++ {
		if !rf.titleWord(k) {
			return // the source is a capitalized phrase
		}
		w := rf.lower(k)
		info, ok := rf.cues.lookup(w)
		// A singular source takes "Says", a plural one "Rip": "Lawmakers
		// Rip Plan".
		prev := rf.lower(k - 1)
		plural := strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && !strings.HasSuffix(prev, "us") &&
			!strings.HasSuffix(prev, "is") && w == info.lemma
		if !ok || info.particle != "" || !ortho.Capitalized(rf.tok(k).Text) ||
			!(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || w == "said" || w == "told" || plural) {
			continue
		}
		if rf.tag(k-1) == "DT" || rf.lower(k-1) == "of" || strings.HasSuffix(rf.lower(k-1), "ing") {
			continue // "The Talks", "Conflicting Claims": a noun
		}
		n := k + 1
		for n < end && rf.tag(n) == "RB" {
			n++
		}
		if titlePreps()[rf.lower(n)] && !(rf.lower(n) == "to" && toLemmas()[info.lemma]) {
			continue // "Talks on Syria", "Claims Over Bomb": a noun and its complement
		}
		content := trimReported(rf.doc.Text, rf.span(k+1, end))
		if wordCount(content.In(rf.doc.Text)) < 2 {
			return
		}
		rf.markCue(k, k+1)
		rf.add(cand{kind: Indirect, content: content, cue: rf.tok(k).Span, np: rf.span(lo, k),
			how: byNP, origin: "title", para: pi})
		return
	}
}

// titleWord reports whether token k can belong to a capitalized source
// phrase of a headline: a capitalized word, a small joining word or a
// possessive ending.
func (rf *reportFinder) titleWord(k int) bool {
	t := rf.tok(k)
	if rf.inQuote(k) || rf.isQuoteTok(k) {
		return false
	}
	switch rf.lower(k) {
	case "of", "and", "the", "&", "'s", "’s", ".", "-":
		return true
	}
	return ortho.Capitalized(t.Text) || t.Tag == "CD"
}

// titlePreps follow a plural noun rather than a verb in a headline.
var titlePreps = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.HeadlinePreposition) })

// titleAfter reads a headline whose cue closes it after a comma: "Tax
// Plan Will Hurt Farmers, Senator Says".
func (rf *reportFinder) titleAfter(lo, end, pi int) bool {
	k := end - 1
	w := rf.lower(k)
	info, ok := rf.cues.lookup(w)
	if !ok || info.particle != "" || !ortho.Capitalized(rf.tok(k).Text) || !strings.HasSuffix(w, "s") {
		return false
	}
	c := k - 1
	for c > lo && rf.norm(c) != "," {
		if !rf.titleWord(c) {
			return false
		}
		c--
	}
	if c <= lo+1 || c == k-1 {
		return false
	}
	content := trimReported(rf.doc.Text, rf.span(lo, c))
	if wordCount(content.In(rf.doc.Text)) < 2 {
		return false
	}
	rf.markCue(k, k+1)
	rf.add(cand{kind: Indirect, content: content, cue: rf.tok(k).Span, np: rf.span(c+1, k),
		how: byNP, origin: "title", para: pi})
	return true
}

// toLemmas take an infinitive: "Senator Vows To Fight Plan".
var toLemmas = sync.OnceValue(func() map[string]bool { return lemmasOf(lexicon.Infinitive) })

// titleSource reads a heading whose source is a noun that describes
// one, not a name: "Poll: Lopez and Cole tied in the race", "Report:
// Lopez to speak at convention", "Insiders: Lopez will win",
// "Historians: Cole, Baker linked". headline takes the named sources;
// here the one or two capitalized words before the colon must end in a
// source's head (a plural role, "poll", "report"), so a section label
// ("Politics:", "Video:", "Harbour Diary:") reports nothing. A poll's or a
// study's heading reports a finding (see act).
func (bf *blockFinder) titleSource(pi int) {
	p := bf.doc.Paragraphs[pi]
	text := p.In(bf.doc.Text)
	if p.Last <= p.First || endsLikeSentence(text) && !bf.titleLine(pi, text) {
		return
	}
	s := bf.doc.Sentences[p.First]
	colon := -1
	for c := s.First + 1; c < s.Last && c-s.First <= 2; c++ {
		if bf.norm(c) == ":" {
			colon = c
			break
		}
	}
	if colon < 0 || bf.isQuoteTok(colon+1) {
		return
	}
	for k := s.First; k < colon; k++ {
		if !ortho.Capitalized(bf.tok(k).Text) {
			return
		}
	}
	// A plural role ("Insiders", "Historians") or a report's own noun
	// ("Poll", "Report"); "Video:" or "Harbour Diary:" label a section.
	w := bf.lower(colon - 1)
	head := ortho.Singular(w)
	plural := head != w && colon == s.First+1 && (personRoles()[head] || sourceNouns()[head])
	// A source noun that is a statement verb's form names a report:
	// "Report:".
	a, verb := bf.cues.acts[head]
	named := headingWords()[head] || sourceNouns()[head] && verb && a == Statement
	if !plural && !named || !strings.HasPrefix(bf.tag(colon-1), "NN") {
		return
	}
	content := trimSpace(bf.doc.Text, corpus.Span{Start: bf.tok(colon).End, End: p.End})
	if wordCount(content.In(bf.doc.Text)) < 3 {
		return
	}
	bf.markCue(colon, colon+1)
	bf.add(cand{kind: Indirect, content: content, cue: bf.tok(colon).Span, np: bf.span(s.First, colon),
		how: byNP, origin: "headline", para: pi})
	bf.blockParas[pi] = true
}

// headingWords name a report in a heading before its colon: "Poll:",
// "AP-GfK Poll:", "Newspaper:".
var headingWords = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.Heading) })

// findingSource reports whether a heading's source ends in a report whose
// words are a finding: "Poll", "AP-GfK Poll", "Study".
func findingSource(src string) bool {
	w := ortho.Singular(strings.ToLower(src[strings.LastIndexAny(src, " -")+1:]))
	x, ok := lexicon.Default().Word(w)
	return ok && headingWords()[w] && x.Act() == lexicon.Finding
}
