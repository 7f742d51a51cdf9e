package entity

import (
	"slices"
	"strings"

	"github.com/sayso/sayso/entity/gazetteer"
	"github.com/sayso/sayso/internal/ortho"
)

// refiner turns the proposed spans of one document into proper-name
// mentions with their type evidence. It serves one call of Recognize and
// is not safe for concurrent use.
type refiner struct {
	ws     *words
	kb     knowledge
	labels []string // the model's label of each word, or nil without a model
	cut    titleCutter
	typer  typer
}

// newRefiner returns a refiner for the words ws, with the model's labels
// (nil without a model); with a tracer, it notes the evidence there.
func newRefiner(ws *words, kb knowledge, tg tagger, labels []string, tr *tracer) refiner {
	return refiner{
		ws: ws, kb: kb, labels: labels,
		cut:   titleCutter{ws: ws, kb: kb, labels: labels},
		typer: typer{ws: ws, kb: kb, tagger: tg, titles: titleFinder{ws}, tr: tr},
	}
}

// refine turns a proposed span into proper-name mentions: it trims words
// that are not part of a name (determiners, possessive endings), strips
// honorifics and capitalized titles ("US Secretary of State Jane Hale" ->
// "US" and "Jane Hale", the title kept), splits spans that hold two names
// ("Chief of Naval Staff Anna Berg", "Lyon France"), and gives
// each piece its type evidence. It appends the mentions to out, so that
// the many spans of a document fill one slice.
func (rf *refiner) refine(out []mention, s rawSpan) []mention {
	ws, labels := rf.ws, rf.labels
	a, b := rf.trim(s.a, s.b)
	if a >= b || b-a == 1 && ws.w[a].split && classesOf(ws.w[a].lower+".")&wcHonorific != 0 {
		// Nothing left, or an honorific cut from a glued token whose full
		// stop the tokenizer took for a sentence's end ("MorrowRep. Dale").
		return out
	}
	if s.label != "" && b < s.b && isDigits(ws.w[b].norm) {
		b++ // a number the model counts in the name: "Euro 2028"
	}
	var gender Gender
	person := false
	if ws.is(a, wcHonorific) && a+1 < b && !ws.is(ws.head(a, b), wcOrgHead|wcFacHead) {
		// An honorific before an organization's or a building's head word
		// is part of its name: "Queen Matilda University", "King Fahd
		// Hospital".
		gender, person, a = honorifics[ws.lowerAt(a)], true, a+1
	} else if a > 0 && ws.sameSentence(a-1, a) {
		if ws.is(a-1, wcHonorific) {
			gender, person = honorifics[ws.lowerAt(a-1)], true
		}
	}
	var title [2]int
	if t, c, ok := rf.cut.complementBefore(a, b); ok {
		// "Secretary of State Ana Ruiz": the run of capitals begins
		// inside the role, after its "of".
		title = [2]int{t, c}
		a, person = c, true
	} else if h, c, ok := rf.cut.title(a, b); ok {
		k := h
		for k > a && ws.is(k-1, wcRoleModifier|wcRoleHead) {
			k--
		}
		if k > a {
			// The words before the role are a modifier such as "US" or
			// "German": names of their own.
			out = rf.refine(out, rawSpan{a: a, b: k, label: s.label})
		}
		if c >= b {
			if c > h+2 && rf.kb.place(ws.norms(h+2, b)) != "" {
				out = rf.refine(out, rawSpan{a: h + 2, b: b, label: s.label})
			}
			return out // a title with no name after it
		}
		if c > h+2 && c <= b && rf.kb.place(ws.norms(h+2, c)) != "" {
			// "for Libya" in a role is a name of its own.
			out = rf.refine(out, rawSpan{a: h + 2, b: c, label: s.label})
		}
		title = [2]int{a, c}
		a, person = c, true
	}
	whole := oneModelName(labels, a, b) && (!ws.w[a].loose || ws.modelLine(a))
	var parts [4][2]int
	for _, p := range rf.splitNames(parts[:0], a, b, whole) {
		m := ws.newMention(p[0], p[1])
		rf.typer.extend(&m)
		m.gender = gender
		titled := title[1] > title[0] && title[1] == p[0]
		if titled {
			m.title = ws.newMention(title[0], title[1]).Span
		}
		label := s.label
		if labels != nil {
			label = majorityLabel(labels[m.first:m.last])
		}
		rf.typer.evidence(&m, label, titled || person && p[0] == a && title[1] == 0)
		if m.votes.best() == "" && m.guess == "" {
			continue
		}
		if labels != nil && label == "" && m.cues.total() == m.lexical.of(Person) && m.last-m.first == 1 &&
			!ortho.Uppercase(m.text) && !nameShaped(m.text) && ws.lowerAt(m.first-1) != "the" {
			// One capitalized word that neither the model nor any list
			// or context reads as a name ("the Return of the Giant"),
			// or only the list of first names, which holds many common
			// words ("Freedom", "Tin").
			continue
		}
		if w := ws.w[m.first]; labels != nil && label == "" && m.cues.total() == 0 &&
			ws.unconfirmedOpener(m.first, rf.kb) && !nameShaped(w.norm) && !ortho.Uppercase(w.norm) {
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
// own ("Chelsea Marwood", "British Universities", "American League").
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

// titleCutter finds the role written at the front of a proposed name, to
// be cut from it: "US Secretary of State" in "US Secretary of State Jane
// Hale". It serves one call of Recognize.
type titleCutter struct {
	ws     *words
	kb     knowledge
	labels []string // the model's label of each word, or nil without a model
}

// title returns the role inside the name [a, b) that titles the name after
// it: h is the index of its head word and c the index just past it and
// its complement. ok is false when [a, b) holds no such role.
func (tc titleCutter) title(a, b int) (h, c int, ok bool) {
	h, c, ok = tc.roleIn(a, b)
	if ok && tc.roleIsName(h, a, b) {
		// The role word is a name: any title is before it ("Prime
		// Minister John Major").
		h, c, ok = tc.roleIn(a, h)
		ok = ok && c < b
	}
	return h, c, ok && !tc.commonAfter(c, b) && tc.titleReliable(h, c, b)
}

// titleReliable reports whether the role headed by word h, ending before
// c, is a title of the name that follows it. In a headline the capital of
// "Major" or "General" proves nothing ("Attends Major Trade
// Fair"): the head must be written capitalized elsewhere, or a known
// first name must follow.
func (tc titleCutter) titleReliable(h, c, b int) bool {
	if !tc.ws.w[h].loose || tc.ws.confirmed(h) {
		return true
	}
	if c >= b {
		return false
	}
	_, ok := tc.kb.firstName(tc.ws.w[c].norm)
	return ok
}

// roleIsName reports whether the role word h in the name [a, b) is a
// first name or a surname, as the model reads it: "Dean Whitcombe", "John
// Major", "Billie Jean King". It must be a known first name before a
// surname alone, a surname after a known first name, or alone the
// surname of a name written in full elsewhere.
func (tc titleCutter) roleIsName(h, a, b int) bool {
	if tc.labels == nil || tc.labels[h] != "PER" {
		return false
	}
	if b-a == 1 {
		// Alone, it is the surname of a person named in full elsewhere
		// ("Billie Jean King ... King said"), unless it is "the King".
		return tc.ws.lowerAt(a-1) != "the" && tc.endsName(tc.ws.w[h].norm)
	}
	if h == a {
		// Before a surname alone: "Mayor Ana Ruiz" keeps its title.
		_, ok := tc.kb.firstName(tc.ws.w[h].norm)
		return ok && b-a == 2 && tc.labels[h+1] == "PER"
	}
	_, ok := tc.kb.firstName(tc.ws.w[h-1].norm)
	return ok && h == b-1 && tc.labels[h-1] == "PER" && !tc.ws.is(h-1, wcRoleHead)
}

// endsName reports whether w is written elsewhere in the document as the
// last word of a name, after a capitalized word that is no role, place
// or nationality: "Jean King", not "the Saudi King".
func (tc titleCutter) endsName(w string) bool {
	for p := range tc.ws.pairs {
		f, last := tc.ws.forms[p[0]], tc.ws.forms[p[1]].norm
		first := f.norm
		if last != w || f.cls&(wcRoleHead|wcFunction) != 0 || tc.kb.place([]string{first}) != "" {
			continue
		}
		if _, norp := tc.kb.norp(first); !norp {
			return true
		}
	}
	return false
}

// commonAfter reports whether the words [c, b) left after a role are a
// single common word written in lower case elsewhere: "Queen City" holds
// no queen.
func (tc titleCutter) commonAfter(c, b int) bool {
	return b-c == 1 && tc.ws.lowerSeen(c)
}

// complementBefore reports whether the name [a, b) opens with the end of
// a role written before it: a role head, "of" or "for", then department
// words ("Secretary of State Ana Ruiz", "Minister for Foreign Affairs
// Jan Berg", whose runs of capitals begin at "State" and "Foreign"), with
// a capitalized name after them. t is the first word of the role and c the
// first word of the name.
func (tc titleCutter) complementBefore(a, b int) (t, c int, ok bool) {
	ws := tc.ws
	if a < 2 || !ws.sameSentence(a-2, a) || !ws.is(a-2, wcRoleHead) || !ws.w[a-2].cap {
		return 0, 0, false
	}
	if lw := ws.lowerAt(a - 1); lw != "of" && lw != "for" {
		return 0, 0, false
	}
	c = a
	for c < b && (departments[ws.lowerAt(c)] || c > a && ws.lowerAt(c) == "affairs") {
		c++
	}
	if c == a || c >= b || !ws.w[c].cap {
		return 0, 0, false
	}
	t = a - 2
	for t > 0 && ws.sameSentence(t-1, t) && ws.w[t-1].cap && ws.is(t-1, wcRoleModifier|wcRoleHead) {
		t--
	}
	return t, c, true
}

// trim drops words at the edges of [a, b) that cannot begin or end a name.
func (rf *refiner) trim(a, b int) (int, int) {
	for a < b {
		w := rf.ws.w[a]
		lw := w.lower
		switch {
		case !w.cap && !(w.cls&wcStartParticle != 0 && a+1 < b && rf.ws.w[a+1].cap):
			a++
		case lw == "the" && (w.first || w.loose || a+1 < b && ortho.Uppercase(rf.ws.w[a+1].norm)):
			a++
		case a+1 < b && (compassAbbrevs[w.norm] || w.first && w.cls&wcRoleModifier != 0 && !rf.ws.is(a+1, wcRoleHead) && !rf.ws.pair(a, a+1)):
			a++ // "SW Kharkiv", "Senior Treasury Department officials"
		default:
			goto end
		}
	}
end:
	for b > a && (!rf.ws.w[b-1].cap || isPossessive(rf.ws.w[b-1].norm)) {
		if rf.ws.w[b-1].norm == ")" && slices.ContainsFunc(rf.ws.w[a:b-1], func(w word) bool { return w.norm == "(" }) {
			break // a bracket the name holds: "Radnik (S)"
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
func (tc titleCutter) roleIn(a, b int) (h, c int, ok bool) {
	if tc.ws.is(b-1, wcOrgHead|wcFacHead|wcLocHead) || tc.ws.is(tc.ws.head(a, b), wcOrgHead|wcFacHead) {
		return 0, 0, false // "Queen Matilda University of Copenhagen"
	}
	for h = b - 1; h >= a; h-- {
		if !tc.ws.is(h, wcRoleHead) {
			continue
		}
		c = h + 1
		// "of State", "for Libya" belongs to the role when a name follows;
		// "of Economic History" is all complement.
		if c+1 < b && (tc.ws.lowerAt(c) == "of" || tc.ws.lowerAt(c) == "for") {
			if departments[tc.ws.lowerAt(c+1)] || tc.kb.place(tc.ws.norms(c+1, c+2)) != "" {
				c += 2
			} else {
				c = b
			}
		}
		for c < b && tc.ws.is(c, wcRoleHead) {
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
func (rf *refiner) splitNames(dst [][2]int, a, b int, whole bool) [][2]int {
	if b-a < 2 || rf.ws.is(b-1, wcOrgHead|wcFacHead) {
		return append(dst, [2]int{a, b})
	}
	// A first name after the head word of an organization or a place,
	// unless the model reads one name ("Paris St Germain").
	for j := a + 1; j+1 < b && !whole; j++ {
		if _, ok := rf.kb.firstName(rf.ws.w[j].norm); !ok || !rf.ws.w[j+1].cap && !midParticles[rf.ws.lowerAt(j+1)] {
			continue
		}
		if rf.ws.is(j-1, wcOrgHead) || rf.kb.place(rf.ws.norms(j-1, j)) == GPE {
			return rf.splitNames(append(dst, [2]int{a, j}), j, b, whole)
		}
	}
	if rf.kb.place(rf.ws.norms(a, b)) != "" || rf.kb.org(rf.ws.norms(a, b)) || compassWords[rf.ws.lowerAt(a)] {
		return append(dst, [2]int{a, b})
	}
	// A known country or city after an organization's acronym: "UN Libya",
	// unless the model reads one name ("OFK Beograd", a club).
	if b-a >= 2 && rf.kb.place(rf.ws.norms(b-1, b)) == GPE && (b-a == 2 && acronymKey(rf.ws.w[a].norm) != "" && !whole || rf.kb.org(rf.ws.norms(a, b-1))) {
		return append(dst, [2]int{a, b - 1}, [2]int{b - 1, b})
	}
	if whole && !rf.nationalityBeforeGroup(a, b) {
		return append(dst, [2]int{a, b})
	}
	heads := false
	for i := a; i < b; i++ {
		heads = heads || rf.ws.is(i, wcOrgHead|wcFacHead|wcLocHead|wcMiscHead) || rf.kb.word(rf.ws.w[i].norm)&gazHeads != 0
	}
	// A nationality or a country before a name of two words or more:
	// "Peruvian Quechuas", "Libya Pieter van Dijk".
	if !heads && b-a >= 2 {
		_, norp := rf.kb.norp(rf.ws.w[a].norm)
		if norp || rf.kb.place(rf.ws.norms(a, a+1)) == GPE && b-a >= 3 {
			return rf.splitNames(append(dst, [2]int{a, a + 1}), a+1, b, whole)
		}
	}
	// Cover the span with known countries, cities, regions and
	// nationalities, longest first from the left: "Lyon France",
	// "North-east Asian".
	n := len(dst)
	for i := a; i < b; {
		j := b
		for ; j > i; j-- {
			if t := rf.kb.place(rf.ws.norms(i, j)); t == GPE || t == Loc && i == a {
				break
			}
			if _, norp := rf.kb.norp(rf.ws.w[i].norm); norp && j == i+1 && i > a {
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
// group or an acronym ("Iraqi Yazidis", "Kurdish HPK"): two names, though
// the model may read them as one.
func (rf *refiner) nationalityBeforeGroup(a, b int) bool {
	if b-a != 2 {
		return false
	}
	if _, ok := rf.kb.norp(rf.ws.w[a].norm); !ok {
		return false
	}
	_, group := rf.kb.norp(rf.ws.w[a+1].norm)
	return group || acronymKey(rf.ws.w[a+1].norm) != ""
}

// joinPossessiveOrgs joins a place, its possessive ending and the
// organization after it into one mention: "Spain's Foreign Ministry".
// With a tracer, the joined mention notes the rule there.
func joinPossessiveOrgs(ws *words, ms []mention, tr *tracer) []mention {
	sortMentions(ms)
	for i := 0; i+1 < len(ms); i++ {
		x, y := &ms[i], &ms[i+1]
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
		j.votes.add(Org, weightDefining)
		if tr != nil {
			tr.add(&j, note{Evidence: Evidence{Source: srcRule, Type: Org, Detail: "a place's possessive before an organization", Weight: weightDefining}})
		}
		ms[i+1] = j
	}
	return ms
}

func sortMentions(ms []mention) {
	byStart := func(x, y mention) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return y.End - x.End
	}
	// The refiner appends mentions in text order: most often they are
	// sorted already, and checking is far cheaper than moving them.
	if !slices.IsSortedFunc(ms, byStart) {
		slices.SortStableFunc(ms, byStart)
	}
}

// gazHeads are the gazetteer classes of words that head longer names.
const gazHeads = gazetteer.OrgWord | gazetteer.FacWord | gazetteer.LocWord | gazetteer.GPEWord

// majorityLabel returns the model label of more than half of the words,
// or "".
func majorityLabel(labels []string) string {
	// A name has a few words: counting each label's repeats is cheaper
	// than a map.
	for i, l := range labels {
		if l == "" {
			continue
		}
		n := 1
		for _, o := range labels[i+1:] {
			if o == l {
				n++
			}
		}
		if 2*n > len(labels) {
			return l
		}
	}
	return ""
}
