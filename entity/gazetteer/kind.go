package gazetteer

import (
	"strings"

	"github.com/sayso/sayso/lexicon"
)

// Kind is a set of lexicon classes a phrase belongs to. A phrase can be in
// several at once ("Georgia" is a Country and a Region, "Jordan" a Country
// and a MaleName), so Kind is a bitset: test it with Has.
type Kind uint32

// The lexicon classes. Place kinds decide between the entity types GPE
// (Country, Capital, City, Region), LOC (Continent, Water, Landform) and
// NORP (Demonym, Group); the word kinds mark the head or trigger words of
// longer names and roles.
const (
	// Country is a sovereign state or territory, under any common name.
	Country Kind = 1 << iota
	// Capital is a national capital (always also a City).
	Capital
	// City is a populated place.
	City
	// Region is a first-level subdivision: a state, province, governorate.
	Region
	// Continent is a continent or a world region ("Middle East").
	Continent
	// Water is a named river, lake, sea, ocean, gulf, bay or strait.
	Water
	// Landform is a named mountain, range, desert, island or valley.
	Landform
	// Demonym is a nationality adjective or noun ("French", "Russians").
	Demonym
	// Group is a religious, ethnic or political group ("Sunni", "Kurds").
	Group
	// MaleName is a first name mostly given to men.
	MaleName
	// FemaleName is a first name mostly given to women.
	FemaleName
	// PersonTitle is a title or role of a person ("Foreign Minister").
	PersonTitle
	// OrgWord is a word that heads organization names ("Ministry").
	OrgWord
	// FacWord is a word that heads facility names ("Airport").
	FacWord
	// LocWord is a word that heads natural location names ("River").
	LocWord
	// GPEWord is a word that, after a name, makes it a political place
	// ("Province", "County", "City").
	GPEWord
	// Organization is the name of a well-known organization: a news
	// agency, newspaper or broadcaster, a social platform, a party
	// ("Reuters", "Twitter", "GOP").
	Organization

	// GPE is the set of classes whose names are GPE entities.
	GPE = Country | Capital | City | Region
	// LOC is the set of classes whose names are LOC entities.
	LOC = Continent | Water | Landform
	// NORP is the set of classes whose names are NORP entities.
	NORP = Demonym | Group
	// FirstName is the set of first-name classes.
	FirstName = MaleName | FemaleName

	// titleModifier marks words that may precede a title ("Deputy",
	// "Acting"); Title uses it, users never see it.
	titleModifier Kind = 1 << 31
)

// kindNames lists the exported kinds in bit order, for String.
var kindNames = [...]string{
	"Country", "Capital", "City", "Region", "Continent", "Water", "Landform",
	"Demonym", "Group", "MaleName", "FemaleName", "PersonTitle", "OrgWord",
	"FacWord", "LocWord", "GPEWord", "Organization",
}

// public masks off internal bits.
const public Kind = 1<<len(kindNames) - 1

// Has reports whether k contains every class in x.
func (k Kind) Has(x Kind) bool { return x != 0 && k&x == x }

// Any reports whether k contains at least one class of x, as in
// k.Any(GPE).
func (k Kind) Any(x Kind) bool { return k&x != 0 }

// String names the classes in k, joined by "|"; the empty set is "None".
func (k Kind) String() string {
	k &= public
	if k == 0 {
		return "None"
	}
	var b strings.Builder
	for i, name := range kindNames {
		if k&(1<<i) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('|')
		}
		b.WriteString(name)
	}
	return b.String()
}

// Gender is what the first-name lexicon says of a name. It is
// lexicon.Gender, the one gender type that gazetteer and entity share.
type Gender = lexicon.Gender

// The genders a first name may have; Unknown is the zero value, and is
// also given to names used for both men and women ("Andrea").
const (
	Unknown = lexicon.Unknown
	Male    = lexicon.Male
	Female  = lexicon.Female
)

// Gender returns what the first-name classes of k say of a name: Male or
// Female when it is listed as one only, Unknown when it is listed as both
// or as neither.
func (k Kind) Gender() Gender {
	switch k & FirstName {
	case MaleName:
		return Male
	case FemaleName:
		return Female
	}
	return Unknown
}
