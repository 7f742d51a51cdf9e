// Package extract composes corpus, entity and claim into pipelines: one
// article at a time, or a stream of many that uses every core and keeps
// input order. A Result holds the article's entities and claims, and its
// authors, credits and dateline (corpus.Meta); an entity named only in
// bylines and credits is marked "credit", as no person of the story.
//
// # Errors
//
// One article's failure is that article's error; a stream goes on. An
// article longer than the limit (WithMaxBytes, DefaultMaxBytes by default)
// returns an error wrapping ErrTooLarge; a panic inside the analysis, a
// bug of sayso's, returns a *PanicError (wrapping ErrPanic) with the
// stack; a cancelled call returns the context's error and never a result.
// Each such error is a *corpus.Error that names the article, so that
// ExtractAll's corpus.ErrorList names each failed article once.
//
// # Concurrency
//
// A Pipeline is safe for concurrent use.
package extract
