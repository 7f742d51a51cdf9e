package collection

import (
	"time"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/entity"
)

// Snapshot is a collection laid out in plain types, ready for JSON. Its
// articles, entities (Names, Types, Aliases, Titles, Articles) and claims
// (Text and Sources) are the whole state of the collection: decoding a
// Snapshot's JSON into a Collection (UnmarshalJSON) gives the collection
// back, and encoding that gives the same bytes. The other fields are
// derived from them: entity Name, Type, Said and About, claim Date,
// PartOf and Parts, and Unnamed.
//
// Every list is in a fixed order, so two collections built from the same
// results in any order, or merged from any split of them, give equal
// Snapshots. The IDs of entities ("E1") and claims ("C1") are the
// collection's own, given in that order; they are no article's entity IDs.
type Snapshot struct {
	// Articles are the articles added, by ID.
	Articles []Article `json:"articles"`
	// Entities are the corpus entities, those in most articles first.
	Entities []Entity `json:"entities"`
	// Claims are the corpus claims, those printed by most articles first.
	Claims []Claim `json:"claims"`
	// Unnamed groups the claims of unnamed sources ("a senior official")
	// by the source's description, the most quoted first.
	Unnamed []Unnamed `json:"unnamed"`
}

// Article is one article added: its ID and its publication date, zero
// when the article gave none (corpus.Article.Date).
type Article struct {
	ID   string    `json:"id"`
	Date time.Time `json:"date,omitzero"`
}

// Entity is one person, organization, place or group across the articles:
// the article entities that name it, linked.
type Entity struct {
	// ID is the entity's ID in this snapshot: "E1", "E2", ...
	ID string `json:"id"`
	// Name is the name the most articles gave it, the longest of equals.
	Name string `json:"name"`
	// Type is the type the most articles gave it.
	Type entity.Type `json:"type"`
	// Names counts the article entities by their canonical name.
	Names map[string]int `json:"names"`
	// Types counts the article entities by their type.
	Types map[entity.Type]int `json:"types"`
	// Aliases and Titles are every alias and title of the article
	// entities, verbatim, sorted.
	Aliases []string `json:"aliases"`
	Titles  []string `json:"titles"`
	// Articles are the IDs of the articles that name it, sorted.
	Articles []string `json:"articles"`
	// Said are the claims it made, alone or jointly, each with the
	// articles that give it as a source.
	Said []ClaimRef `json:"said,omitempty"`
	// About are the claims whose text names it, each with the articles
	// where the text does.
	About []ClaimRef `json:"about,omitempty"`
}

// ClaimRef points to a corpus claim from an entity or an unnamed source,
// with the articles in which the link holds, sorted.
type ClaimRef struct {
	Claim    string   `json:"claim"`
	Articles []string `json:"articles"`
}

// Claim is one statement as printed by one or more articles. The texts of
// its printings fold to the same words (see the package documentation).
type Claim struct {
	// ID is the claim's ID in this snapshot: "C1", "C2", ...
	ID string `json:"id"`
	// Text is the statement as the first source printed it.
	Text string `json:"text"`
	// Date is the earliest date of its articles, zero when none has one.
	Date time.Time `json:"date,omitzero"`
	// Sources are its printings, the earliest first (by date, articles
	// without one last, then by article ID and index).
	Sources []Source `json:"sources"`
	// PartOf are the longer claims whose words contain this claim's,
	// and Parts the shorter claims contained in this one; only claims of
	// four words or more are parts.
	PartOf []string `json:"part_of,omitempty"`
	Parts  []string `json:"parts,omitempty"`
}

// Source is one printing of a claim: in which article, as which of its
// claims, and who it was attributed to there.
type Source struct {
	// Article is the article's ID, Index the claim's index in its
	// extract.Result.Claims.
	Article string `json:"article"`
	Index   int    `json:"index"`
	// Kind is how the article reports it.
	Kind claim.Kind `json:"kind"`
	// Speakers are the corpus entities the article gives as its source:
	// the speaker, then the others of a joint statement.
	Speakers []string `json:"speakers,omitempty"`
	// Unnamed is the description of an unnamed source ("one official"),
	// as the Unnamed group it belongs to writes it.
	Unnamed string `json:"unnamed,omitempty"`
	// About are the corpus entities named inside the claim's text.
	About []string `json:"about,omitempty"`
}

// Unnamed is the claims of unnamed sources that share a description, after
// folding case and punctuation.
type Unnamed struct {
	// Name is the description, the first in byte order of its spellings.
	Name   string     `json:"name"`
	Claims []ClaimRef `json:"claims"`
}
