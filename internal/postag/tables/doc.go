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
// the tags, and first looks the token up in a dictionary of unambiguous
// words. The tables group them for lookup:
//
//   - Lexicon: a string, with all the model knows of it (see Entry): its
//     tag if it is in the dictionary, its weights as a normalized word
//     under the five prefixes of WordPrefixes, as a word's last three
//     bytes under the three of SuffixPrefixes, and as the word after each
//     previous tag (Tag1Word). A word is thus looked up once rather than
//     once in each place of a token's window, and a lower-case word of
//     three bytes or fewer ("the", "of", ",") once in all;
//   - Features: every other feature, whole: the bias, first bytes and
//     tags.
//
// A table's entry is a record of its key and a payload (see Table); a
// Lexicon payload is an Entry; weights are runs of pairs (see AddPairs).
//
// # Concurrency
//
// A Table is safe for concurrent reads once built; Add must not run with
// anything else.
package tables
