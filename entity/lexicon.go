package entity

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ErrBadLexicon is returned by New for a lexicon entry with no name or an
// unknown type.
var ErrBadLexicon = errors.New("entity: bad lexicon entry")

// userLexicon holds the caller's entries, each form with its entry.
type userLexicon struct {
	entries []LexiconEntry
	forms   []lexForm // longest first
}

type lexForm struct {
	text  string
	entry int
}

func newUserLexicon(entries []LexiconEntry) (*userLexicon, error) {
	l := &userLexicon{entries: entries}
	for i, e := range entries {
		if strings.TrimSpace(e.Name) == "" {
			return nil, fmt.Errorf("%w: entry %d has no name", ErrBadLexicon, i)
		}
		if typeIndex(e.Type) < 0 {
			return nil, fmt.Errorf("%w: %q has unknown type %q", ErrBadLexicon, e.Name, e.Type)
		}
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			if f = strings.TrimSpace(f); f != "" {
				l.forms = append(l.forms, lexForm{text: f, entry: i})
			}
		}
	}
	slices.SortStableFunc(l.forms, func(a, b lexForm) int { return len(b.text) - len(a.text) })
	return l, nil
}

// weightEntry is the vote of a WithLexicon entry for its type, far above
// every kind of evidence in typing.go, so that the user's type wins.
const weightEntry = 100.0

// find returns the mentions of lexicon forms in the body, longest forms
// first, later entries winning ties. A form matches only where it begins
// and ends on word boundaries. With a tracer, each mention notes its entry
// there.
func (l *userLexicon) find(ws *words, tr *tracer) []mention {
	if l == nil || len(l.forms) == 0 || len(ws.w) == 0 {
		return nil
	}
	startAt := make(map[int]int, len(ws.w))
	endAt := make(map[int]int, len(ws.w))
	for i, w := range ws.w {
		startAt[w.Start] = i
		endAt[w.End] = i
	}
	used := make([]bool, len(ws.w))
	var out []mention
	text := ws.doc.Text
	for _, f := range l.forms {
		for off := 0; off < len(text); {
			k := strings.Index(text[off:], f.text)
			if k < 0 {
				break
			}
			s := off + k
			e := s + len(f.text)
			off = s + 1
			a, ok1 := startAt[s]
			z, ok2 := endAt[e]
			if !ok1 || !ok2 || z < a || anyUsed(used, a, z+1) || !ws.sameSentence(a, z) {
				continue
			}
			m := ws.newMention(a, z+1)
			m.lex = f.entry + 1
			entry := l.entries[f.entry]
			m.votes.add(entry.Type, weightEntry)
			if tr != nil {
				tr.add(&m, note{Evidence: Evidence{Source: srcLexicon, Type: entry.Type, Detail: "entry " + entry.Name, Weight: weightEntry}})
			}
			out = append(out, m)
			for i := a; i <= z; i++ {
				used[i] = true
			}
		}
	}
	return out
}
