package corpus

import (
	"regexp"
	"strings"
	"time"
)

// TitleOf returns the first non-blank line of text when it looks like a
// headline: short, without a final full stop, not page furniture or a
// caption. Otherwise it returns "". The text itself is not changed.
func TitleOf(text string) string {
	ls := splitLines(text[:min(len(text), 4096)])
	if len(ls) == 0 {
		return ""
	}
	s := ls[0].In(text)
	if !isHeadingText(s) || lineKind(text, ls, 0) != "" || isCaptionLabel(s) {
		return ""
	}
	return s
}

// months maps English month names and their abbreviations to months.
var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

const monthRE = `(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	// "July 25, 2016", "25 July 2016", "2016-07-25". Gates: a year after
	// white space; the digits and hyphens of an ISO date.
	reDateMDY = gate(`\b(`+monthRE+`)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, hasSpaceYear)
	reDateDMY = gate(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(`+monthRE+`),?\s+(\d{4})\b`, hasSpaceYear)
	reDateISO = gate(`\b(\d{4})-(\d{2})-(\d{2})\b`, hasISODate)
	// What may stand before a date on a date line: nothing, a label
	// ("Published:"), a weekday, or a dateline's place ("GENEVA, ").
	reDateLead = regexp.MustCompile(`^(?:|(?i:published|posted|updated|date|posted\s+on|published\s+on)\s*:?\s*|(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*|\p{Lu}[\p{Lu} .'’-]{1,30},\s*(?:\p{Lu}[\p{L}.]*\s*,?\s*)?)$`)
)

// DateOf returns the date of a date line or dateline near the top of text
// ("July 25, 2016", "Published: 2016-07-25", "GENEVA, Sept. 9, 2016 -"), or
// the zero Time when the text gives none. Dates inside sentences are not
// publication dates and are ignored.
func DateOf(text string) time.Time {
	head := text[:min(len(text), 4096)]
	for i, l := range splitLines(head) {
		if i >= 12 {
			break
		}
		s := l.In(head)
		if t, ok := lineDate(s); ok {
			return t
		}
	}
	return time.Time{}
}

// lineDate reads a date that opens line s, after an allowed lead.
func lineDate(s string) (time.Time, bool) {
	for _, re := range []*gated{reDateMDY, reDateDMY, reDateISO} {
		m := re.FindStringSubmatchIndex(s)
		if m == nil || !reDateLead.MatchString(s[:m[0]]) {
			continue
		}
		g := func(k int) string { return s[m[2*k]:m[2*k+1]] }
		var y, d int
		var mo time.Month
		switch re {
		case reDateMDY:
			mo, d, y = months[monthKey(g(1))], atoi(g(2)), atoi(g(3))
		case reDateDMY:
			d, mo, y = atoi(g(1)), months[monthKey(g(2))], atoi(g(3))
		default:
			y, mo, d = atoi(g(1)), time.Month(atoi(g(2))), atoi(g(3))
		}
		if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1800 || y > 2200 {
			continue
		}
		t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			continue // 31 September
		}
		return t, true
	}
	return time.Time{}, false
}

func monthKey(s string) string { return strings.ToLower(strings.TrimSuffix(s, ".")) }

// atoi reads a short run of ASCII digits.
func atoi(s string) int {
	n := 0
	for _, c := range []byte(s) {
		n = n*10 + int(c-'0')
	}
	return n
}
