package claim

import (
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
)

// sentContentEnd returns the token index past the sentence's content: the
// final full stop is not part of it.
func (r *contents) sentContentEnd(si int) int {
	s := r.doc.Sentences[si]
	end := s.Last
	for end > s.First {
		n := r.tok(end - 1).Norm
		if n != "." && n != "!" && n != "?" && n != ";" {
			break
		}
		end--
	}
	return end
}

// leftContent is the content of a postposed attribution: from the
// sentence start to the comma before the source.
func (r *contents) leftContent(first, comma int) corpus.Span {
	return trimReported(r.doc.Text, r.span(first, comma))
}

// trimReported trims spaces and trailing punctuation, but keeps a closing
// quotation mark and what it closes.
func trimReported(text string, s corpus.Span) corpus.Span {
	s = trimSpace(text, s)
	for s.Len() > 0 {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !strings.ContainsRune(",;:—–-", r) {
			break
		}
		s = trimSpace(text, corpus.Span{Start: s.Start + n, End: s.End})
	}
	t := s.In(text)
	if len(t) > 0 {
		switch {
		case hasSuffixAny(t, "”", "\""):
			return s
		}
	}
	s = trimEnd(text, s, ",;:—–")
	// A final full stop kept by the tokenizer ("in May.") is not content;
	// one that ends an abbreviation ("the U.S.") is.
	if t := s.In(text); strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") {
		last := t[strings.LastIndexAny(t, " \n")+1:]
		if strings.Count(last, ".") == 1 && len(last) > 3 {
			s.End--
		}
	}
	return s
}

func hasSuffixAny(s string, suf ...string) bool {
	for _, x := range suf {
		if len(s) >= len(x) && s[len(s)-len(x):] == x {
			return true
		}
	}
	return false
}

// skipToContent moves past the cue's addressee and adjuncts to the first
// token of the content: "told [the council] [on Monday] [of] C", "said [in
// a statement] [that] C".
func (r *contents) skipToContent(k, end int, info cueInfo) int {
	// "said in a speech in London on Monday that C": adjuncts up to a
	// "that" with no verb between.
	if w := r.lower(k); w == "in" || w == "on" || w == "at" || w == "during" || w == "after" || w == "before" || w == "late" || w == "earlier" || w == "last" || w == "from" {
		for j := k + 1; j < end && j-k <= 14; j++ {
			if isVerb(r.tok(j).Tag) || r.tok(j).Norm == "," && r.lower(j+1) != "that" {
				break
			}
			if r.lower(j) == "that" && !isFinite(r.tok(j+1).Tag) {
				return j + 1
			}
		}
	}
	for step := 0; k < end && step < 8; step++ {
		w := r.lower(k)
		switch {
		case w == "that" && isFinite(r.tok(k+1).Tag):
			return k // "said that was not the goal": a pronoun
		case w == "that":
			return k + 1
		case w == "," && step == 0:
			// "insist, most recently in an interview, that C"
			for j := k + 1; j < end && j-k <= 14 && !isVerb(r.tok(j).Tag); j++ {
				if r.tok(j).Norm == "," && r.lower(j+1) == "that" && j > k+1 {
					return j + 2
				}
			}
			k++
		case timeWords[r.lower(k+1)] && (w == "on" || w == "last" || w == "this" || w == "earlier" || w == "late"):
			k += 2
		case timeWords[w] && capitalized(r.tok(k).Text) && step == 0:
			k++ // "said Tuesday he would"
		case w == "in" && (r.lower(k+1) == "a" || r.lower(k+1) == "an") && (nominalCues[r.lower(k+2)] || r.lower(k+2) == "interview"):
			k += 3
		case w == "about" && r.tok(k+1).Tag == "CD":
			return k // "said about 20 people": a number, not a topic
		case (w == "of" || w == "about" || w == "on" || w == "for" && info.lemma == "call") && step <= 3:
			if info.lemma == "say" {
				return end // "said of the plan": its topic, not its content
			}
			return k + 1
		case w == "only" || w == "also" || w == "again" || w == "publicly" || w == "privately":
			k++
		case info.tellClass() || w != "":
			// An addressee: "told reporters", "told the Security Council".
			na, nb := r.npRight(k, end)
			if nb > na && r.isAddressee(na, nb, end, info) {
				k = nb
				continue
			}
			return k
		default:
			return k
		}
	}
	return k
}

// isAddressee reports whether the noun phrase [a, b) after a cue is its
// addressee rather than the start of the content.
func (r *contents) isAddressee(a, b, end int, info cueInfo) bool {
	next := r.lower(b)
	if next == "that" {
		return true
	}
	if !info.tellClass() {
		return false
	}
	if next == "of" || next == "on" && timeWords[r.lower(b+1)] || next == "to" || next == "," || next == ":" {
		return true
	}
	// "told Okafor the government must": a clause follows.
	return b < end && r.clauseAfter(b, end) && !isVerb(r.tok(b).Tag)
}

// contentEnd finds where preposed content ends: at the sentence's end,
// or before a coordinated second cue ("said C, but warned of D"), a
// contrasting clause (", but the union pulled back"), a trailing attribution
// (", the ministry said") or a semicolon.
func (r *contents) contentEnd(k, end int) int {
	finite := false
	for j := k + 1; j < end; j++ {
		w := r.lower(j)
		if r.inQuote(j) {
			continue
		}
		comma := r.tok(j-1).Norm == ","
		switch {
		case w == ";":
			return j
		case comma && r.tok(j).Tag == "IN" && r.lower(j+1) == "which":
			return j - 1 // ", over which the US expressed regret": the writer's aside
		case w == "according" && r.lower(j+1) == "to" && comma:
			return j - 1
		case (w == "but" || (w == "while" || w == "whereas" || w == "although" || w == "though") && comma) && r.clauseStart(j+1, end):
			return cutComma(r.view, j)
		case w == "even" && comma && (r.lower(j+1) == "though" || r.lower(j+1) == "if") && r.clauseStart(j+2, end):
			return j - 1 // "said A, even though B"
		case comma && w == "compared" && (r.lower(j+1) == "with" || r.lower(j+1) == "to"):
			return j - 1 // "say A, compared with 64 percent who say B"
		case comma && (w == "which" || w == "who") && r.speakerClause(j+1, end):
			return j - 1 // "..., which he believes will fail": a new report
		case comma && w == "while" && r.tok(j+1).Tag == "VBG" && isCueWord(r.tok(j+1).Norm):
			return j - 1 // "..., while acknowledging that"
		case comma && (w == "and" || w == "but" || w == "while") && r.speakerClause(j+1, end):
			return cutComma(r.view, j) // "said A, and three-quarters said B"
		case (w == "and" || w == "but") && (r.tok(j+1).Tag == "CD" || speakerPronouns[r.lower(j+1)]) && r.speakerClause(j+1, end):
			return cutComma(r.view, j) // "5 percent prefer A and 1 percent support B"
		case w == "but" || w == "and":
			n := j + 1
			for n < end && (auxWords[r.lower(n)] || r.tok(n).Tag == "RB") {
				n++
			}
			if r.lower(n) == "that" && w == "and" && r.lower(k-1) == "that" {
				return cutComma(r.view, j)
			}
			if _, ok := r.lookupCue(r.tok(n).Norm); ok && (r.tok(n).Tag != "VBN" || isHave(r.lower(n-1)) ||
				!finite && n == j+1 && strings.HasSuffix(r.lower(n), "ed")) &&
				(comma || !finite || r.lower(n+1) == "that") && !r.isRelative(n) {
				return cutComma(r.view, j) // "said A and noted that B", "proposes A, and plans to B"
			}
			if n == j+1 && r.secondVerb(k, n) {
				return cutComma(r.view, j) // "said he makes A and questioned how B"
			}
		case w == "," && (r.newSubjectCue(j+1, end) || r.speakerClause(j+1, end) && speakerPronouns[r.lower(j+1)]):
			return j // "While he conceded A, Hall also noted B"
		case w == "," && r.tok(j+1).Tag == "VBG" && isCueWord(r.tok(j+1).Norm):
			return j
		case r.tok(j).Tag == "VBG" && r.isQuoteTok(j-1) && r.tok(j-2).Norm == "," && r.cueWord(j):
			return j - 1 // "that he has “won,” claiming that"
		case comma && r.tok(j).Tag == "VBG" && r.cueWord(j) && r.lower(j+1) != "to":
			return j - 1 // "praised A, crediting her with B"
		}
		if isFinite(r.tok(j).Tag) {
			finite = true
		}
	}
	return end
}

// isRelative reports whether the word at n is a noun rather than a verb
// in context (a "claims" after a determiner).
func (r *contents) isRelative(n int) bool { return r.tok(n-1).Tag == "DT" }

func cutComma(r *view, j int) int {
	if r.tok(j-1).Norm == "," {
		return j - 1
	}
	return j
}

// speakerClause reports whether a short subject and a finite speech verb
// start at k: "three-quarters said", "more than 4 in 10 want", "he did
// say".
func (r *contents) speakerClause(k, end int) bool {
	n := k
	if speakerPronouns[r.lower(n)] && r.tok(n).Tag == "PRP" {
		n++
	} else {
		for n < end && n-k < 8 && (r.nounLike(n) || quantWord(r.tok(n).Tag, r.lower(n))) && !r.inQuote(n) {
			n++
		}
		if n == k || r.tok(n-1).Tag == "DT" || r.tok(n-1).Tag == "IN" {
			return false
		}
	}
	aux := false
	for n < end && (auxWords[r.lower(n)] || r.tok(n).Tag == "RB") {
		aux = aux || auxWords[r.lower(n)]
		n++
	}
	verb := isFinite(r.tok(n).Tag) || aux && r.tok(n).Tag == "VB"
	if _, _, _, ok := r.prepCue(n); ok {
		return verb // "and he railed against"
	}
	c, ok := r.lookupCue(r.tok(n).Norm)
	return ok && c.particle == "" && verb
}

// quantWord reports a word of a quantity phrase before a noun: "more
// than 4 in 10", "nearly half of".
func quantWord(tag, w string) bool {
	switch w {
	case "more", "than", "in", "of", "about", "nearly", "almost", "fewer", "less", "over", "just", "roughly", "some":
		return true
	}
	return tag == "CD" || tag == "DT"
}

// newSubjectCue reports whether a short subject and a cue verb with its
// complementizer start at k: "Hall also noted that", "the mayor said".
func (r *contents) newSubjectCue(k, end int) bool {
	n := k
	for n < end && n-k < 5 && r.nounLike(n) && !r.inQuote(n) {
		n++
	}
	if n == k {
		return false
	}
	for n < end && (auxWords[r.lower(n)] || r.tok(n).Tag == "RB") {
		n++
	}
	if _, ok := r.lookupCue(r.tok(n).Norm); !ok || !isFinite(r.tok(n).Tag) {
		return false
	}
	return r.lower(n+1) == "that" || r.clauseStart(n+1, end) || r.isQuoteTok(n+1) || r.tok(n+1).Norm == "“" ||
		r.tok(n+1).Norm == ":"
}

// proForm reports content [ka, kb) that stands for a statement: "said
// so", "said yes", "say the same of Sanders".
func (r *contents) proForm(ka, kb int) bool {
	switch w := r.lower(ka); {
	case kb-ka == 1:
		return w == "so" || w == "yes" || w == "no"
	case w == "the":
		return r.lower(ka+1) == "same"
	}
	return false
}

// cueWord reports a cue verb form at token i, learned verbs included.
func (r *view) cueWord(i int) bool {
	_, ok := r.lookupCue(r.tok(i).Norm)
	return ok
}

// secondVerb reports whether the past-tense cue at n, right after "and",
// is a second verb of the cue's subject rather than of the content's:
// "said he makes A and questioned how B". The content [k, n) must have a
// finite verb of its own, and the cue a complement.
func (r *contents) secondVerb(k, n int) bool {
	t := r.tok(n)
	if t.Tag != "VBD" && !(t.Tag == "VBN" && strings.HasSuffix(r.lower(n), "ed")) || !r.cueWord(n) {
		return false
	}
	subj, shared := false, false
	for j := k; j < n; j++ {
		if isFinite(r.tok(j).Tag) {
			// "said they had spoken and agreed": a perfect before may
			// govern the second verb too (a modal would want "agree").
			subj, shared = true, isHave(r.lower(j))
		}
	}
	if shared {
		return false
	}
	next := r.tok(n + 1)
	return subj && (next.Tag == "DT" || next.Tag == "PRP" || next.Tag == "PRP$" || next.Tag == "WRB" || next.Tag == "TO" ||
		next.Tag == "IN" || strings.HasPrefix(next.Tag, "NN") || next.Tag == "RB")
}
