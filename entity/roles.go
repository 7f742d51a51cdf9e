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
var honorifics = func() map[string]Gender {
	lex := lexicon.Default()
	m := map[string]Gender{}
	for w := range lex.Words(lexicon.Honorific) {
		e, _ := lex.Word(w)
		m[w] = e.Gender()
	}
	return m
}()

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
var calendarWords = wordsOf(lexicon.Calendar)

// functionWords are capitalized only at the start of a sentence.
var functionWords = wordsOf(lexicon.Function)

// wordsOf returns the set of lexicon.Default's words of class c.
func wordsOf(c lexicon.Class) map[string]bool { return lexicon.Set(lexicon.Default().Words(c)) }

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
