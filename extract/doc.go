// Package extract composes corpus, entity and claim into pipelines: one
// article at a time, or a stream of many that uses every core and keeps
// input order. A Result holds the article's entities and claims, and its
// authors, credits and dateline (corpus.Meta); an entity named only in
// bylines and credits is marked "credit", as no person of the story.
//
// # Concurrency
//
// A Pipeline is safe for concurrent use.
package extract
