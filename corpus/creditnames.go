package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/lexicon"
)

// nameStrength says how sure the words of a credit are to name someone.
type nameStrength uint8

const (
	notName nameStrength = iota
	// weakName is a name only where the shape around it says so: a
	// single capitalized word ("Instagram") or "The ..." as an outlet.
	weakName
	// strongName is a person of two to five name words, or an outlet
	// that a listed agency, a head word ("... Press") or an acronym
	// ("CP") makes one.
	strongName
)

// particles are the lower-case words inside people's names ("de",
// "van", "bin"): the lexicon's name particles.
var particles = sync.OnceValue(func() map[string]bool {
	return lexicon.Set(lexicon.Default().Words(lexicon.NameParticle))
})

// classifyName says what the words of s name, s being trimmed and
// stripped of labels ("File Photo"): a person, an outlet, or nothing.
func classifyName(s string) (NameKind, nameStrength) {
	cw := creditTable()
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 6 {
		return "", notName
	}
	for _, w := range ws {
		if !isNameWord(w) && !particles()[w] && !(w == "&" || w == "of" || w == "and") {
			return "", notName
		}
	}
	if !isNameWord(ws[0]) || !isNameWord(ws[len(ws)-1]) {
		return "", notName
	}
	last := strings.TrimRight(ws[len(ws)-1], ".")
	switch {
	case cw.isAgency(s), len(ws) > 1 && cw.is(last, classHead):
		return OutletName, strongName
	case len(ws) == 1 && isCapsWord(ws[0]):
		return OutletName, strongName
	case len(ws) == 1:
		return OutletName, weakName
	case strings.EqualFold(ws[0], "the"):
		return OutletName, weakName
	}
	for _, w := range ws {
		if w == "&" || w == "of" || w == "and" {
			return "", notName
		}
	}
	if len(ws) > 5 {
		return "", notName
	}
	return PersonName, strongName
}

// isNameWord reports a word that may be part of a name: it starts with
// a capital letter and holds only letters, marks, apostrophes, full stops
// and hyphens ("O'Hara", "Price-Tanner", "B.", "MacLeish").
func isNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune(".'’-", r) {
			return false
		}
	}
	return true
}

// isCapsWord reports a word of two to six capital letters: "AFP", "CBC".
func isCapsWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// nameSpan trims a piece of a credit to the name in it: white space,
// brackets, quotes and punctuation at its edges, labels that name no one
// ("File Photo", "Courtesy of"), and a place after a person ("Jane Roe
// in Oslo").
func nameSpan(text string, s Span) Span {
	s = trimSpanFunc(text, s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("()[]{}\"“”‘'’,;:|—–-•*", r)
	})
	// A final full stop ends the credit, unless it ends an initial or
	// an abbreviation of the name ("Jr.", "B.").
	if t := s.In(text); strings.HasSuffix(t, ".") {
		last := t[strings.LastIndexByte(t, ' ')+1:]
		if utf8.RuneCountInString(last) > 3 {
			s.End--
		}
	}
	cw := creditTable()
	for {
		t := s.In(text)
		w, rest, ok := strings.Cut(t, " ")
		if !ok || !(cw.is(w, classNoName) || strings.EqualFold(w, "of") || strings.EqualFold(w, "by")) {
			break
		}
		s.Start += len(w) + (len(t) - len(w) - len(strings.TrimLeft(rest, " ")))
	}
	if t := s.In(text); cw.is(t, classNoName) {
		return Span{}
	}
	for {
		t := s.In(text)
		i := strings.LastIndexByte(t, ' ')
		if i < 0 || !cw.is(strings.TrimRight(t[i+1:], "."), classNoName) {
			break
		}
		s.End = s.Start + len(strings.TrimRight(t[:i], " "))
	}
	// "Jane Roe in Oslo": a person's name ends before the place a
	// reporting note gives.
	t := s.In(text)
	for _, w := range []string{" in ", " at ", " from ", " for "} {
		if i := strings.Index(t, w); i > 0 {
			if r, _ := utf8.DecodeRuneInString(t[i+len(w):]); unicode.IsUpper(r) {
				s.End = s.Start + i
				t = t[:i]
			}
		}
	}
	return s
}

// trimSpanFunc trims the runes at both edges of s for which cut is true.
func trimSpanFunc(text string, s Span, cut func(rune) bool) Span {
	t := s.In(text)
	l := len(t) - len(strings.TrimLeftFunc(t, cut))
	r := len(strings.TrimRightFunc(t, cut))
	if l >= r {
		return Span{}
	}
	return Span{Start: s.Start + l, End: s.Start + r}
}

// namePiece is one piece of a list of names with what it names.
type namePiece struct {
	span     Span
	kind     NameKind
	strength nameStrength
	// job marks a journalist's job ("Staff Writer"), which is no name
	// but belongs in a byline.
	job bool
}

// splitNames cuts s at the separators of a list of names ("/", ",",
// ";", "&", "|", "and", "via", and a possessive: "Harbour TV's Rita
// Vance" is an outlet and a person) and reads each piece.
// Pieces that name no one are returned with strength notName, so that
// callers can require a list made wholly of names.
func splitNames(text string, s Span) []namePiece {
	t := s.In(text)
	var out []namePiece
	add := func(a, b int) {
		if p, ok := jobPiece(text, Span{Start: s.Start + a, End: s.Start + b}); ok {
			out = append(out, p...)
			return
		}
		sp := nameSpan(text, Span{Start: s.Start + a, End: s.Start + b})
		if sp.Len() == 0 {
			if strings.TrimFunc(t[a:b], func(r rune) bool { return !unicode.IsLetter(r) }) != "" && !onlyLabels(t[a:b]) {
				out = append(out, namePiece{span: Span{Start: s.Start + a, End: s.Start + b}})
			}
			return
		}
		k, st := classifyName(sp.In(text))
		out = append(out, namePiece{span: sp, kind: k, strength: st})
	}
	start := 0
	for i := 0; i < len(t); {
		n := separatorAt(t, i)
		if n == 0 {
			_, size := utf8.DecodeRuneInString(t[i:])
			i += size
			continue
		}
		add(start, i)
		if k := len(out) - 1; k >= 0 && strings.ContainsAny(t[i:i+n], "'’") && out[k].strength != notName {
			// "Harbour TV's Rita Vance": whose reporter, an outlet.
			out[k].kind = OutletName
		}
		i += n
		start = i
	}
	add(start, len(t))
	return out
}

// jobPiece reads a piece that ends in a journalist's job: "Staff
// Writer" alone, or after a person's name, "Jane Roe National Online
// Journalist". The name is the first two words, or three when the
// second is an initial or a particle.
func jobPiece(text string, s Span) ([]namePiece, bool) {
	s = trimSpanFunc(text, s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("()[]\"“”.,;:|—–-", r) })
	t := s.In(text)
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > 8 || !creditTable().is(ws[len(ws)-1], classJob) {
		return nil, false
	}
	for _, w := range ws {
		if !isNameWord(w) && !particles()[w] {
			return nil, false
		}
	}
	job := namePiece{span: s, job: true}
	n := 2
	if len(ws) > 3 && (particles()[ws[1]] || len(strings.TrimRight(ws[1], ".")) == 1) {
		n = 3
	}
	if len(ws) < n+1 {
		return []namePiece{job}, true
	}
	end := 0
	for k := range n {
		end = strings.Index(t[end:], ws[k]) + end + len(ws[k])
	}
	name := Span{Start: s.Start, End: s.Start + end}
	if k, st := classifyName(name.In(text)); k == PersonName && st == strongName {
		job.span.Start = name.End + 1
		return []namePiece{{span: name, kind: PersonName, strength: strongName}, job}, true
	}
	return []namePiece{job}, true
}

// separatorAt returns the length of the list separator at t[i:], or 0.
func separatorAt(t string, i int) int {
	switch t[i] {
	case '/', ',', ';', '&', '|':
		return 1
	case ' ':
		for _, w := range []string{" and ", " via "} {
			if strings.HasPrefix(t[i:], w) {
				return len(w) - 1
			}
		}
	case '\'':
		if strings.HasPrefix(t[i:], "'s ") && i > 0 && isNameWordEnd(t, i) {
			return 2
		}
	}
	if strings.HasPrefix(t[i:], "’s ") && i > 0 && isNameWordEnd(t, i) {
		return len("’s")
	}
	return 0
}

// isNameWordEnd reports whether the word that ends at t[i] starts with a
// capital: a possessive of a name, not of "today's".
func isNameWordEnd(t string, i int) bool {
	j := strings.LastIndexByte(t[:i], ' ') + 1
	r, _ := utf8.DecodeRuneInString(t[j:])
	return unicode.IsUpper(r)
}

// onlyLabels reports a piece made only of labels and joining words.
func onlyLabels(s string) bool {
	cw := creditTable()
	for f := range strings.FieldsSeq(s) {
		f = strings.Trim(f, ".:()")
		if !cw.is(f, classNoName) && !strings.EqualFold(f, "of") && !strings.EqualFold(f, "by") {
			return false
		}
	}
	return true
}

// readNames reads a list of names in s. It returns the names and whether
// every piece of the list is one (labels aside).
func readNames(text string, s Span) ([]Name, bool) {
	all := true
	var out []Name
	for _, p := range splitNames(text, s) {
		if p.job {
			continue
		}
		if p.strength == notName {
			all = false
			continue
		}
		out = append(out, Name{Span: p.span, Text: p.span.In(text), Kind: p.kind})
	}
	return out, all
}
