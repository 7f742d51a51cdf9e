// Package postag tags tokens with parts of speech, giving exactly the tags of
// prose's averaged-perceptron tagger (github.com/jdkato/prose/v3/tag), several
// times faster.
//
// # Why
//
// prose finds each feature's weights by binary search over 75,447 sorted
// feature strings, fourteen searches per token, after a look-up in its
// dictionary of unambiguous words; in sayso's pipeline that search was most
// of the tagger's time and the tagger a third of the whole. This package
// holds the same model in hash tables (package internal/postag/tables),
// grouped so that a token costs one or two lookups rather than fifteen: one
// entry per string holds its dictionary tag, its weights as a word in all
// five places of the window and after each previous tag, and points to the
// entry of its last three bytes, with their weights in all three places.
// The weights of the bias, first bytes and tags are looked up ahead, as
// dense vectors, and the first bytes' and the previous two tags' are added
// in one pass. Tagging allocates nothing but the lower-case forms of words
// that are not ASCII.
//
// # Same tags
//
// Everything that decides a tag is prose's, in prose's order: the shortcuts
// (hyphen, emoticon, @-handle, Penn Treebank traces and brackets), the
// dictionary of unambiguous words, the word normalization, the fourteen
// features, the float32 sums taken feature by feature in prose's order, and
// the tie-break toward the lowest class ID. The tests tag sayso's seed
// articles, the PolNeAR and GGT development texts and fuzzed input with
// both taggers and require the same tag for every token.
//
// # Model
//
// The tables are generated from the model prose exports (tag/aptagmodel)
// into data/tables.bin by internal/cmd/gentagger (see gen.go), and embedded:
// New reads them in place, in a fraction of a millisecond, where prose
// decodes its model in about two. TestTablesAreProses fails when the file
// no longer matches the model of the prose in go.mod.
//
// # Concurrency
//
// The tables are read-only and shared; a Tagger is safe for concurrent use,
// with scratch space from a pool.
package postag
