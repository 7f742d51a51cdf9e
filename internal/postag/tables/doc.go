// Package tables holds prose's part-of-speech model rearranged into hash
// tables, in a file that package postag embeds and reads in place: loading
// it parses a header of a few hundred bytes and nothing else.
//
// Build makes the tables from prose's model file (the bytes that
// github.com/jdkato/prose/v3/tag/aptagmodel exports), Tables.AppendBinary
// writes them, and Decode reads them back. internal/cmd/gentagger runs the
// first two through the //go:generate line in internal/postag/gen.go.
//
// # Layout
//
// prose scores a token with fourteen features, each a fixed prefix and a
// value ("i word " and the normalized word, say) with a weight for some of
// the tags. The tables group them for lookup:
//
//   - Words: a normalized word, with its weights under the five word
//     prefixes of WordPrefixes, so that a word is looked up once rather
//     than once in each place of a token's window;
//   - Suffixes: a word's last three bytes, with its weights under the
//     three prefixes of SuffixPrefixes;
//   - Features: every other feature, whole: the bias, first bytes, tags,
//     and the previous tag with the word;
//   - Dict: prose's unambiguous words, each with its one tag.
//
// A table's entry is a record of its key and a payload (see Table); the
// payload of a group is one count per prefix and then the weights of each
// prefix in turn (see Part); weights are runs of pairs (see AddPairs).
//
// # Concurrency
//
// A Table is safe for concurrent reads once built; Add must not run with
// anything else.
package tables
