// Package extract composes corpus, entity and claim into pipelines: one
// article at a time, or a stream of many that uses every core and keeps
// input order.
//
// # Concurrency
//
// A Pipeline is safe for concurrent use.
package extract
