// Package claim finds the statements an article attributes to a source,
// direct quotes, block quotations, reported speech and mixed forms, and
// resolves each to its speaker.
//
// # Positions
//
// A claim's text, cue and speaker are byte spans into the article's
// original text.
//
// # Concurrency
//
// An Extractor holds only immutable lexicons and is safe for concurrent use.
package claim
