package corpus

import "time"

// Article is one news article as read: its identity and its original,
// untouched text. Every offset reported by sayso is a byte offset into Text.
type Article struct {
	// ID names the article: a file path, a record id, or a caller's choice.
	ID string `json:"id"`
	// Title is the headline when the source gives one separately.
	Title string `json:"title,omitempty"`
	// Source is the publisher or feed, when known.
	Source string `json:"source,omitempty"`
	// Date is the publication date, or the zero Time when unknown.
	Date time.Time `json:"date,omitzero"`
	// Text is the article as read, byte for byte.
	Text string `json:"text"`
}
