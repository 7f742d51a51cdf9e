// Package entity finds the people, organizations, places and groups named in
// a corpus.Document and merges their mentions into canonical entities.
//
// # Mentions
//
// Runs of capitalized words, read with the casing of the whole sentence
// (a headline capitalizes common words, so its words must be confirmed
// elsewhere), give the spans of names in running text; the trained
// sequence model of package entity/model gives them in lines whose
// capitals prove nothing (score tables, lists of names, lines in capitals),
// and widens a run where the rules left out part of a name ("Jan Mikulec",
// "Organisation for Security and Cooperation in Europe"). A capitalized
// word opening a sentence is no name on its own: it must be confirmed
// elsewhere, known, or read as a name by the model. The model tells
// each name's class (person, organization, place, other); the gazetteers
// of package entity/gazetteer and head words tell countries and cities
// (GPE) from regions, seas and roads (LOC) and buildings (FAC), and
// nationalities or groups (NORP) from other names (MISC: events, laws,
// works, products). Names are also typed by their neighbours: the names
// of a list share a type ("companies including X, Y and Z", three listed
// towns in a row), and a name that a venue noun refers back to ("That's
// the course where", "the tournament at X") is a facility. The article's
// metadata types the names it gives: a person or an outlet that a byline
// or a credit names, the place of a dateline. In a list of people and
// what they are listed for ("Corinne Pellow, Margaret Sails Again",
// "Zandile Quillan (Dunmore)"), the names that open each line are people
// and what follows them is no person. Titles and honorifics are cut from
// names ("US Secretary of State Jane Hale" gives "US" and "Jane Hale"), as
// are determiners and possessive endings; a role word that the model reads
// inside a person's name stays ("John Major"). Reader comments and boilerplate are skipped; captions and source
// lines are read, since they name the story's people and agencies.
//
// # Entities
//
// Mentions merge into entities by rules that run from the safest to the
// boldest: the caller's lexicon (WithLexicon); the same name written alike,
// after folding case, dots, diacritics, hyphens and particles ("U.S." and
// "US", "al-Rashid" and "Rashid", "van Dijk" and "Van Dijk");
// transliterations ("Yuri" and "Yury"); renames and aliases written out
// ("X, formerly Y", "Y, which changed its name to X", "X (Y)"); acronyms
// that spell a name's initials; and a shorter name contained in a longer
// one (a surname, a shortened organization). In score tables and lines in
// capitals, a town and the team named after it stay two entities ("NEW
// YORK 74 59" beside the dateline's "NEW YORK"). Places inside longer names
// ("Kharkiv" in "Kharkiv Province") stay apart, and a surname shared by two
// people goes to the one named last. The type of an entity is the vote of
// all its mentions; its Name is the fullest form used; its Titles are the
// roles written before or in apposition after its mentions. With
// WithTrace, each entity also carries the evidence behind its type, the
// votes it added up to and the decision, as a Trace of Evidence.
//
// # Positions
//
// Every Mention and Title is a byte span into the article's original text:
// text[m.Start:m.End] == m.Text.
//
// # Concurrency
//
// The trained model and the gazetteers are loaded once per process, lazily,
// and never mutated afterwards; a Recognizer is immutable after New and safe
// for concurrent use. A Lookup is immutable and safe for concurrent use.
package entity
