// Package model is sayso's named-entity tagger: an averaged structured
// perceptron over BILOU tags, decoded greedily left to right, that labels
// the tokens of a document with PER, ORG, LOC and MISC spans (IOB2 strings).
//
// # Features
//
// Each token is described by its form, lower-case form, shape, affixes,
// neighbouring words and shapes, part-of-speech tags (from prose's tagger),
// position in the sentence, whether the whole sentence is upper-case,
// unsupervised word-cluster paths, gazetteer classes (entity/gazetteer) of
// the token and of the ends of its run of capitalized words, an entity
// lexicon (the capitalized words seen inside training entities, by type),
// and document-level context: how the same word is written and surrounded
// elsewhere in the document. The two previous
// predicted tags are dynamic features. A second pass (Ratinov and Roth
// 2009) sees the first pass's labels over the whole document: how the same
// word was labelled elsewhere. Features are hashed into a flat table of 2^16
// buckets; weights are quantized to 11 bits and packed four to a uint64, so
// one feature costs four additions; the file holds only the nonzero
// weights, read without decompressing. See README.md for the measured
// value of each feature group.
//
// # Data
//
// The embedded model was trained on the CoNLL-2003 English training set
// (Reuters newswire, research use) with word clusters learned from unlabelled
// news text; only learned weights, cluster paths and the entity lexicon's
// words (with their type bits) are shipped; the weights average three
// perceptrons trained with different shuffle seeds. go generate in this
// package reruns internal/cmd/train and reproduces it byte for byte (see
// gen.go).
//
// # Concurrency
//
// A Model is immutable after Load or Train and safe for concurrent use;
// per-call scratch space comes from a sync.Pool. Default loads the embedded
// model once per process, on first use.
package model
