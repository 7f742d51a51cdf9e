package corpus

import (
	"slices"
	"unicode/utf8"

	"github.com/sayso/sayso/internal/ortho"
)

// MetaKind says what a stretch of article metadata is.
type MetaKind string

// The kinds of article metadata. Bylines and credits name the people and
// outlets that made the article, not the people of its story; a dateline
// opens the first paragraph and is not part of any sentence's content.
const (
	// MetaByline says who wrote the article: "By Jane Roe, CBC News",
	// "Jane Roe, The Canadian Press", "Jane Roe Staff Writer", an
	// author's note "Jane Roe is a reporter for ... Follow her on
	// Twitter", "Follow Jane Roe on Twitter".
	MetaByline MetaKind = "byline"
	// MetaCredit says who else gave words or pictures: photo credits
	// ("(Jane Roe/Reuters)", "Jane Roe/The Canadian Press", "(Getty
	// Images)"), "With files from ...", "Reporting by ...; Editing by
	// ...", "Jane Roe contributed reporting", "Jane Roe reported from
	// Kabul".
	MetaCredit MetaKind = "credit"
	// MetaDateline says where the story was filed: "OTTAWA —",
	// "WASHINGTON (AP) —", "LONDON, Jan. 3 (Reuters) -".
	MetaDateline MetaKind = "dateline"
)

// MetaSpan is one byline, credit or dateline as written.
type MetaSpan struct {
	Span
	Kind MetaKind `json:"kind"`
}

// NameKind says whether a name of a byline or credit is a person or an
// outlet.
type NameKind string

// The kinds of credited names.
const (
	PersonName NameKind = "person" // "Jane Roe"
	OutletName NameKind = "outlet" // a news outlet, agency, picture library or platform: "The Canadian Press", "Getty Images"
)

// Name is a person or an outlet that a byline, a credit or a dateline
// names. Text is Article.Text[Start:End].
type Name struct {
	Span
	Text string   `json:"text"`
	Kind NameKind `json:"kind"`
}

// Dateline is where a story was filed, as its first paragraph opens it:
// "OTTAWA —", "PORT LOUIS, Mauritius —", "ITHACA, N.Y., Oct. 14
// (UPI) —". The zero Dateline means none.
type Dateline struct {
	// Span covers the place, "PORT LOUIS, Mauritius", and Text is it.
	Span
	Text string `json:"text"`
	// All covers the whole dateline, from the place to its dash
	// inclusive, date and agency included: "LONDON, Jan. 3 (Reuters) -".
	All Span `json:"-"`
}

// Meta is what an article says about its own making rather than its
// story: who wrote it, who else gave words or pictures, and where it was
// filed. The zero Meta means the text says none of it.
type Meta struct {
	// Authors are the people that bylines name, one per occurrence, in
	// text order: "Jane Roe" in "By Jane Roe, CBC News".
	Authors []Name
	// Credits are the other people and outlets credited, one per
	// occurrence, in text order: photographers and picture agencies,
	// "with files from" and "Reporting by" names, the outlets of bylines
	// ("CBC News") and the agency of a dateline ("AP").
	Credits []Name
	// Dateline is where the story was filed; zero when the text gives
	// none.
	Dateline Dateline
	// Spans are the bylines, credits and the dateline as written, sorted
	// and disjoint. A byline or credit on a line of its own covers the
	// line; one inside a line ("... in Oslo. (Jane Roe/Reuters)") covers
	// only itself.
	Spans []MetaSpan
}

// FindMeta finds the bylines, credits and dateline of text and reads the
// names they give. Like FindRegions, its rules are general shapes of news
// pages (a name and an outlet around a slash, "With files from", a place
// in capitals before a dash), not lists of sites or people; a short list
// of well-known news and picture agencies, and of the words that end an
// outlet's name, tells people from outlets where the shape alone cannot.
// Reader comments are not searched. Every span is a byte offset into
// text, which is never modified. FindMeta is safe for concurrent use.
func FindMeta(text string) Meta {
	ls := splitLines(text)
	end := commentsStart(text, ls)
	hits := scanMeta(text, ls, end, nil)
	regions := markRegions(text, ls, end, hits, nil)
	return buildMeta(text, ls, end, hits, regions)
}

// Credited reports whether s lies inside a byline or a credit, or inside
// a name that one of them or the dateline gives ("AP" of "WASHINGTON (AP)
// —"). A name of the text all of whose mentions are credited is no
// person of the story.
func (m *Meta) Credited(s Span) bool {
	if s.Len() == 0 {
		return false
	}
	i, _ := slices.BinarySearchFunc(m.Spans, s.Start, func(ms MetaSpan, off int) int {
		if ms.End <= off {
			return -1
		}
		return 1
	})
	if i < len(m.Spans) && m.Spans[i].Kind != MetaDateline && m.Spans[i].Contains(s) {
		return true
	}
	for _, n := range m.Credits {
		if n.Contains(s) {
			return true
		}
	}
	return false
}

// Clip returns s without the dateline: a span that starts in the dateline
// (or before it) and ends after it starts after it, past white space, and
// a span that lies inside it becomes the zero Span. Other spans are
// returned as they are. A stage that cuts contents from sentences clips
// them, so that no dateline is ever part of a content.
func (m *Meta) Clip(text string, s Span) Span {
	d := m.Dateline.All
	if d.Len() == 0 || !d.Overlaps(s) {
		return s
	}
	if s.End <= d.End {
		return Span{}
	}
	start := d.End
	for start < s.End && start < len(text) {
		r, n := utf8.DecodeRuneInString(text[start:])
		if !ortho.IsSpace(r) {
			break
		}
		start += n
	}
	if start >= s.End {
		return Span{}
	}
	return Span{Start: start, End: s.End}
}

// buildMeta gathers the names of the hits into a Meta and adds the
// dateline, which it looks for in the lines that are no region.
func buildMeta(text string, ls []line, end int, hits []metaHit, regions []Region) Meta {
	var m Meta
	for _, h := range hits {
		m.Spans = append(m.Spans, MetaSpan{Span: h.span, Kind: h.kind})
		for _, n := range h.names {
			if h.kind == MetaByline && n.Kind == PersonName {
				m.Authors = append(m.Authors, n)
			} else {
				m.Credits = append(m.Credits, n)
			}
		}
	}
	d, agency, ok := findDateline(text, ls, end, hits, regions)
	if !ok {
		return m
	}
	i, _ := slices.BinarySearchFunc(m.Spans, d.All.Start, func(ms MetaSpan, off int) int { return ms.Start - off })
	if i > 0 && m.Spans[i-1].End > d.All.Start || i < len(m.Spans) && m.Spans[i].Start < d.All.End {
		return m // cannot happen: the dateline's line holds no hit
	}
	m.Dateline = d
	m.Spans = slices.Insert(m.Spans, i, MetaSpan{Span: d.All, Kind: MetaDateline})
	if agency.Len() > 0 {
		k, _ := slices.BinarySearchFunc(m.Credits, agency.Start, func(n Name, off int) int { return n.Start - off })
		m.Credits = slices.Insert(m.Credits, k, agency)
	}
	return m
}
