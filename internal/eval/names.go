package eval

import (
	"strings"
	"unicode"

	unorm "golang.org/x/text/unicode/norm"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// foldName folds a person's name for comparison: corpus normalization
// (typographic apostrophes and dashes to ASCII), accents dropped (NFD, then
// no combining marks), lower case, single spaces. "Zoë  Ångström" and
// "zoe angstrom" fold alike.
func foldName(s string) string {
	s = unorm.NFD.String(corpus.Normalize(s))
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// suffixes are generational suffixes, which end a name without being its
// surname ("Martin Luther King Jr.").
var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// nameWords returns the folded words of a name, each stripped of the
// punctuation at its edges ("J." gives "j", "(Bob)" gives "bob"), with a
// trailing generational suffix dropped.
func nameWords(s string) []string {
	var out []string
	for w := range strings.FieldsSeq(foldName(s)) {
		w = strings.TrimFunc(w, func(r rune) bool { return !isWordRune(r) })
		if w != "" {
			out = append(out, w)
		}
	}
	if n := len(out); n > 1 && suffixes[out[n-1]] {
		out = out[:n-1]
	}
	return out
}

// surname is the last word of a folded name, or "".
func surname(s string) string {
	w := nameWords(s)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// firstWord is the first word of a name of two words or more, or "" for a
// name of one word, which has no first name to conflict with.
func firstWord(s string) string {
	w := nameWords(s)
	if len(w) < 2 {
		return ""
	}
	return w[0]
}

// firstsAgree reports whether two first words do not conflict: equal, one
// an initial or a prefix of the other ("j" and "jason", "chris" and
// "christopher"), or one absent.
func firstsAgree(a, b string) bool {
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// personForms returns an entity's name and aliases.
func personForms(e *entity.Entity) []string {
	return append([]string{e.Name}, e.Aliases...)
}

// sameName reports whether the gold name equals the entity's name or an
// alias, folded.
func sameName(gold string, e *entity.Entity) bool {
	g := foldName(gold)
	for _, f := range personForms(e) {
		if foldName(f) == g {
			return true
		}
	}
	return false
}

// sameSurname reports whether the gold name and the entity agree by
// surname: some form of the entity ends in the gold's last word, and no
// form ending in it has a first word in conflict with the gold's. So
// "Jonah Whitcombe" agrees with "J. Whitcombe" and with an entity known only
// as "Whitcombe", but not with one whose forms are "Ann Whitcombe" and
// "Whitcombe".
func sameSurname(gold string, e *entity.Entity) bool {
	last := surname(gold)
	if last == "" {
		return false
	}
	first, agree := firstWord(gold), false
	for _, f := range personForms(e) {
		if surname(f) != last {
			continue
		}
		if !firstsAgree(first, firstWord(f)) {
			return false
		}
		agree = true
	}
	return agree
}

// matchPeople pairs gold names with entities one to one: first every gold
// name with an entity of the same name or alias, then the names left with
// an entity left that agrees by surname (see sameSurname). Both passes go
// in gold order and take the first entity that fits. match[j] is the index
// of the entity of gold name j, or -1.
func matchPeople(gold []string, ents []*entity.Entity) (match []int) {
	match = make([]int, len(gold))
	used := make([]bool, len(ents))
	for j := range match {
		match[j] = -1
	}
	for _, same := range []func(string, *entity.Entity) bool{sameName, sameSurname} {
		for j, g := range gold {
			if match[j] >= 0 {
				continue
			}
			for i, e := range ents {
				if !used[i] && same(g, e) {
					match[j], used[i] = i, true
					break
				}
			}
		}
	}
	return match
}
