package corpus

import "sort"

// RegionKind says what kind of non-article matter a Region holds.
type RegionKind string

// The kinds of non-article matter that cleaning marks. Caption, SourceLine
// and Byline lines are not prose but do name people and outlets;
// Boilerplate and Comments hold nothing of the article.
const (
	Caption     RegionKind = "caption"     // photo captions and credits
	Boilerplate RegionKind = "boilerplate" // "Advertisement", "Share", "See also ..." lines
	SourceLine  RegionKind = "sources"     // "Sources: Reuters/AP" lines
	Byline      RegionKind = "byline"      // bylines, "Headline | Site Name" title bars
	Comments    RegionKind = "comments"    // reader comments after the article
	Markup      RegionKind = "markup"      // lines of HTML tags, scripts and styles only
)

// Region marks a stretch of the text that is not part of the article body.
// Regions are marked, never deleted: later stages skip them.
type Region struct {
	Span
	Kind RegionKind `json:"kind"`
}

// Paragraph is a block of text separated from its neighbours by a line break.
type Paragraph struct {
	Span
	// Sentences is the half-open range of indexes into Document.Sentences.
	First, Last int `json:"-"`
	// Skip is true when the paragraph lies in a non-article Region.
	Skip bool `json:"skip,omitempty"`
	// Heading is true for a one-sentence line that reads as a headline or
	// subhead: short, with no final full stop, comma or colon. A heading
	// "Name: statement" attributes the statement to Name.
	Heading bool `json:"heading,omitempty"`
}

// Sentence is a sentence within one paragraph.
type Sentence struct {
	Span
	// Paragraph is the index of the enclosing paragraph.
	Paragraph int `json:"paragraph"`
	// First and Last are the half-open range of indexes into Document.Tokens.
	First, Last int `json:"-"`
}

// Token is a word or punctuation mark.
type Token struct {
	Span
	// Text is the token verbatim: Article.Text[Start:End].
	Text string `json:"text"`
	// Norm is Text normalized for matching: NFKC, straight quotes and
	// apostrophes, no-break and zero-width spaces removed.
	Norm string `json:"-"`
	// Tag is the Penn Treebank part-of-speech tag.
	Tag string `json:"tag,omitempty"`
	// Sentence is the index of the enclosing sentence.
	Sentence int `json:"-"`
}

// Document is an article laid out for analysis. It is immutable once built
// and safe to share between goroutines.
type Document struct {
	// Article is the article parsed; it is not modified.
	Article *Article
	// Text is Article.Text, the bytes every span points into.
	Text string
	// Paragraphs are the non-blank lines, in text order.
	Paragraphs []Paragraph
	// Sentences are in text order; each lies inside one paragraph.
	Sentences []Sentence
	// Tokens are in text order; each lies inside one sentence.
	Tokens []Token
	// Regions mark non-article matter, sorted and disjoint.
	Regions []Region
	// Meta holds the bylines, credits and dateline, with the names they
	// give.
	Meta Meta
}

// Skipped reports whether s overlaps a non-article region.
func (d *Document) Skipped(s Span) bool {
	i := d.regionFrom(s)
	return i < len(d.Regions) && d.Regions[i].Overlaps(s)
}

// regionFrom returns the index of the first region that ends after s
// starts: with the regions sorted and disjoint, the first that can
// overlap s.
func (d *Document) regionFrom(s Span) int {
	return sort.Search(len(d.Regions), func(i int) bool { return d.Regions[i].End > s.Start })
}

// SentenceTokens returns the tokens of sentence i.
func (d *Document) SentenceTokens(i int) []Token {
	if i < 0 || i >= len(d.Sentences) {
		return nil
	}
	s := d.Sentences[i]
	return d.Tokens[s.First:s.Last]
}
