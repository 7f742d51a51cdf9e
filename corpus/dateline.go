package corpus

import (
	"strings"
	"unicode"
)

// datelineLines is how many lines of prose at the top of an article may
// open with the dateline: a headline or a standfirst may come first.
const datelineLines = 4

var (
	// A dateline: a place in capitals ("OTTAWA", "PORT LOUIS", "ST.
	// JOHN'S"), maybe a region ("Mauritius", "N.Y.") and a date ("Oct.
	// 14"), maybe an agency in brackets ("(AP)"), then a dash. Group 1 is
	// the place, 2 the region, 3 the agency. Gate: it opens with a capital
	// (ASCII A-Z, or not ASCII) and holds a dash: "-", or the first byte
	// of "—", "―" and "–".
	reDateline = gate(`^(`+capsWordRE+`(?:`+spaceRE+`+`+capsWordRE+`){0,3})`+
		`((?:,`+spaceRE+`*`+regionWordRE+`(?:`+spaceRE+`+`+regionWordRE+`){0,2})?)`+
		`(?:,?`+spaceRE+`+(?:`+monthRE+`\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+`+monthRE+`(?:\s+\d{4})?))?`+
		`(?:`+spaceRE+`*\(([^()]{1,40})\))?`+
		spaceRE+`*(?:—|―|–|--|`+spaceRE+`-)`,
		func(s string) bool { return firstIn(s, upperASCII) && (hasByte(s, '-') || hasByte(s, 0xE2)) })
	// spaceRE is white space, no-break spaces included.
	spaceRE      = `[\s\p{Zs}]`
	capsWordRE   = `\p{Lu}[\p{Lu}\p{M}.'’\-]+`
	regionWordRE = `\p{Lu}[\p{L}\p{M}.'’\-]*`
)

// findDateline finds the dateline that opens one of the first lines of
// prose, those that are no region and hold no byline or credit, and the
// agency it names. The text after the dash must read as a sentence:
// words in lower case, not a line in capitals ("TRUMP — THE MOVIE").
func findDateline(text string, ls []line, end int, hits []metaHit, regions []Region) (Dateline, Name, bool) {
	seen := 0
	for i := 0; i < end && i < topLines+datelineLines && seen < datelineLines; i++ {
		if inAnyRegion(regions, ls[i].Span) || hasHitOn(hits, i) {
			continue
		}
		seen++
		s := ls[i].In(text)
		m := reDateline.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		first, _, _ := strings.Cut(s[m[2]:m[3]], " ")
		rest := s[m[1]:]
		if creditTable().is(strings.Trim(first, ".,"), classLead) || words(rest) < 3 || !strings.ContainsFunc(rest, unicode.IsLower) {
			continue
		}
		if r := []rune(strings.TrimLeft(rest, " ")); len(r) == 0 || unicode.IsLower(r[0]) {
			continue
		}
		at := func(a, b int) Span { return Span{Start: ls[i].Start + a, End: ls[i].Start + b} }
		place := at(m[2], m[5])
		if m[4] == m[5] {
			place = at(m[2], m[3])
		}
		d := Dateline{Span: place, Text: place.In(text), All: at(0, m[1])}
		var agency Name
		if m[6] >= 0 {
			sp := nameSpan(text, at(m[6], m[7]))
			if k, st := classifyName(sp.In(text)); k == OutletName && st != notName {
				agency = Name{Span: sp, Text: sp.In(text), Kind: OutletName}
			}
		}
		return d, agency, true
	}
	return Dateline{}, Name{}, false
}

// inAnyRegion reports whether s overlaps one of regions.
func inAnyRegion(regions []Region, s Span) bool {
	for _, r := range regions {
		if r.Overlaps(s) {
			return true
		}
	}
	return false
}

// hasHitOn reports a byline or credit on line i.
func hasHitOn(hits []metaHit, i int) bool {
	for _, h := range hits {
		if h.line == i {
			return true
		}
	}
	return false
}
