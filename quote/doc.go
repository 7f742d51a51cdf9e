// Package quote finds the quotations in a news article: the stretches of
// text between paired quotation marks, which package claim reads as direct
// speech. It knows nothing of speakers: telling who said a quotation is
// claim's job.
//
// Find reads a corpus.Document and returns its quotations in text order:
//
//	for _, q := range quote.Find(doc) {
//		fmt.Println(q.Inner.In(doc.Text))
//	}
//
// News is set in every typographic tradition, and often badly, so Find
// pairs curly, straight, low (German) and angle marks, single marks written
// twice for a double one (wire copy), and mixed curly and straight marks. A
// single mark is a quotation mark only when it pairs; IsApostrophe tells an
// apostrophe (don’t, students’ union, ’90s) from a quotation mark by its
// surroundings alone. Nested quotations carry their Depth. A quotation left
// open at a paragraph's end goes on when the next paragraph reopens it, the
// newspaper convention, and becomes one Quote with a part per paragraph. A
// missing mark is recovered locally, so that it never swallows more than
// the rest of its paragraph. A short quoted term or name (a “humanitarian
// pause”) is flagged Scare; whether it belongs to a reported statement is
// for attribution to decide. Find's documentation gives the rules.
//
// Paragraphs and regions come from the Document: quotations in regions that
// are not part of the article (captions, boilerplate) are left out. The
// part-of-speech tags, when the Document has them, help tell a scare quote
// from a clause; small word lists do the rest.
//
// # Positions
//
// Every span is a pair of byte offsets into the Document's original Text,
// never into a normalized copy: Quote.Span runs from the opening mark to the
// closing mark (to the content's edge when a mark is missing), Quote.Inner
// and Quote.Parts hold the content without the marks, and Open and Close are
// the marks as written, so that
//
//	doc.Text[q.Span.Start:q.Span.Start+len(q.Open)] == q.Open
//	doc.Text[q.Span.End-len(q.Close):q.Span.End] == q.Close
//
// Spans are never empty, never in a skipped region, nested or disjoint, and
// on rune boundaries when the text is valid UTF-8.
//
// # Concurrency
//
// Find and IsApostrophe keep no state between calls and read their word
// lists from constant tables, so they are safe for concurrent use; Find
// only reads the Document.
package quote
