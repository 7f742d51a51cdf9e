package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// clitics are written after a word, in lower case in any line.
var clitics = wordsOf(lexicon.Clitic)

// heading reports whether corpus marked paragraph p as a headline or a
// section heading.
func heading(doc *corpus.Document, p int) bool {
	return p >= 0 && p < len(doc.Paragraphs) && doc.Paragraphs[p].Heading
}

// opensQuote reports whether word i of the sentence sent is an opening
// quotation mark: a curly opening mark, or a straight one written against
// the next word and after a space or the start of text.
func opensQuote(sent []word, i int, text string) bool {
	switch sent[i].In(text) {
	case "\u201c", "\u2018", "\u00ab":
		return true
	case "\"":
		st := sent[i].Start
		before := st == 0 || strings.ContainsRune(" \t\n([", rune(text[st-1]))
		return before && i+1 < len(sent) && sent[i+1].Start == sent[i].End
	}
	return false
}

// markRunInHeading marks the words before a colon near the start of the
// paragraph para as loose when they read as a title-case heading run into
// the text: "Budget Talks Stalled by Partisan Fights: The council ...".
func markRunInHeading(para []word) {
	if para[0].loose {
		return
	}
	for k := 1; k < len(para) && k <= 14; k++ {
		if para[k].norm != ":" {
			continue
		}
		var caps, lows int
		for _, w := range para[:k] {
			switch {
			case !hasLetter(w.norm) || w.cls&(wcFunction|wcClitic) != 0:
			case w.cap:
				caps++
			default:
				lows++
			}
		}
		if caps >= 3 && lows == 0 {
			for i := range para[:k] {
				para[i].loose = true
			}
		}
		return
	}
}

// markCasing sets loose on the words of the paragraph para when its
// capitals prove nothing: a headline (marked by corpus, or judged from its
// casing), or a line in capitals. A source line is a list of names, never
// loose.
func (ws *words) markCasing(para []word, names, marked bool) {
	var caps, lows, upper, letters int
	for i := range para {
		w := &para[i]
		f := &ws.forms[w.form]
		t := w.norm
		letter, function, capital, isUpper := f.letter, w.cls&wcFunction != 0, f.cap, f.upper
		if t != "" && t[0] == '\'' {
			t = strings.TrimLeft(t, "'") // "'Personal" after an opening quote
			letter, function, capital, isUpper = hasLetter(t), functionWords[strings.ToLower(t)], isCapWord(t), ortho.Uppercase(t)
		}
		if !letter || function || w.cls&wcClitic != 0 {
			continue // function words and clitics ("'s") say nothing of the casing
		}
		letters++
		switch {
		case isUpper && utf8.RuneCountInString(t) > 1:
			upper++
			caps++
		case w.cap || capital:
			caps++
		default:
			lows++
		}
	}
	// A headline capitalizes most of its words; an all-caps line all of them.
	// A line of one to three capitalized words with no closing full stop
	// is a heading too ("Refugees").
	heading := caps >= 1 && (!endsSentence(para[len(para)-1].norm) || letters <= 3)
	// A heading marked by corpus counts, whatever its length, when written
	// in title case: in sentence case ("Senate passes the bill") its
	// capitals do tell names.
	loose := !names && lows == 0 && (marked || letters <= 14 && (caps >= 3 || heading)) ||
		letters >= 3 && upper*10 >= letters*7
	for i := range para {
		para[i].loose = loose
	}
}
