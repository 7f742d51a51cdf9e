package entity

import (
	"strings"

	"github.com/sayso/sayso/entity/gazetteer"
)

// knowledge is what the recognizer asks of the gazetteers. The methods take
// normalized words (corpus.Normalize) as written.
type knowledge interface {
	// place returns GPE, LOC or FAC when words name a known place, or "".
	place(words []string) Type
	// norp returns a key shared by all forms of a nationality or group
	// ("German", "Germans" -> "Germany") and whether word is one.
	norp(word string) (string, bool)
	// firstName reports whether word is a known first name, and its gender.
	firstName(word string) (Gender, bool)
	// known reports whether the gazetteers know the word or phrase at all,
	// as a place, group or first name.
	known(words []string) bool
	// major reports whether words name a country, capital or continent:
	// places too well known to be anybody's surname.
	major(words []string) bool
	// org reports whether words name a known organization.
	org(words []string) bool
	// word returns the head-word classes of a single word.
	word(w string) gazetteer.Kind
}

// gazKB answers from a gazetteer.Gazetteer.
type gazKB struct{ g *gazetteer.Gazetteer }

func (k gazKB) lookup(words []string) gazetteer.Kind {
	if len(words) > maxNameWords {
		return 0
	}
	p := strings.Join(words, " ")
	kind := k.g.Lookup(p)
	if kind == 0 && strings.Contains(p, "-") {
		kind = k.g.Lookup(strings.ReplaceAll(p, "-", " "))
	}
	return kind
}

func (k gazKB) place(words []string) Type {
	if len(words) == 0 || len(words) > maxNameWords {
		return ""
	}
	kind := k.lookup(words)
	if k.isOrg(words, kind) {
		return ""
	}
	if len(words) == 1 && isAllUpper(words[0]) && kind&gazetteer.Country == 0 {
		return "" // "SANA" is an agency, not the city of Sana
	}
	switch {
	case kind&(gazetteer.Country|gazetteer.Capital|gazetteer.City) != 0:
		return GPE
	case kind&gazetteer.Region != 0 && kind&(gazetteer.Group|gazetteer.Demonym) == 0:
		return GPE // "Ohio" the state before the river
	case kind&(gazetteer.Continent|gazetteer.Water|gazetteer.Landform) != 0:
		return Loc
	case len(words) == 1 && kind == gazetteer.FacWord && startsUpper(words[0]):
		return Fac // "the Pentagon": a facility known by its head word
	}
	if len(words) > 1 {
		// "Kharkiv Province", "Lake Como", "Abbey Road".
		last, first := k.g.Lookup(words[len(words)-1]), k.g.Lookup(words[0])
		inner := k.place(words[:len(words)-1])
		switch {
		case last.Has(gazetteer.GPEWord) && inner == GPE:
			return GPE
		case last.Has(gazetteer.LocWord) || first.Has(gazetteer.LocWord) && len(words) == 2 &&
			last&(gazetteer.OrgWord|gazetteer.FacWord) == 0 && !orgHeads[strings.ToLower(words[1])]:
			return Loc
		}
	}
	return ""
}

// isOrg reports whether the gazetteer lists a name of several words, or an
// acronym, as an organization ("United Nations", "U.N.").
func (k gazKB) isOrg(words []string, kind gazetteer.Kind) bool {
	const places = gazetteer.Country | gazetteer.Capital | gazetteer.Continent | gazetteer.Water
	return kind.Has(gazetteer.OrgWord) && kind&places == 0 && (len(words) > 1 || isAllUpper(words[0]))
}

func (k gazKB) org(words []string) bool { return len(words) > 0 && k.isOrg(words, k.lookup(words)) }

func (k gazKB) norp(word string) (string, bool) {
	if c, ok := k.g.Demonym(word); ok {
		return c, true
	}
	kind := k.g.Lookup(word)
	if kind.Has(gazetteer.Group) || kind.Has(gazetteer.Demonym) {
		return groupStem(word), true
	}
	return "", false
}

// groupStem reduces the forms of a group word to one key: "Kurds",
// "Kurd" and "Kurdish" -> "kurd".
func groupStem(w string) string {
	w = foldWord(w)
	for _, suf := range []string{"ish", "s"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
		}
	}
	return w
}

func (k gazKB) firstName(word string) (Gender, bool) {
	kind := k.g.Lookup(word)
	if kind&(gazetteer.MaleName|gazetteer.FemaleName) == 0 || !startsUpper(word) || isAllUpper(word) && len(word) > 1 {
		return Unknown, false
	}
	return Gender(k.g.Gender(word)), true
}

func (k gazKB) known(words []string) bool {
	const names = gazetteer.Country | gazetteer.Capital | gazetteer.City | gazetteer.Region |
		gazetteer.Continent | gazetteer.Water | gazetteer.Landform | gazetteer.Demonym |
		gazetteer.Group | gazetteer.MaleName | gazetteer.FemaleName
	return k.lookup(words)&names != 0
}

func (k gazKB) word(w string) gazetteer.Kind { return k.g.Lookup(w) }

func (k gazKB) major(words []string) bool {
	return k.lookup(words)&(gazetteer.Country|gazetteer.Capital|gazetteer.Continent) != 0
}
