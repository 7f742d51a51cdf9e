// Package collection gathers the extract.Results of many articles into one
// view of a corpus: each person, organization, place or group once, with
// every alias and title and the articles that name it; each quotation
// once, with every article that prints it; and who said what, across the
// articles. Results are added one at a time, as a stream gives them (Add),
// and collections built on shards of a corpus combine (Merge).
//
// # Entities
//
// Two article entities are linked when their types are compatible (people
// only with people; organizations and places with each other, as the
// recognizer may call an armed group or a capital either; nationalities
// and other names with each other) and their names fold alike (case,
// punctuation, diacritics and apostrophes aside: "Rosa De Vries" and
// "Rosa de Vries"), or the full name of one folds like an alias of
// the other that has two name tokens or more. An alias of one token, a
// surname alone, never links: the recognizer has already merged "Ruiz"
// into "Ana Ruiz" within its article, and it is through "Ana Ruiz"
// that the article entity links, so two people who share a surname, each
// called by it alone in their own articles, stay apart. A person known in
// an article only by one name ("Ruiz") is a mononym: it links to the same
// mononym in other articles, and never to a full name. Links are
// transitive; the linked entities are the connected components of all
// article entities, whatever the order in which they arrive.
//
// # Claims
//
// A claim's key is its text folded: lower case, without diacritics,
// apostrophes of any shape joining their letters, every other mark
// (quotation marks, dashes, commas, full stops) a word break. Claims whose
// keys are equal are one corpus claim, with each printing (article and
// index in its Result) and the earliest date of its articles; its text is
// the first printing's. A claim of four words or more whose words are a
// contiguous part of a longer claim's is linked to it ("part of"); shorter
// ones are merged only when equal. Parts are found by indexing each claim
// under its rarest run of four words, not by comparing all pairs.
//
// # Memory
//
// A collection keeps names, aliases, titles, each claim's key and text
// once, article IDs and dates, and per printing of a claim 16 bytes and
// four per entity it names or credits. It keeps no article text and no
// Result, and copies every string it takes, so that no article text stays
// reachable through it. Once a corpus's entities and claims are known,
// it grows only by the articles and printings added.
//
// # Snapshots and JSON
//
// Snapshot lays a collection out in plain types, in an order that does not
// depend on the order of Add and Merge calls. MarshalJSON writes the
// Snapshot, which holds the whole state: UnmarshalJSON reads it back, so a
// collection can serve as the accumulator of a distributed combiner (Add,
// Merge, encode, decode).
//
// # Concurrency
//
// A Collection is safe for concurrent use.
package collection
