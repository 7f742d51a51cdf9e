package corpus

import (
	"strings"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
	"github.com/sayso/sayso/internal/ortho"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// segmentWindow bounds how much text punkt sees at once. A paragraph longer
// than this (a page with no line breaks) is segmented in windows cut at
// white space; sentences never straddle a cut, which costs at most one wrong
// boundary per window and keeps the work linear.
const segmentWindow = 32 << 10

// sentenceStarts maps punkt's sentences onto tokens: it appends to starts
// the indexes of the tokens that begin a sentence, starting with 0. A token
// belongs to the sentence in which it starts.
//
// It stops early, with sentences left out, once poll is done.
func sentenceStarts(starts []int, seg *punkt, clean string, toks []token.Token, poll *ctxpoll.Poll) []int {
	if !punktMatters(clean, toks) {
		return append(starts, 0)
	}
	return punktStarts(starts, seg, clean, toks, poll)
}

// punktStarts is sentenceStarts with punkt run whatever punktMatters says.
func punktStarts(starts []int, seg *punkt, clean string, toks []token.Token, poll *ctxpoll.Poll) []int {
	var offs []int // byte offsets where sentences start
	var sc punktScratch
	for base := 0; base < len(clean) && !poll.Check(); {
		end := len(clean)
		if end-base > segmentWindow {
			end = base + segmentWindow
			if cut := strings.LastIndexByte(clean[base:end], ' '); cut > 0 {
				end = base + cut
			}
			for end > base+1 && !utf8.RuneStart(clean[end]) {
				end-- // no space: at least never cut a rune
			}
		}
		offs = seg.starts(offs, clean[base:end], base, &sc)
		base = end
	}
	starts = append(starts, 0)
	j := 0
	for i := 1; i < len(toks); i++ {
		for j < len(offs) && offs[j] <= toks[i-1].Start {
			j++
		}
		if j < len(offs) && toks[i].Start >= offs[j] {
			starts = append(starts, i)
			j++
		}
	}
	return starts
}

// punktMatters reports whether punkt's sentence starts could change what
// fixStarts makes of the paragraph clean: whether punkt could start a
// sentence that fixStarts keeps, or leave out one that it would not add.
// punkt starts a sentence only at a word (a run between white space) after
// a word with a full stop, question or exclamation mark, or at the cut
// between two windows of a long paragraph; there it maps to the first
// token from the word on. fixStarts drops a start at such a token b if
// falseStart, and adds none if not missedStart, whatever punkt said; and
// what it decides at b depends only on the tokens and on what it decided
// before b. So where every such token is one it drops and does not add,
// punkt need not run: "Gov. Brown said", "5 p.m. on Friday".
func punktMatters(clean string, toks []token.Token) bool {
	if len(clean) > segmentWindow {
		return true
	}
	b := 0        // the first token from the word at i on
	stop := false // whether the word before i has . ? or !
	for i := 0; i < len(clean); {
		if isASCIISpace(clean[i]) {
			i++
			continue
		}
		if stop {
			for b < len(toks) && toks[b].Start < i {
				b++
			}
			if 0 < b && b < len(toks) && (!falseStart(toks, b) || missedStart(toks, b)) {
				return true
			}
		}
		stop = false
		for ; i < len(clean) && !isASCIISpace(clean[i]); i++ {
			if c := clean[i]; c == '.' || c == '?' || c == '!' {
				stop = true
			}
		}
	}
	return false
}

// titles are abbreviations that stand before a name and so never end a
// sentence: "Gen. Smith", "Gov. Brown", "St. Petersburg". punkt learns
// abbreviations from a corpus and misses the rarer ones.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "messrs": true, "mmes": true, "dr": true, "prof": true,
	"gen": true, "gens": true, "lt": true, "col": true, "maj": true, "capt": true, "cpt": true,
	"cmdr": true, "cdr": true, "adm": true, "brig": true, "sgt": true, "cpl": true, "pvt": true,
	"sen": true, "sens": true, "rep": true, "reps": true, "gov": true, "pres": true, "amb": true,
	"rev": true, "fr": true, "hon": true, "supt": true, "insp": true, "det": true, "atty": true,
	"st": true, "mt": true, "ft": true, "no": true, "nos": true, "vol": true, "sec": true,
}

// isTitle reports whether w is one of the titles, in any case.
func isTitle(w string) bool {
	is, _ := ortho.Lookup(titles, w)
	return is
}

// starters are words that open sentences and rarely follow an abbreviation
// inside one, so "in the U.S. The" ends a sentence.
var starters = map[string]bool{
	"The": true, "He": true, "She": true, "It": true, "They": true, "We": true, "This": true,
	"That": true, "These": true, "Those": true, "There": true, "But": true, "However": true,
	"His": true, "Her": true, "Their": true, "Its": true, "Our": true, "Meanwhile": true, "Then": true,
}

// fixStarts repairs punkt's sentence starts with general rules:
//
//   - a title abbreviation never ends a sentence ("Gov. | Brown");
//   - nor does an initial inside a name ("R. T. | Hollis");
//   - nor does a full stop followed by a lower-case word ("5 pct. | in"),
//     unless that word is an abbreviation ("i.e.");
//   - nor does the number of a list item opening a sentence ("2. |
//     Jan Novak (Czech Republic) 3:51.01");
//   - a closing quote or bracket glued to the end of a sentence belongs to
//     it ("done.” | He", never "done. | ” He");
//   - an abbreviation in capitals before a sentence opener ends a sentence
//     ("in the U.S. | The talks");
//   - a full stop before two apostrophes, the closing quotation mark of
//     some newspapers (the NYT), ends a sentence before a capital, where
//     punkt reads one sentence.
func fixStarts(toks []token.Token, starts []int) []int {
	var marks [512]bool // enough for most paragraphs, on the stack
	var is []bool
	if len(toks) < len(marks) {
		is = marks[:len(toks)+1]
	} else {
		is = make([]bool, len(toks)+1)
	}
	for _, s := range starts {
		is[s] = true
	}
	for b := 1; b < len(toks); b++ {
		if !is[b] {
			is[b] = missedStart(toks, b)
			continue
		}
		word, stop, at := wordBefore(toks, b)
		switch {
		case falseStart(toks, b):
			is[b] = false
		case stop && listNumber(word) && is[at]:
			is[b] = false
		case isCloser(toks[b].Text) && toks[b].Start == toks[b-1].End():
			is[b] = false
			is[b+1] = b+1 < len(toks) // move the start past the quote
		}
	}
	out := starts[:0]
	for i := range toks {
		if i == 0 || is[i] {
			out = append(out, i)
		}
	}
	return out
}

// falseStart reports whether a sentence start at token b is wrong
// whatever punkt said about the tokens around it: after a title or an
// initial inside a name, or before a lower-case word.
func falseStart(toks []token.Token, b int) bool {
	word, stop, _ := wordBefore(toks, b)
	next := toks[b].Text
	return stop && (isTitle(word) && !answerNo(word, next) ||
		ortho.Initial(word) && ortho.Capitalized(next) && !starters[next] && nameBefore(toks, b) ||
		ortho.StartsLower(next) && !strings.Contains(next, "."))
}

// missedStart reports whether token b starts a sentence that punkt may
// miss: after an abbreviation in capitals before a sentence opener, after
// a full stop and two apostrophes, or where a quotation mark is glued
// between two sentences.
func missedStart(toks []token.Token, b int) bool {
	if word, stop, _ := wordBefore(toks, b); stop && answerNo(word, toks[b].Text) && ortho.Capitalized(toks[b].Text) {
		return true // "She said no. The"
	}
	return isAcronym(toks[b-1].Text) && starters[toks[b].Text] || afterDoubleApostrophe(toks, b) || gluedStart(toks, b)
}

// gluedStart reports a sentence that starts at token b with no space
// before it, where a quotation mark was glued to the sentence beyond it
// (see gluedQuote): a capitalized word after a closing mark after a full
// stop, question or exclamation mark ("fight.”The"), or an opening mark
// after one before a capitalized word ("late.“We").
func gluedStart(toks []token.Token, b int) bool {
	if b < 2 || b+1 >= len(toks) || toks[b].Start != toks[b-1].End() {
		return false
	}
	stop := func(k int) bool { t := toks[k].Text; return t == "." || t == "?" || t == "!" }
	t, p := toks[b].Text, toks[b-1].Text
	if (p == "”" || p == `"`) && stop(b-2) && toks[b-2].End() == toks[b-1].Start {
		return ortho.Capitalized(t)
	}
	return t == "“" && stop(b-1) && toks[b+1].Start == toks[b].End() && ortho.Capitalized(toks[b+1].Text)
}

// answerNo reports a "no" before a full stop that is the word, not the
// abbreviation of "number" ("No. 4"): no digit follows, and it is in
// lower case.
func answerNo(word, next string) bool {
	return (word == "no" || word == "nos") && (next == "" || next[0] < '0' || next[0] > '9') && next != "#"
}

// afterDoubleApostrophe reports whether token b, a capitalized word after
// white space, follows a sentence's end closed by two apostrophes:
// a full stop, two apostrophes and a capital, as the NYT closes a quoted
// sentence. The word before the stop must be no title or initial.
func afterDoubleApostrophe(toks []token.Token, b int) bool {
	if b < 4 || toks[b-1].Text != "'" || toks[b-2].Text != "'" || toks[b].Start == toks[b-1].End() ||
		toks[b-2].End() != toks[b-1].Start || toks[b-3].End() != toks[b-2].Start || !ortho.Capitalized(toks[b].Text) {
		return false
	}
	switch toks[b-3].Text {
	case "?", "!":
		return true
	case ".":
		w := strings.TrimLeft(toks[b-4].Text, "'‘“\"")
		return !isTitle(w) && !ortho.Initial(w)
	}
	return false
}

// listNumber reports whether w numbers a list item: one to three digits.
func listNumber(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := range len(w) {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// wordBefore returns the word before token b, whether a full stop ends
// it, as in "Gov." or "Gov" ".", and the index of its token.
func wordBefore(toks []token.Token, b int) (string, bool, int) {
	t := toks[b-1].Text
	if t == "." && b >= 2 && toks[b-2].End() == toks[b-1].Start {
		return toks[b-2].Text, true, b - 2
	}
	if w, ok := strings.CutSuffix(t, "."); ok && w != "" && !strings.HasSuffix(w, ".") {
		return w, true, b - 1
	}
	return t, false, b - 1
}

// nameBefore reports whether the initial ending at token b stands in a name:
// after another initial, a capitalized word ("Mary K. | Dunmore") or a
// comma or bracket ("( T. | Marsh").
func nameBefore(toks []token.Token, b int) bool {
	i := b - 2 // the initial
	if toks[b-1].Text == "." {
		i = b - 3
	}
	if i < 0 {
		return false
	}
	t := toks[i].Text
	if t == "." && i > 0 {
		t = toks[i-1].Text
	}
	w := strings.TrimSuffix(t, ".")
	// After a comma, bracket or semicolon no sentence ends: "( J. Marsh".
	return ortho.Initial(w) || ortho.Capitalized(w) && !starters[w] || openers[t]
}

// openers are marks after which an initial opens a name, not ends a
// sentence.
var openers = map[string]bool{",": true, "(": true, "[": true, ";": true, ":": true, "-": true, "–": true, "—": true}

// isAcronym reports a dotted abbreviation in capitals: "U.S.", "U.N.".
func isAcronym(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, ".") {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if i+1 >= len(w) || w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// isCloser reports a token that closes a quotation or bracket.
func isCloser(t string) bool {
	switch t {
	case "”", "’", "»", "›", `"`, "'", ")", "]", "”.", "’.":
		return true
	}
	return false
}
