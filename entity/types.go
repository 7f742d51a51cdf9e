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

// typeTable describes every Type, one row each, in the order of Types: the
// one place where a type is added or regrouped. A row's index is the
// type's index in typeVotes.
var typeTable = [...]struct {
	typ   Type
	class class
}{
	{Person, classPerson},
	{Org, classOrg},
	{GPE, classPlace},
	{Loc, classPlace},
	{Fac, classPlace},
	{NORP, classOther},
	{Misc, classOther},
}

// A class is a coarse type, as CoNLL-2003 draws them: a person, an
// organization, a place (GPE, LOC or FAC) or anything else (NORP, MISC).
// The sequence model tells classes; the gazetteers and head words tell the
// types within them.
type class int

// The classes, keys of classTable.
const (
	classPerson class = iota
	classOrg
	classPlace
	classOther
	numClasses
)

// classTable describes every class: its name, its label in CoNLL-2003,
// which is also the sequence model's label, and the type it takes when no
// evidence names one of its types (a place is a GPE unless something says
// otherwise).
var classTable = [numClasses]struct {
	name  string
	conll string
	def   Type
}{
	classPerson: {"person", "PER", Person},
	classOrg:    {"organization", "ORG", Org},
	classPlace:  {"place", "LOC", GPE},
	classOther:  {"other", "MISC", Misc},
}

// Types lists every Type, in a stable order. The recognizer reads its own
// table, not this slice.
var Types = func() []Type {
	ts := make([]Type, len(typeTable))
	for i, row := range typeTable {
		ts[i] = row.typ
	}
	return ts
}()

// typeIndex returns the row of t in typeTable, or -1 for a string that is
// no Type.
func typeIndex(t Type) int {
	for i, row := range typeTable {
		if row.typ == t {
			return i
		}
	}
	return -1
}

// classOf returns the class of t; a string that is no Type is of the
// other class, as CoNLL-2003 files everything else under MISC.
func classOf(t Type) class {
	if i := typeIndex(t); i >= 0 {
		return typeTable[i].class
	}
	return classOther
}

// modelClass returns the class of a model label (PER, ORG, LOC, MISC).
func modelClass(label string) (class, bool) {
	for c, row := range classTable {
		if row.conll == label {
			return class(c), true
		}
	}
	return 0, false
}

// CoNLL returns t's class in CoNLL-2003: PER for PERSON, ORG for ORG, LOC
// for GPE, LOC and FAC, and MISC for NORP, MISC and any string that is no
// Type.
func (t Type) CoNLL() string { return classTable[classOf(t)].conll }

// Place reports whether t is a place: GPE, LOC or FAC.
func (t Type) Place() bool { return classOf(t) == classPlace }

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

// WhereCredit is Entity.Where for an entity named only in bylines and
// credits.
const WhereCredit = "credit"

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
	// Where is WhereCredit when every mention lies in a byline or a
	// credit (corpus.Meta.Credited): the entity made the article (a
	// reporter, a photographer, an agency) and is no person of its
	// story. It is "" otherwise. The recognizer leaves it to the
	// pipeline, which knows the article's metadata.
	Where string `json:"where,omitempty"`
	// Trace is the evidence for Type, in the order first given, then the
	// votes per type and class, then the decision; it is set only by a
	// Recognizer made WithTrace(true), and is meant for debugging and
	// tuning, not as a stable format.
	Trace []Evidence `json:"trace,omitempty"`
}
