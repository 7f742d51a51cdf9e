// Package postag tags tokens with parts of speech, giving exactly the tags of
// prose's averaged-perceptron tagger (github.com/jdkato/prose/v3/tag), faster.
//
// # Why
//
// prose finds each feature's weights by binary search over 75,447 sorted
// feature strings, fourteen searches per token; in sayso's pipeline that
// search was most of the tagger's time and the tagger a third of the whole.
// This package reads the same model (the bytes prose exports in
// tag/aptagmodel) into an open-addressing hash table, so each feature costs
// one hash and, nearly always, one probe.
//
// # Same tags
//
// Everything that decides a tag is prose's, in prose's order: the shortcuts
// (hyphen, emoticon, @-handle, Penn Treebank traces and brackets), the
// dictionary of unambiguous words, the word normalization, the fourteen
// feature strings, the float32 sums taken feature by feature in prose's
// order, and the tie-break toward the lowest class ID. The package's tests
// tag sayso's seed articles, the PolNeAR and GGT development texts and fuzzed
// input with both taggers and require the same tag for every token.
//
// The model is prose's, read through its exported aptagmodel package, so
// upgrading prose upgrades the model; a change to prose's model format makes
// New return an error rather than tag differently.
//
// # Concurrency
//
// The model is decoded once per process, on the first call to New, and never
// modified afterwards; a Tagger is safe for concurrent use.
package postag
