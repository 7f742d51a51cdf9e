package entity

// listLine is a line of a list of people and what they are listed for:
// "Corinne Pellow, Margaret Sails Again", "** WINNER: Harriet Maddox, The
// Understudy", "Zandile Quillan (Dunmore)", "Simon Ashdown, Rory
// Castellano, Green Orchard", as award nominees, cast lists and rosters
// are written. Each of names is the word range of a person's name; the
// words after sep, up to end, are the work, team or affiliation listed
// with them.
type listLine struct {
	names    [][2]int
	sep, end int
}

// minListLines is how many lines of the shape of a listLine, opened by a
// known first name, a document must hold before any line is read as one:
// a list, not a headline that happens to open with a first name.
const minListLines = 3

// maxListNames bounds the names of one listLine.
const maxListNames = 4

// findListLines finds the lines of the document that list people and
// what they are listed for, keyed by sentence (see listLine). It runs
// once the casing of every sentence is known.
//
// Such a line is a paragraph of its own with no full stop at its end;
// after an optional label in capitals and a colon ("WINNER:"), it opens
// with one to four names, each of two to five capitalized words or
// initials, separated by commas, then a comma or an opening parenthesis,
// then words in title case. Capitals prove nothing in such lines, and the
// sequence model, which learnt running text, reads a person in the title
// after the comma ("Callum", "Margaret Sails Again") and misses the person
// before it; the shape of the list tells both.
func (ws *words) findListLines(kb knowledge) {
	ws.lists = nil
	known := 0
	for si, sr := range ws.sents {
		if ll, first, ok := ws.listLineAt(si, sr, kb); ok {
			if ws.lists == nil {
				ws.lists = map[int]listLine{}
			}
			ws.lists[si] = ll
			if first {
				known++
			}
		}
	}
	if known < minListLines {
		// Not a list: lines opened by a known first name prove the
		// shape, and the other lines of that shape join them ("Zandile
		// Quillan (Dunmore)").
		ws.lists = nil
	}
}

// listLineAt reads sentence si as a listLine, and tells whether its first
// name opens with a known first name.
func (ws *words) listLineAt(si int, sr sentenceRange, kb knowledge) (ll listLine, first, ok bool) {
	// A paragraph of its own.
	if si > 0 && ws.sents[si-1].para == sr.para || si+1 < len(ws.sents) && ws.sents[si+1].para == sr.para {
		return ll, false, false
	}
	a, b := sr.first, sr.last
	if b-a < 3 || ws.w[b-1].norm == "." {
		return ll, false, false
	}
	for a < b && !hasLetter(ws.w[a].norm) && !hasDigit(ws.w[a].norm) {
		a++ // "**"; but "1." opens a line of results
	}
	if a+1 < b && ws.w[a].cap && isUpperWord(ws.w[a].norm) && ws.w[a+1].norm == ":" {
		a += 2 // "WINNER:"
	}
	start := a
	for k := a; k < b; k++ {
		w := ws.w[k]
		if w.norm != "," && w.norm != "(" {
			if !w.cap && w.norm != "." && w.norm != "-" {
				break
			}
			continue
		}
		if n := k - start; n < 2 || n > 5 || ws.is(start, wcFunction) || len(ll.names) == maxListNames {
			break
		}
		ll.names = append(ll.names, [2]int{start, k})
		ll.sep = k
		if w.norm == "(" {
			break
		}
		start = k + 1
	}
	if len(ll.names) == 0 || ll.sep+1 >= b {
		return listLine{}, false, false
	}
	paren := ws.w[ll.sep].norm == "("
	if paren && ws.w[b-1].norm != ")" {
		return listLine{}, false, false // "Jane Roe ( Canada ) 20.02"
	}
	for k := ll.sep + 1; k < b; k++ {
		w := ws.w[k]
		switch {
		case hasLetter(w.norm) && !w.cap && w.cls&(wcFunction|wcClitic) == 0:
			return listLine{}, false, false // a clause: "Jane Roe, who ..."
		case hasDigit(w.norm), w.norm == "," || w.norm == "(" || w.norm == ")" && (!paren || k < b-1):
			// Figures, or more names: a table of results ("Jane Roe
			// ( Canada ) 71 77", "Jane Roe ( Canada ) , Ann Poe").
			return listLine{}, false, false
		}
	}
	ll.end = b
	_, first = kb.firstName(ws.w[ll.names[0][0]].norm)
	if !first && ws.w[b-1].norm == ")" && ll.sep+2 == b-1 && kb.org(ws.norms(ll.sep+1, b-1)) {
		return listLine{}, false, false // a show and its network: "Dark Harbour (HBO)"
	}
	return ll, first, true
}

// listName reports whether the words [a, b) are one of the names of the
// listLine of their sentence, and whether they are listed after them.
func (ws *words) listName(a, b int) (name, after bool) {
	ll, ok := ws.lists[ws.w[a].sent]
	if !ok {
		return false, false
	}
	for _, n := range ll.names {
		if n[0] == a && n[1] == b {
			return true, false
		}
	}
	return false, a > ll.sep
}

// isUpperWord reports whether s has letters and all of them in upper case.
func isUpperWord(s string) bool {
	up := false
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			up = true
		}
	}
	return up
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}
