package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/sayso/sayso/lexicon"
)

// clitics are written after a word, in lower case in any line.
var clitics = wordsOf(lexicon.Clitic)

// heading reports whether corpus marked paragraph p as a headline or a
// section heading.
func (ws *words) heading(p int) bool {
	return p >= 0 && p < len(ws.doc.Paragraphs) && ws.doc.Paragraphs[p].Heading
}

// opensQuote reports whether word i, before end, is an opening quotation
// mark: a curly opening mark, or a straight one written against the next
// word and after a space or the start of the text.
func (ws *words) opensQuote(i, end int) bool {
	switch ws.w[i].text {
	case "\u201c", "\u2018", "\u00ab":
		return true
	case "\"":
		st := ws.w[i].Start
		before := st == 0 || strings.ContainsRune(" \t\n([", rune(ws.doc.Text[st-1]))
		return before && i+1 < end && ws.w[i+1].Start == ws.w[i].End
	}
	return false
}

// markRunInHeading marks the words before a colon near the start of
// paragraph [a, b) as loose when they read as a title-case heading run
// into the text: "Rights Trumped by National Interests: The council ...".
func (ws *words) markRunInHeading(a, b int) {
	if ws.w[a].loose {
		return
	}
	for k := a + 1; k < b && k-a <= 14; k++ {
		if ws.w[k].norm != ":" {
			continue
		}
		var caps, lows int
		for i := a; i < k; i++ {
			w := ws.w[i]
			switch {
			case !hasLetter(w.norm) || w.cls&(wcFunction|wcClitic) != 0:
			case w.cap:
				caps++
			default:
				lows++
			}
		}
		if caps >= 3 && lows == 0 {
			for i := a; i < k; i++ {
				ws.w[i].loose = true
			}
		}
		return
	}
}

// markCasing sets loose on the words [a, b) of one paragraph when its
// capitals prove nothing: a headline (marked by corpus, or judged from its
// casing), or a line in capitals. A source line is a list of names, never
// loose.
func (ws *words) markCasing(a, b int, names, marked bool) {
	var caps, lows, upper, letters int
	for i := a; i < b; i++ {
		w := &ws.w[i]
		t := strings.TrimLeft(w.norm, "'") // "'Personal" after an opening quote
		function := w.cls&wcFunction != 0
		if len(t) != len(w.norm) {
			function = functionWords[strings.ToLower(t)]
		}
		if !hasLetter(t) || function || w.cls&wcClitic != 0 {
			continue // function words and clitics ("'s") say nothing of the casing
		}
		letters++
		switch {
		case isAllUpper(t) && utf8.RuneCountInString(t) > 1:
			upper++
			caps++
		case w.cap || isCapWord(t):
			caps++
		default:
			lows++
		}
	}
	// A headline capitalizes most of its words; an all-caps line all of them.
	// A line of one to three capitalized words with no closing full stop
	// is a heading too ("Refugees").
	heading := caps >= 1 && (!endsSentence(ws.w[b-1].norm) || letters <= 3)
	// A heading marked by corpus counts, whatever its length, when written
	// in title case: in sentence case ("Senate passes the bill") its
	// capitals do tell names.
	loose := !names && lows == 0 && (marked || letters <= 14 && (caps >= 3 || heading)) ||
		letters >= 3 && upper*10 >= letters*7
	for i := a; i < b; i++ {
		ws.w[i].loose = loose
	}
}
