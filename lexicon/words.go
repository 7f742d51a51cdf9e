package lexicon

import "strconv"

// Class is a list a word belongs to: a kind of cue noun or adjective, or
// a kind of role, title or head noun. A word may be in several.
type Class uint8

// The word classes; the comment after each says which rule reads it.
const (
	// Nominal: a noun that carries a statement in "in a statement".
	Nominal Class = iota
	// Possessive: a noun that reports what its possessor said, with its
	// plural: "Trump's claim that", "his warnings that".
	Possessive
	// Predicative: an adjective that reports a stance after a copula and
	// before a complement: "was critical of", "is eager to".
	Predicative
	// Belief: a predicative adjective that takes a clause without "that":
	// "was sure Trump would win".
	Belief
	// PersonRole: a head noun that describes a person as a source: "the
	// minister said" (claim).
	PersonRole
	// OrgRole: a head noun that describes an organization as a source:
	// "the ministry said" (claim).
	OrgRole
	// Source: a further head of an unnamed source's description:
	// "critics", "the study" (claim).
	Source
	// RoleHead: a noun that names a person's role before a name: "envoy"
	// (entity).
	RoleHead
	// RoleModifier: a word that may sit inside a role before its head:
	// "Foreign Minister", "special envoy" (entity).
	RoleModifier
	// Department: a word that completes a role before a name: "Secretary
	// of State Jane Hale" (entity).
	Department
	// OrgHead: a word that ends organization names: "Justice Department".
	OrgHead
	// FacHead: a word that ends the names of buildings and other built
	// places: "Bagram Airbase".
	FacHead
	// MiscHead: a word that ends the names of events, contests, treaties
	// and laws: "Gulf War", "Davis Cup".
	MiscHead
	// LocHead: a word that begins or ends the names of natural places and
	// roads: "Lake X", "X Valley".
	LocHead
	// OrgFollower: a common noun written after an organization's name:
	// "the Norden news agency".
	OrgFollower
	// PlaceNoun: a noun before the name of a populated place: "the town
	// Ostrava".
	PlaceNoun
	// LowerOrgHead: a head that ends organization names written in lower
	// case: "Security council".
	LowerOrgHead
	// LowerFacHead: a head that ends facility names written in lower case:
	// "Bagram air base".
	LowerFacHead
)

// classes names each Class as the data files spell it.
var classes = [...]string{
	Nominal:      "nominal",
	Possessive:   "possessive",
	Predicative:  "predicative",
	Belief:       "belief",
	PersonRole:   "person-role",
	OrgRole:      "org-role",
	Source:       "source",
	RoleHead:     "role-head",
	RoleModifier: "role-modifier",
	Department:   "department",
	OrgHead:      "org-head",
	FacHead:      "fac-head",
	MiscHead:     "misc-head",
	LocHead:      "loc-head",
	OrgFollower:  "org-follower",
	PlaceNoun:    "place-noun",
	LowerOrgHead: "lower-org-head",
	LowerFacHead: "lower-fac-head",
}

// String returns the class's name in the data files.
func (c Class) String() string {
	if int(c) < len(classes) {
		return classes[c]
	}
	return "class(" + strconv.Itoa(int(c)) + ")"
}

// Word is one noun, adjective or modifier of the lexicon with its classes
// and, for a cue word, its act. Words are spelled exactly as matched, in
// lower case; a plural that a list needs is a word of its own.
type Word struct {
	text    string
	act     Act
	classes uint32
}

// Text returns the word.
func (w Word) Text() string { return w.text }

// Act returns what the word reports as a cue, or NoAct.
func (w Word) Act() Act { return w.act }

// Is reports whether the word is in class c.
func (w Word) Is(c Class) bool { return w.classes&(1<<c) != 0 }
