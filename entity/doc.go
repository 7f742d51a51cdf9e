// Package entity finds the people, organizations, places and groups named in
// a corpus.Document and merges their mentions into canonical entities.
//
// # Positions
//
// Every Mention is a byte span into the article's original text.
//
// # Concurrency
//
// The trained model and the gazetteers are loaded once per process, lazily,
// and never mutated afterwards; a Recognizer is safe for concurrent use.
package entity
