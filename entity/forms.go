package entity

import (
	"strings"

	"github.com/sayso/sayso/internal/ortho"
)

// form is what all the words of a document written alike (with one norm)
// share: their lower-case form, word classes and shape, computed once per
// document instead of once per word, and what buildWords learns of the
// spelling from the whole document. words.forms holds them, indexed by
// word.form.
type form struct {
	norm  string
	lower string // strings.ToLower(norm)
	// lowerForm is the index of the form whose norm is lower, or -1 when
	// no word of the document is written so.
	lowerForm int32
	cls       wordClass // classesOf(lower)
	cap       bool      // isCapWord(norm)
	letter    bool      // hasLetter(norm)
	upper     bool      // ortho.Uppercase(norm)
	// confirmed is set when the form is written capitalized in a
	// reliable position (not first in a sentence, not in a headline),
	// lowered when it starts with a lower-case letter and is written
	// where it does not count as confirmed, and alone when it is written
	// in a reliable position with no capitalized word beside it but an
	// honorific before (see buildWords).
	confirmed, lowered, alone bool
}

// formOf returns the index of the form of norm, adding it when the
// document has no word written so yet.
func (ws *words) formOf(norm string) int32 {
	if id, ok := ws.formIDs[norm]; ok {
		return id
	}
	id := int32(len(ws.forms))
	lower, cls := ws.lowerOf(norm)
	ws.forms = append(ws.forms, form{norm: norm, lower: lower, lowerForm: -1, cls: cls, cap: isCapWord(norm), letter: hasLetter(norm), upper: ortho.Uppercase(norm)})
	ws.formIDs[norm] = id
	return id
}

// lowerOf returns strings.ToLower(norm) and its classesOf. A capitalized
// ASCII word whose lower-case form the document already holds ("The" after
// "the") takes that form's string and classes instead of making them anew.
func (ws *words) lowerOf(norm string) (string, wordClass) {
	var buf [32]byte
	if len(norm) > len(buf) || !ortho.IsASCII(norm) {
		lower := strings.ToLower(norm)
		return lower, classesOf(lower)
	}
	b, changed := buf[:len(norm)], false
	for i := 0; i < len(norm); i++ {
		c := norm[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			changed = true
		}
		b[i] = c
	}
	if !changed {
		return norm, classesOf(norm)
	}
	if id, ok := ws.formIDs[string(b)]; ok {
		f := &ws.forms[id]
		return f.lower, f.cls // f.norm is in lower case, so f.lower == f.norm
	}
	lower := string(b)
	return lower, classesOf(lower)
}

// linkLowerForms sets lowerForm on every form, once all the words are in.
func (ws *words) linkLowerForms() {
	for i := range ws.forms {
		f := &ws.forms[i]
		if f.lower == f.norm {
			f.lowerForm = int32(i)
		} else if id, ok := ws.formIDs[f.lower]; ok {
			f.lowerForm = id
		}
	}
}

// confirmed reports whether word i is written capitalized in a reliable
// position somewhere in the document.
func (ws *words) confirmed(i int) bool { return ws.forms[ws.w[i].form].confirmed }

// confirmedForm reports whether norm is written capitalized in a reliable
// position somewhere in the document.
func (ws *words) confirmedForm(norm string) bool {
	id, ok := ws.formIDs[norm]
	return ok && ws.forms[id].confirmed
}

// lowerSeen reports whether the lower-case form of word i is written, in
// lower case, somewhere in the document.
func (ws *words) lowerSeen(i int) bool {
	l := ws.forms[ws.w[i].form].lowerForm
	return l >= 0 && ws.forms[l].lowered
}

// lowered reports whether s is written in lower case somewhere in the
// document.
func (ws *words) lowered(s string) bool {
	id, ok := ws.formIDs[s]
	return ok && ws.forms[id].lowered
}

// pair reports whether words i and j are two capitalized words written in
// a row in a reliable position somewhere in the document ("Justice
// Department").
func (ws *words) pair(i, j int) bool {
	return ws.pairs[[2]int32{ws.w[i].form, ws.w[j].form}]
}

// alone reports whether word i is written in a reliable position with no
// capitalized word beside it but an honorific before, somewhere in the
// document.
func (ws *words) alone(i int) bool { return ws.forms[ws.w[i].form].alone }
