package claim

import (
	"strconv"
	"strings"

	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/internal/ortho"
)

// maxNominalDistance is how many paragraphs back a description may reach
// for an earlier speaker.
const maxNominalDistance = 6

// resolveNominal resolves a definite description ("the minister", "the
// Brazilian trade minister", "the ministry", "the two men") to the entity
// it most likely refers to. Tokens [a, he) are the head region and h its
// head noun.
func (sr *speakers) resolveNominal(a, he, h int, head string, plural bool, pos int, done []hist) (who, bool) {
	mods := sr.modifiers(a, h)
	para := sr.textPara(sr.doc.Sentences[sr.tok(h).Sentence].Paragraph)
	switch {
	case ageWord(head) && !plural:
		// "“…,” said the 24-year-old": the person named last, in this
		// paragraph or the one before.
		e, m, ok := sr.subset(question{"person", ""}, func(e *entity.Entity) bool {
			return e.Type == entity.Person
		}).Before(pos, nil)
		if ok && para-sr.textPara(sr.doc.Sentences[sr.tok(sr.tokAt(m.Start)).Sentence].Paragraph) <= 1 {
			return who{sp: withEntity(e), res: resNominal, ent: e}, true
		}
	case personRoles()[head] && plural:
		// "the two men", "both diplomats", "the three ministers": as many
		// people as the number says. Without a number, "the ministers" is
		// the last two speakers only when both hold the role.
		n := max(cardinal(sr.lower(a)), cardinal(sr.lower(a+1)))
		if sr.lower(a-1) == "both" || sr.lower(a) == "both" {
			n = 2
		}
		if n == 0 {
			w, ok := sr.pluralPeople(pos, done, 2)
			if ok && sr.hasRole(w.ent, head) && sr.hasRoleName(w.others[0].Name, head) && spokeLately(done, w, para) {
				return w, true
			}
			break
		}
		if w, ok := sr.pluralPeople(pos, done, n); ok {
			return w, true
		}
	case personRoles()[head]:
		// An earlier unnamed source of the same description ("a senior
		// official" ... "the official") stays unnamed.
		spoke := map[*entity.Entity]bool{}
		for i := len(done) - 1; i >= 0 && para-done[i].para <= maxNominalDistance; i-- {
			x := done[i].w
			if x.ent != nil && x.res != resJoint {
				spoke[x.ent] = true
			}
			if x.ent == nil && x.res == resUnnamed && x.head == head && len(spoke) == 0 {
				return who{sp: Speaker{Name: x.sp.Name}, res: resNominal, head: head}, true
			}
		}
		// Else the person whose roles best match the head and the
		// modifiers ("foreign", "U.N."), with a point for having spoken
		// lately; latest mention first. The modifiers weigh as much as the
		// head: "the Foreign Secretary" is the foreign minister rather than
		// the Secretary of State.
		var best *entity.Entity
		bestScore, bestPos := 1, -1
		for _, e := range sr.people() {
			last := lastBefore(e, pos)
			if last < 0 {
				continue
			}
			score, holds := sr.roleScore(e, mods), sr.hasRole(e, head)
			if score == 0 && !holds {
				continue
			}
			s := 2*score + 2*b2i(holds) + b2i(spoke[e])
			if s > bestScore || s == bestScore && last > bestPos {
				best, bestScore, bestPos = e, s, last
			}
		}
		if best != nil {
			return who{sp: withEntity(best), res: resNominal, ent: best}, true
		}
	case orgRoles()[head]:
		for i := len(done) - 1; i >= 0 && para-done[i].para <= maxNominalDistance; i-- {
			x := done[i].w
			if x.ent != nil && x.ent.Type == entity.Org && nameHas(x.ent, head) {
				return who{sp: withEntity(x.ent), res: resNominal, ent: x.ent}, true
			}
		}
		e, _, ok := sr.subset(question{"org named", head}, func(e *entity.Entity) bool {
			return e.Type == entity.Org && nameHas(e, head)
		}).Before(pos, nil)
		if ok {
			return who{sp: withEntity(e), res: resNominal, ent: e}, true
		}
	}
	return who{}, false
}

// ageWord reports an age used as a noun: "24-year-old".
func ageWord(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	if !ok || n == "" {
		return false
	}
	_, err := strconv.Atoi(n)
	return err == nil
}

// pluralPeople resolves "the two men", "both diplomats": the last n
// people who spoke or were named.
func (sr *speakers) pluralPeople(pos int, done []hist, n int) (who, bool) {
	if n < 2 || n > 10 {
		return who{}, false
	}
	var ents []*entity.Entity
	seen := map[*entity.Entity]bool{}
	add := func(e *entity.Entity) {
		if e != nil && e.Type == entity.Person && !seen[e] && len(ents) < n {
			seen[e] = true
			ents = append(ents, e)
		}
	}
	for i := len(done) - 1; i >= 0 && len(ents) < n; i-- {
		add(done[i].w.ent)
		for _, o := range done[i].w.others {
			if e, ok := sr.look.ByName(o.Name); ok {
				add(e)
			}
		}
	}
	for p := pos; len(ents) < n; {
		e, m, ok := sr.look.Before(p, func(e *entity.Entity) bool { return e.Type == entity.Person && !seen[e] })
		if !ok {
			break
		}
		add(e)
		p = m.Start
	}
	if len(ents) < n {
		return who{}, false
	}
	w := who{sp: withEntity(ents[0]), res: resJoint, ent: ents[0], plural: true}
	for _, e := range ents[1:] {
		w.others = append(w.others, withEntity(e))
	}
	return w, true
}

// cardinal returns the number a word writes ("two", "3"), or 0.
func cardinal(w string) int {
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 100 {
		return n
	}
	for i, c := range []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"} {
		if w == c {
			return i + 2
		}
	}
	return 0
}

func withEntity(e *entity.Entity) Speaker { return Speaker{Entity: e.ID, Name: e.Name} }

// lastBefore returns the start of e's last mention before pos, or -1.
func lastBefore(e *entity.Entity, pos int) int {
	last := -1
	for _, m := range e.Mentions {
		if m.End <= pos {
			last = m.Start
		}
	}
	return last
}

// spokeLately reports whether both people of a pair are among the last
// speakers, within a few paragraphs: "the diplomats" after two diplomats
// spoke.
func spokeLately(done []hist, w who, para int) bool {
	found := 0
	for i := len(done) - 1; i >= 0 && len(done)-i <= 10 && para-done[i].para <= maxNominalDistance; i-- {
		x := done[i].w
		if x.ent == w.ent || x.sp.Name == w.others[0].Name {
			found |= 1 << b2u(x.ent != w.ent)
		}
		for _, o := range x.others {
			if o.Name == w.others[0].Name {
				found |= 2
			}
		}
	}
	return found == 3
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func b2u(b bool) uint {
	if b {
		return 1
	}
	return 0
}

// hasRoleName reports whether the entity named name holds the role.
func (sr *speakers) hasRoleName(name, role string) bool {
	e, ok := sr.look.ByName(name)
	return ok && sr.hasRole(e, role)
}

// nameHas reports whether one of e's names contains the word w.
func nameHas(e *entity.Entity, w string) bool {
	if nameWordIs(e.Name, w) {
		return true
	}
	for _, n := range e.Aliases {
		if nameWordIs(n, w) {
			return true
		}
	}
	return false
}

// nameWordIs reports whether a word of name, in lower case, trimmed of
// stops, commas and apostrophes and made singular, is w. The resolver
// asks it of every organization for each description, so the words are
// lowered one by one in a buffer on the stack rather than copied: the
// words of the lower-case name are the lower-case words of the name.
func nameWordIs(name, w string) bool {
	var buf [64]byte
	for f := range strings.FieldsSeq(name) {
		if ortho.Singular(strings.Trim(string(ortho.AppendLower(buf[:0], f)), ".,’'")) == w {
			return true
		}
	}
	return false
}

// hasRole reports whether entity e is given the role word, by the
// recognizer's titles or by the words written before its mentions.
func (sr *speakers) hasRole(e *entity.Entity, role string) bool {
	return sr.hasTitle(e, role) || sr.titles[e][role]
}

// hasTitle returns e.HasTitle(role), asked once for each entity and role:
// the resolver asks it of every person for every description, and
// HasTitle splits the role and each title into words every time.
func (sr *speakers) hasTitle(e *entity.Entity, role string) bool {
	if len(e.Titles) == 0 {
		return false
	}
	k := entityRole{e, role}
	has, ok := sr.titled[k]
	if !ok {
		if sr.titled == nil {
			sr.titled = map[entityRole]bool{}
		}
		has = e.HasTitle(role)
		sr.titled[k] = has
	}
	return has
}

// roleScore counts the description's modifiers found in e's titles.
func (sr *speakers) roleScore(e *entity.Entity, mods []string) int {
	n := 0
	for _, m := range mods {
		if sr.hasRole(e, m) {
			n++
		}
	}
	return n
}

// modifiers returns the normalized words between the determiner and the
// head: "Brazilian", "trade" in "the Brazilian trade minister".
func (sr *speakers) modifiers(a, h int) []string {
	var out []string
	for k := a; k < h; k++ {
		if sr.definite(k) {
			continue
		}
		out = append(out, titleWord(sr.norm(k)))
	}
	return out
}

// titleWord lower-cases and singularizes a title word and drops its dots
// ("U.N." becomes "un").
func titleWord(w string) string {
	w = strings.ToLower(strings.ReplaceAll(w, ".", ""))
	return ortho.Singular(w)
}

// derivedTitles collects, for each person, the set of words written just
// before the mentions ("Brazilian Trade Minister Ana Costa", "the bank's
// head of research, Paul Weber"), which name roles the recognizer may not
// have recorded, and the words of its titles. Each word is stored once, so
// the sets grow with the article's distinct words, not its mentions.
func derivedTitles(r *view) map[*entity.Entity]map[string]bool {
	out := map[*entity.Entity]map[string]bool{}
	for _, e := range r.look.ByType(entity.Person) {
		words := map[string]bool{}
		for _, m := range e.Mentions {
			i := r.tokAt(m.Start)
			if i >= len(r.doc.Tokens) {
				continue
			}
			first := r.doc.Sentences[r.sentOf(i)].First
			for k := i - 1; k >= first && i-k <= 8; k-- {
				t := r.tok(k)
				if t.Norm == "," && k == i-1 {
					continue // an apposition: "the envoy, X"
				}
				if !r.nounLike(k) && r.lower(k) != "of" {
					break
				}
				if w := r.lower(k); strings.IndexByte(w, '.') < 0 {
					words[ortho.Singular(w)] = true // titleWord(t.Norm), the view's copy in lower case
				} else {
					words[titleWord(t.Norm)] = true
				}
			}
		}
		for _, t := range e.TitleMentions {
			for _, f := range strings.Fields(t.Text) {
				words[titleWord(f)] = true
			}
		}
		out[e] = words
	}
	return out
}
