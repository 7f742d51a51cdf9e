package entity

import (
	"slices"
	"strings"

	"github.com/sayso/sayso/entity/gazetteer"
)

// refine turns a proposed span into proper-name mentions: it trims words
// that are not part of a name (determiners, possessive endings), strips
// honorifics and capitalized titles ("US Secretary of State Jane Hale" ->
// "US" and "Jane Hale", the title kept), splits spans that hold two names
// ("Chief of Naval Staff Anna Berg", "Lyon France"), and gives
// each piece its type evidence. It appends the mentions to out, so that
// the many spans of a document fill one slice.
func (r *Recognizer) refine(out []mention, ws *words, s rawSpan, labels []string) []mention {
	a, b := ws.trim(s.a, s.b)
	if a >= b {
		return out
	}
	if s.label != "" && b < s.b && isDigits(ws.w[b].norm) {
		b++ // a number the model counts in the name: "Euro 2028"
	}
	var gender Gender
	person := false
	if ws.is(a, wcHonorific) && a+1 < b {
		gender, person, a = honorifics[ws.lowerAt(a)], true, a+1
	} else if a > 0 && ws.sameSentence(a-1, a) {
		if ws.is(a-1, wcHonorific) {
			gender, person = honorifics[ws.lowerAt(a-1)], true
		}
	}
	var title [2]int
	h, c, ok := ws.roleIn(a, b)
	if ok && r.roleIsName(ws, labels, h, a, b) {
		// The role word is a name: any title is before it ("Prime
		// Minister John Major").
		h, c, ok = ws.roleIn(a, h)
		ok = ok && c < b
	}
	if ok && !ws.commonAfter(c, b) && r.titleReliable(ws, h, c, b) {
		k := h
		for k > a && (roleModifiers[ws.lowerAt(k-1)] || ws.is(k-1, wcRoleHead)) {
			k--
		}
		if k > a {
			// The words before the role are a modifier such as "US" or
			// "German": names of their own.
			out = r.refine(out, ws, rawSpan{a: a, b: k, label: s.label}, labels)
		}
		if c >= b {
			if c > h+2 && ws.kb.place(ws.norms(h+2, b)) != "" {
				out = r.refine(out, ws, rawSpan{a: h + 2, b: b, label: s.label}, labels)
			}
			return out // a title with no name after it
		}
		if c > h+2 && c <= b && ws.kb.place(ws.norms(h+2, c)) != "" {
			// "for Libya" in a role is a name of its own.
			out = r.refine(out, ws, rawSpan{a: h + 2, b: c, label: s.label}, labels)
		}
		title = [2]int{a, c}
		a, person = c, true
	}
	whole := oneModelName(labels, a, b) && (!ws.w[a].loose || ws.modelLine(a))
	var parts [4][2]int
	for _, p := range r.splitNames(parts[:0], ws, a, b, whole) {
		m := ws.newMention(p[0], p[1])
		r.extend(ws, &m)
		m.gender = gender
		titled := title[1] > title[0] && title[1] == p[0]
		if titled {
			m.title = ws.newMention(title[0], title[1]).Span
		}
		label := s.label
		if labels != nil {
			label = majorityLabel(labels[m.first:m.last])
		}
		r.typeEvidence(ws, &m, label, titled || person && p[0] == a && title[1] == 0)
		if m.votes.best() == "" && m.guess == "" {
			continue
		}
		if labels != nil && label == "" && m.cues.total() == m.lexical.of(Person) && m.last-m.first == 1 &&
			!isAllUpper(m.text) && !nameShaped(m.text) && ws.lowerAt(m.first-1) != "the" {
			// One capitalized word that neither the model nor any list
			// or context reads as a name ("the Return of the Legend"),
			// or only the list of first names, which holds many common
			// words ("Freedom", "Tin").
			continue
		}
		if w := ws.w[m.first]; labels != nil && label == "" && m.cues.total() == 0 &&
			r.unconfirmedOpener(ws, m.first) && !nameShaped(w.norm) && !isAllUpper(w.norm) {
			// Capitalized words opening a sentence, the first unknown,
			// that the model reads as no name: "Add Men's singles".
			continue
		}
		out = append(out, m)
	}
	return out
}

// oneModelName reports whether the model labels all the words [a, b) as
// one person, organization or other name (not a place, which may well be
// "Lyon France"): then no place or nationality inside it is a name of its
// own ("Lindsay Davenport", "British Universities", "American League").
func oneModelName(labels []string, a, b int) bool {
	if labels == nil || b-a < 2 || labels[a] == "" || labels[a] == "LOC" {
		return false
	}
	for _, l := range labels[a+1 : b] {
		if l != labels[a] {
			return false
		}
	}
	return true
}

// titleReliable reports whether the role headed by word h, ending before
// c, is a title of the name that follows it. In a headline the capital of
// "Major" or "General" proves nothing ("Recognizes Major Islamic
// Holiday"): the head must be written capitalized elsewhere, or a known
// first name must follow.
func (r *Recognizer) titleReliable(ws *words, h, c, b int) bool {
	if !ws.w[h].loose || ws.confirmed[ws.w[h].norm] {
		return true
	}
	if c >= b {
		return false
	}
	_, ok := r.kb.firstName(ws.w[c].norm)
	return ok
}

// roleIsName reports whether the role word h in the name [a, b) is a
// first name or a surname, as the model reads it: "Dean Saunders", "John
// Major", "Billie Jean King". It must be a known first name before a
// surname alone, a surname after a known first name, or alone the
// surname of a name written in full elsewhere.
func (r *Recognizer) roleIsName(ws *words, labels []string, h, a, b int) bool {
	if labels == nil || labels[h] != "PER" {
		return false
	}
	if b-a == 1 {
		// Alone, it is the surname of a person named in full elsewhere
		// ("Billie Jean King ... King said"), unless it is "the King".
		return ws.lowerAt(a-1) != "the" && ws.endsName(ws.w[h].norm)
	}
	if h == a {
		// Before a surname alone: "Mayor Ana Ruiz" keeps its title.
		_, ok := r.kb.firstName(ws.w[h].norm)
		return ok && b-a == 2 && labels[h+1] == "PER"
	}
	_, ok := r.kb.firstName(ws.w[h-1].norm)
	return ok && h == b-1 && labels[h-1] == "PER" && !ws.is(h-1, wcRoleHead)
}

// endsName reports whether w is written elsewhere in the document as the
// last word of a name, after a capitalized word that is no role, place
// or nationality: "Jean King", not "the Saudi King".
func (ws *words) endsName(w string) bool {
	for p := range ws.pairs {
		first, last, _ := strings.Cut(p, " ")
		if last != w || classesOf(strings.ToLower(first))&(wcRoleHead|wcFunction) != 0 || ws.kb.place([]string{first}) != "" {
			continue
		}
		if _, norp := ws.kb.norp(first); !norp {
			return true
		}
	}
	return false
}

// commonAfter reports whether the words [c, b) left after a role are a
// single common word written in lower case elsewhere: "Queen City" holds
// no queen.
func (ws *words) commonAfter(c, b int) bool {
	return b-c == 1 && ws.lower[ws.w[c].lower]
}

// trim drops words at the edges of [a, b) that cannot begin or end a name.
func (ws *words) trim(a, b int) (int, int) {
	for a < b {
		w := ws.w[a]
		lw := w.lower
		switch {
		case !w.cap && !(w.cls&wcStartParticle != 0 && a+1 < b && ws.w[a+1].cap):
			a++
		case lw == "the" && (w.first || w.loose || a+1 < b && isAllUpper(ws.w[a+1].norm)):
			a++
		case a+1 < b && (compassAbbrevs[w.norm] || w.first && roleModifiers[lw] && !ws.is(a+1, wcRoleHead) && !ws.pairs[w.norm+" "+ws.w[a+1].norm]):
			a++ // "SW Kharkiv", "Senior Treasury Department officials"
		default:
			goto end
		}
	}
end:
	for b > a && (!ws.w[b-1].cap || isPossessive(ws.w[b-1].norm)) {
		if ws.w[b-1].norm == ")" && slices.ContainsFunc(ws.w[a:b-1], func(w word) bool { return w.norm == "(" }) {
			break // a bracket the name holds: "Mladost (L)"
		}
		b--
	}
	return a, b
}

// compassAbbrevs are written before a place: "SW Kharkiv".
var compassAbbrevs = set(`N S E W NE NW SE SW`)

func isPossessive(s string) bool { return s == "'s" || s == "'" || s == "s'" }

// isRoleHead reports whether a lower-case word heads a person's role.
func isRoleHead(w string) bool { return roleHeads[strings.TrimSuffix(w, ".")] }

// roleIn finds a capitalized role inside [a, b) ("Secretary of State" in
// "US Secretary of State Jane Hale"): h is the index of its head word and
// c the index just past it and its complement. Spans that end in an
// organization or facility word ("German Foreign Ministry", "President
// Grant Hotel") hold no person's role.
func (ws *words) roleIn(a, b int) (h, c int, ok bool) {
	if ws.is(b-1, wcOrgHead|wcFacHead|wcLocHead) {
		return 0, 0, false
	}
	for h = b - 1; h >= a; h-- {
		if !ws.is(h, wcRoleHead) {
			continue
		}
		c = h + 1
		// "of State", "for Libya" belongs to the role when a name follows;
		// "of International Politics" is all complement.
		if c+1 < b && (ws.lowerAt(c) == "of" || ws.lowerAt(c) == "for") {
			if departments[ws.lowerAt(c+1)] || ws.kb.place(ws.norms(c+1, c+2)) != "" {
				c += 2
			} else {
				c = b
			}
		}
		for c < b && ws.is(c, wcRoleHead) {
			c++
		}
		return h, c, true
	}
	return 0, 0, false
}

// splitNames splits [a, b) where a second name begins: a country after an
// acronym ("UN Libya"), and, unless the model reads the words as one name
// (whole), a known first name after an organization's head word or a
// place ("Navy Anna Berg"), a nationality before a name, or a sequence of
// known places ("Lyon France"). It appends the parts to dst, so that a
// caller's small array keeps them off the heap.
func (r *Recognizer) splitNames(dst [][2]int, ws *words, a, b int, whole bool) [][2]int {
	if b-a < 2 || ws.is(b-1, wcOrgHead|wcFacHead) {
		return append(dst, [2]int{a, b})
	}
	// A first name after the head word of an organization or a place,
	// unless the model reads one name ("Paris St Germain").
	for j := a + 1; j+1 < b && !whole; j++ {
		if _, ok := r.kb.firstName(ws.w[j].norm); !ok || !ws.w[j+1].cap && !midParticles[ws.lowerAt(j+1)] {
			continue
		}
		if ws.is(j-1, wcOrgHead) || r.kb.place(ws.norms(j-1, j)) == GPE {
			return r.splitNames(append(dst, [2]int{a, j}), ws, j, b, whole)
		}
	}
	if r.kb.place(ws.norms(a, b)) != "" || r.kb.org(ws.norms(a, b)) || compassWords[ws.lowerAt(a)] {
		return append(dst, [2]int{a, b})
	}
	// A known country or city after an organization's acronym: "UN Libya",
	// unless the model reads one name ("OFK Beograd", a club).
	if b-a >= 2 && r.kb.place(ws.norms(b-1, b)) == GPE && (b-a == 2 && acronymKey(ws.w[a].norm) != "" && !whole || r.kb.org(ws.norms(a, b-1))) {
		return append(dst, [2]int{a, b - 1}, [2]int{b - 1, b})
	}
	if whole && !r.nationalityBeforeGroup(ws, a, b) {
		return append(dst, [2]int{a, b})
	}
	heads := false
	for i := a; i < b; i++ {
		heads = heads || ws.is(i, wcOrgHead|wcFacHead|wcLocHead|wcMiscHead) || r.kb.word(ws.w[i].norm)&gazHeads != 0
	}
	// A nationality or a country before a name of two words or more:
	// "Peruvian Quechuas", "Libya Pieter van Dijk".
	if !heads && b-a >= 2 {
		_, norp := r.kb.norp(ws.w[a].norm)
		if norp || r.kb.place(ws.norms(a, a+1)) == GPE && b-a >= 3 {
			return r.splitNames(append(dst, [2]int{a, a + 1}), ws, a+1, b, whole)
		}
	}
	// Cover the span with known countries, cities, regions and
	// nationalities, longest first from the left: "Lyon France",
	// "North-east Asian".
	n := len(dst)
	for i := a; i < b; {
		j := b
		for ; j > i; j-- {
			if t := r.kb.place(ws.norms(i, j)); t == GPE || t == Loc && i == a {
				break
			}
			if _, norp := r.kb.norp(ws.w[i].norm); norp && j == i+1 && i > a {
				break
			}
		}
		if j == i {
			return append(dst[:n], [2]int{a, b})
		}
		dst = append(dst, [2]int{i, j})
		i = j
	}
	return dst
}

// nationalityBeforeGroup reports whether [a, b) is a nationality before a
// group or an acronym ("Syrian Kurds", "Kurdish YPG"): two names, though
// the model may read them as one.
func (r *Recognizer) nationalityBeforeGroup(ws *words, a, b int) bool {
	if b-a != 2 {
		return false
	}
	if _, ok := r.kb.norp(ws.w[a].norm); !ok {
		return false
	}
	_, group := r.kb.norp(ws.w[a+1].norm)
	return group || acronymKey(ws.w[a+1].norm) != ""
}

// joinPossessiveOrgs joins a place, its possessive ending and the
// organization after it into one mention: "France's Foreign Ministry".
func joinPossessiveOrgs(ws *words, kb knowledge, ms []mention) []mention {
	sortMentions(ms)
	for i := 0; i+1 < len(ms); i++ {
		x, y := ms[i], ms[i+1]
		if x.last+1 != y.first || !isPossessive(ws.w[x.last].norm) || !ws.sameSentence(x.first, y.first) {
			continue
		}
		if xt := x.votes.best(); xt != GPE && xt != NORP || y.votes.best() != Org || x.lex != 0 || y.lex != 0 {
			continue
		}
		if !ws.is(y.last-1, wcOrgHead) {
			continue
		}
		// The place keeps its own mention inside the organization's.
		j := ws.newMention(x.first, y.last)
		j.votes.add(Org, 5)
		ms[i+1] = j
	}
	return ms
}

func sortMentions(ms []mention) {
	slices.SortStableFunc(ms, func(x, y mention) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return y.End - x.End
	})
}

// gazHeads are the gazetteer classes of words that head longer names.
const gazHeads = gazetteer.OrgWord | gazetteer.FacWord | gazetteer.LocWord | gazetteer.GPEWord

// majorityLabel returns the model label of more than half of the words,
// or "".
func majorityLabel(labels []string) string {
	count := map[string]int{}
	for _, l := range labels {
		if l != "" {
			count[l]++
		}
	}
	for l, n := range count {
		if 2*n > len(labels) {
			return l
		}
	}
	return ""
}
