package lexicon

// Gender is what a first name, an honorific or a pronoun tells of a
// person. It is the one gender type of sayso: entity.Gender and
// gazetteer.Gender are aliases of it.
type Gender uint8

// The genders; Unknown is the zero value, and is also given to names used
// for both men and women ("Andrea").
const (
	Unknown Gender = iota
	Male
	Female
)

// genders names each Gender.
var genders = [...]string{
	Unknown: "unknown",
	Male:    "male",
	Female:  "female",
}

// String returns "male", "female" or "unknown".
func (g Gender) String() string {
	if int(g) < len(genders) {
		return genders[g]
	}
	return genders[Unknown]
}
