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
	// plural: "the mayor's claim that", "his warnings that".
	Possessive
	// Predicative: an adjective that reports a stance after a copula and
	// before a complement: "was critical of", "is eager to".
	Predicative
	// Belief: a predicative adjective that takes a clause without "that":
	// "was sure Lopez would win".
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
	// Heading: a report that a heading names before its colon, "Poll:",
	// "Newspaper:"; a word of the class with the act finding reports
	// what it found (claim).
	Heading
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
	// VenueNoun: a common noun for a built place where events are held,
	// which refers back to a facility's name: "That's the course where",
	// "one of his favorite courses" (entity).
	VenueNoun
	// OrgKind: a plural noun for a kind of organization, before a list of
	// its members: "companies including X, Y and Z" (entity).
	OrgKind
	// PlaceKind: a plural noun for a kind of populated place, before a
	// list of them: "cities such as X and Y" (entity).
	PlaceKind

	// The classes of grammar.txt: closed-class words and the like.

	// Function: a word capitalized only at the start of a sentence, never
	// a name by itself (entity).
	Function
	// Calendar: a day, month or time zone, capitalized but never a name.
	Calendar
	// Clock: a word that ends a time of day, "a.m.": a capitalized word
	// after it names a time zone (entity).
	Clock
	// Ordinal: a word capitalized to open a line or a title more often than
	// to open a name (entity).
	Ordinal
	// PlacePreposition: a preposition often before a place name (entity).
	PlacePreposition
	// Clitic: the second part of a contraction, "'s", "n't" (entity).
	Clitic
	// StartParticle: a particle that may begin a name written without its
	// first name, "al", "van" (entity).
	StartParticle
	// MidParticle: a particle that may sit between two words of a name
	// (entity).
	MidParticle
	// NameParticle: a lower-case word that may sit inside a name, "Pieter
	// van Dijk" (entity).
	NameParticle
	// NameJoiner: a word that joins the parts of a long name written in
	// lower case (entity).
	NameJoiner
	// Compass: a compass or central direction, "east" (entity).
	Compass
	// Honorific: a word before a name that tells nothing of a role but
	// the gender, which Word.Gender gives (entity).
	Honorific
	// LegalSuffix: a word that closes a company's name, "Ltd" (entity).
	LegalSuffix
	// NameSuffix: a word that closes a person's name, "Jr." (entity).
	NameSuffix
	// AdjunctPreposition: a preposition that opens a phrase of place, time
	// or amount, never what was said (claim).
	AdjunctPreposition
	// NPPreposition: a preposition that joins a noun to its modifier in a
	// source's noun phrase, "a spokesman for the faction" (claim).
	NPPreposition
	// HeadlinePreposition: a word after a headline's cue verb that opens
	// its content, "Vows To Fight" (claim).
	HeadlinePreposition
	// Time: a word that closes a time phrase, "on Monday" (claim).
	Time
	// SpeakerPronoun: a pronoun that may stand for a speaker (claim).
	SpeakerPronoun
	// Nominative: a subject pronoun, after which a finite verb follows
	// (claim).
	Nominative
	// ObjectPronoun: an object pronoun, "him" (claim).
	ObjectPronoun
	// Reflexive: a reflexive pronoun, "himself" (claim).
	Reflexive
	// Contracted: a pronoun fused with "would" or "had" by the tokenizer,
	// "he'd" (claim).
	Contracted
	// WhWord: a word that opens a clause a cue reports, "why" (claim).
	WhWord
	// Subordinator: a word that opens a subordinate clause (claim).
	Subordinator
	// BeForm: an auxiliary of a passive, "was", "been" (claim).
	BeForm
	// NonSource: a word that may follow a cue as its object but never as
	// an inverted source, "said nothing" (claim).
	NonSource
	// TimeUnit: a unit of time that closes a span before "later" or
	// "ago", "two minutes later" (claim).
	TimeUnit
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
	Heading:      "heading",
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
	VenueNoun:    "venue-noun",
	OrgKind:      "org-kind",
	PlaceKind:    "place-kind",

	Function:            "function",
	Calendar:            "calendar",
	Clock:               "clock",
	Ordinal:             "ordinal",
	PlacePreposition:    "place-preposition",
	Clitic:              "clitic",
	StartParticle:       "start-particle",
	MidParticle:         "mid-particle",
	NameParticle:        "name-particle",
	NameJoiner:          "name-joiner",
	Compass:             "compass",
	Honorific:           "honorific",
	LegalSuffix:         "legal-suffix",
	NameSuffix:          "name-suffix",
	AdjunctPreposition:  "adjunct-preposition",
	NPPreposition:       "np-preposition",
	HeadlinePreposition: "headline-preposition",
	Time:                "time",
	SpeakerPronoun:      "speaker-pronoun",
	Nominative:          "nominative",
	ObjectPronoun:       "object-pronoun",
	Reflexive:           "reflexive",
	Contracted:          "contracted",
	WhWord:              "wh-word",
	Subordinator:        "subordinator",
	BeForm:              "be-form",
	NonSource:           "non-source",
	TimeUnit:            "time-unit",
}

// String returns the class's name in the data files.
func (c Class) String() string {
	if int(c) < len(classes) {
		return classes[c]
	}
	return "class(" + strconv.Itoa(int(c)) + ")"
}

// Word is one word of the lexicon that is no cue verb (a cue noun or
// adjective, a role or head word, a function word) with its classes and,
// for a cue word, its act. Words are spelled exactly as matched, in
// lower case; a plural that a list needs is a word of its own.
type Word struct {
	text    string
	act     Act
	classes uint64
	gender  Gender
}

// Text returns the word.
func (w Word) Text() string { return w.text }

// Act returns what the word reports as a cue, or NoAct.
func (w Word) Act() Act { return w.act }

// Is reports whether the word is in class c.
func (w Word) Is(c Class) bool { return w.classes&(1<<c) != 0 }

// Gender returns the gender an honorific tells, or Unknown.
func (w Word) Gender() Gender { return w.gender }
