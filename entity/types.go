package entity

import (
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/lexicon"
)

// Type is the kind of thing an entity is, after the OntoNotes labels.
type Type string

// The entity types sayso recognizes.
const (
	Person Type = "PERSON" // people, real or fictional
	Org    Type = "ORG"    // companies, agencies, armed groups, media, parties
	GPE    Type = "GPE"    // countries, cities, states, provinces
	Loc    Type = "LOC"    // other places: regions, mountains, rivers, roads
	Fac    Type = "FAC"    // buildings, bases, airports, bridges, hotels
	NORP   Type = "NORP"   // nationalities, religious and political groups
	Misc   Type = "MISC"   // other names: events, laws, works, products
)

// typeList is every Type, in a stable order.
var typeList = [...]Type{Person, Org, GPE, Loc, Fac, NORP, Misc}

// Types lists every Type, in a stable order.
var Types = []Type{Person, Org, GPE, Loc, Fac, NORP, Misc}

// Gender is what the text or a first-name lexicon says of a person. It is
// lexicon.Gender, the one gender type that entity and gazetteer share.
type Gender = lexicon.Gender

// The genders a person entity may be given; Unknown is the zero value.
const (
	Unknown = lexicon.Unknown
	Male    = lexicon.Male
	Female  = lexicon.Female
)

// Mention is one occurrence of a name in the text.
type Mention struct {
	corpus.Span
	// Text is the mention verbatim: Article.Text[Start:End].
	Text string `json:"text"`
	// Type is the type the recognizer gave this occurrence.
	Type Type `json:"-"`
}

// Title is a role the text gives an entity ("Russian Foreign Minister",
// "the State Department spokesman"), with where it was written.
type Title struct {
	corpus.Span
	Text string
}

// Entity is one real-world person, organization, place or group, with all
// its mentions in the document.
type Entity struct {
	// ID is unique within a document: "E1", "E2", ...
	ID string `json:"id"`
	// Name is the canonical name: the fullest proper form in the text.
	Name string `json:"name"`
	// Type is decided over all mentions.
	Type Type `json:"type"`
	// Aliases are the distinct surface forms that name the entity.
	Aliases []string `json:"aliases"`
	// Titles are the distinct roles the text gives the entity.
	Titles []string `json:"titles"`
	// Mentions are in text order.
	Mentions []Mention `json:"mentions"`
	// TitleMentions are where the titles were written, in text order.
	TitleMentions []Title `json:"-"`
	// Gender is known for some people, from pronouns or first names.
	Gender Gender `json:"-"`
}
