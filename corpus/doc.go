// Package corpus reads news articles and lays out their text: paragraphs,
// sentences, tokens and the regions that are not part of the article body
// (photo captions, boilerplate, source lines, reader comments).
//
// # Positions
//
// The original bytes of an article are never rewritten. Every span that this
// package, and every package built on it, reports is a pair of byte offsets
// into Article.Text, so that for any span s:
//
//	article.Text[s.Start:s.End] == the text the span stands for
//
// Normalization (Unicode NFC, no-break and zero-width spaces, ligatures,
// curly and straight quotes) is applied only to the copies used for
// matching, such as Token.Norm, never to the text that offsets point into.
//
// # Concurrency
//
// Parsing is safe for concurrent use: the tokenizer, segmenter and tagger
// models are loaded once per process and never mutated afterwards. A
// Document is immutable once returned and may be shared between goroutines.
package corpus
