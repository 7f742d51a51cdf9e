package entity

import (
	"strings"

	"github.com/sayso/sayso/lexicon"
)

// The word lists below are general English: the words that head or modify
// a person's role, honorifics, and the head nouns of organization, facility
// and place names. They decide where titles end and names begin. The role
// and head words are read from package lexicon (lexicon/data/roles.txt),
// which holds each word once with every list it is in.

// roleHeads are nouns that name a person's role ("minister", "envoy").
var roleHeads = wordsOf(lexicon.RoleHead)

// roleModifiers are words that may sit inside a role before its head
// ("Foreign Minister", "special envoy", "Deputy Secretary").
var roleModifiers = wordsOf(lexicon.RoleModifier)

// departments complete a role before a name: "Secretary of State Jane
// Hale", "Minister of Defense Ali Shamkhani".
var departments = wordsOf(lexicon.Department)

// honorifics precede a name and say nothing of a role except the gender.
var honorifics = map[string]Gender{
	"mr": Male, "mr.": Male, "mrs": Female, "mrs.": Female, "ms": Female, "ms.": Female,
	"miss": Female, "sir": Male, "madam": Female, "dame": Female, "lord": Male, "lady": Female,
	"dr": Unknown, "dr.": Unknown, "prof": Unknown, "prof.": Unknown, "gen.": Unknown,
	"col.": Unknown, "lt.": Unknown, "sgt.": Unknown, "capt.": Unknown, "sen.": Unknown,
	"rep.": Unknown, "gov.": Unknown, "sheikh": Male, "rev.": Unknown,
}

// orgHeads end organization names ("Justice Department", "Haqq Front").
var orgHeads = wordsOf(lexicon.OrgHead)

// facHeads end the names of buildings and other built places.
var facHeads = wordsOf(lexicon.FacHead)

// miscHeads end the names of events, contests, treaties and laws, which
// are neither organizations nor places: "Gulf War", "Davis Cup", "Oslo
// Accords", "Hong Kong Open".
var miscHeads = wordsOf(lexicon.MiscHead)

// locHeads begin or end the names of natural places and roads.
var locHeads = wordsOf(lexicon.LocHead)

// calendarWords are capitalized but never names of entities.
var calendarWords = set(`monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. aug. sep. sept. oct. nov.
dec. gmt utc est edt pst bst cet`)

// functionWords are capitalized only at the start of a sentence.
var functionWords = set(`the a an and or but if in on at of for to from by with as is was be
are were this that these those it its he she they we you i his her their our my your
there here when where while after before since during under over about against between
into through both all some any no not one two three four five six seven eight nine ten
according also meanwhile however yet so such than then thus what which who whom whose
how why each other another many more most much few several mr mrs ms dr said says
asked told nor only even just still already photo caption update latest share sources
source see read advertisement related update breaking exclusive watch listen eleven
twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
sixty seventy eighty ninety hundred thousand million billion`)

// wordsOf returns the set of lexicon.Default's words of class c.
func wordsOf(c lexicon.Class) map[string]bool { return lexicon.Set(lexicon.Default().Words(c)) }

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
