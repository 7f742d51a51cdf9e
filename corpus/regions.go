package corpus

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// maxMatterLine is the longest line that can be page furniture. Longer lines
// are prose, and skipping the patterns for them keeps cleaning linear on
// huge inputs.
const maxMatterLine = 1000

// FindRegions marks the non-article matter in text: photo captions,
// boilerplate lines, source lines and reader comments. Regions are whole
// lines (trimmed of white space), sorted, and never overlap; consecutive
// lines of one kind make one region. Reader comments run from the first
// comment to the end of the text.
//
// The rules are general traits of news web pages flattened to text, not
// lists of sites or names; see the package documentation under Cleaning.
// FindRegions never modifies text and is safe for concurrent use.
func FindRegions(text string) []Region {
	ls := splitLines(text)
	end := commentsStart(text, ls)
	return markRegions(text, ls, end, scanMeta(text, ls, end, nil), nil)
}

// markRegions marks the regions of the lines ls of text, whose reader
// comments start at line end, given the bylines and credits found in
// them: a line that is a byline or credit and nothing else is a Byline
// (a photo credit alone, a Caption), and a line that a photo credit
// opens or closes is a Caption. It stops early, with regions left out,
// once poll is done.
func markRegions(text string, ls []line, end int, hits []metaHit, poll *ctxpoll.Poll) []Region {
	kinds := make([]RegionKind, end)
	code := "" // the script or style element whose lines these are
	for i := range end {
		if poll.Done() {
			break
		}
		s := ls[i].In(text)
		switch {
		case code != "":
			kinds[i] = Markup
			if indexFold(s, "</"+code) >= 0 {
				code = ""
			}
			continue
		case markupOnly(s):
			kinds[i] = Markup
			if el, open := opensRawElement(s); open {
				code = el
			}
			continue
		}
		if el, open := opensRawElement(s); open {
			kinds[i], code = Markup, el // "<script>var x = 1;": code up to "</script>"
			continue
		}
		if kinds[i] == "" {
			kinds[i] = lineKind(text, ls, i)
		}
		if isCaptionLabel(s) && i+1 < end && kinds[i+1] == "" && ls[i+1].Len() <= maxMatterLine {
			kinds[i+1] = Caption // "Caption:" alone: the caption follows
		}
		if i+1 < end && len(s) >= 20 && len(s) <= maxMatterLine && s == ls[i+1].In(text) {
			kinds[i], kinds[i+1] = Caption, Caption // captions doubled by alt text
		}
	}
	for _, h := range hits {
		switch {
		case kinds[h.line] != "":
		case h.whole && h.photo, h.caption:
			kinds[h.line] = Caption
		case h.whole:
			kinds[h.line] = Byline
		}
	}
	var out []Region
	for i, k := range kinds {
		if k == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Kind == k && i > 0 && kinds[i-1] == k {
			out[n-1].End = ls[i].End
			continue
		}
		out = append(out, Region{Span: ls[i].Span, Kind: k})
	}
	if end < len(ls) {
		out = append(out, Region{Span: Span{ls[end].Start, ls[len(ls)-1].End}, Kind: Comments})
	}
	return out
}

// lineKind classifies line i on its own.
func lineKind(text string, ls []line, i int) RegionKind {
	s := ls[i].In(text)
	if len(s) > maxMatterLine {
		return ""
	}
	switch {
	case isSourceLine(s):
		return SourceLine
	case isCaption(s):
		return Caption
	case isByline(s):
		return Byline
	case isBoilerplate(s):
		return Boilerplate
	}
	return ""
}

var (
	// "PHOTO: ...", "File photo: ...", "Caption:", "Image: ..."
	// Gate: it opens with the first word of a branch and holds a colon.
	reCaptionLabel = gate(`^(?i:(?:file\s+)?(?:photo|photos|picture|pictures|image|images|photograph|caption|photo credit|image credit|credit|pictured)\s*:)`,
		func(s string) bool {
			return opensFold(s, "file", "photo", "picture", "image", "caption", "credit") && hasByte(s, ':')
		})
	// "(Name/AGENCY)", "[Name/Agency/Pool]", "(Photo: Name/Agency)" at the end.
	// The first part is a photographer's name of two words or more, which
	// tells a credit from a source tag such as "[IBD/TIPP]".
	// Gate: a slash, and a closing bracket before the end's `\s*\.?$`.
	reCreditEnd = gate(`[(\[]\s*(?:(?i:photo|picture|image)s?\s*(?:by|:)\s*)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)+\s*(?:/\s*\p{Lu}[\p{L}\p{M}.'’& -]{0,60})+[)\]]\s*\.?$`,
		func(s string) bool { return hasByte(s, '/') && endsInCloser(s) })
	// "AFP PHOTO", "Reuters photo", "Getty Images", "(AP Photo)" at the end.
	// Gate: "PHOTO" (the second branch, and "PHOTO", "PHOTOS" of the
	// first), or, once the end's `[)\]]?\s*\.?$` is cut off, a last word
	// "Photo", "Photos", "IMAGES" or "Images" (the first and third
	// branches). Case matters here: there is no (?i).
	reAgencyPhoto = gate(`(?:\b\p{Lu}[\p{L}/]{1,20}\s+(?:PHOTO|Photo|PHOTOS|Photos|IMAGES)|\bPHOTO\s*/\s*\p{Lu}\S*|[(/]\s*Getty\s+Images)[)\]]?\s*\.?$`,
		func(s string) bool {
			if strings.Contains(s, "PHOTO") {
				return true
			}
			t := trimEnd(s)
			if t != "" && (t[len(t)-1] == ')' || t[len(t)-1] == ']') {
				t = t[:len(t)-1]
			}
			return strings.HasSuffix(t, "Photo") || strings.HasSuffix(t, "Photos") ||
				strings.HasSuffix(t, "IMAGES") || strings.HasSuffix(t, "Images")
		})
	// "(L)", "(C)", "(2nd R)", "(L to R)", "(left)": who stands where. A
	// bare "(R)" or "(D)" is a party label in prose ("Gov. Roe (R) said").
	rePosition = gate(`\((?:[LC]|\d(?:st|nd|rd|th)\s+[LRC]|[LR]\s*(?:to|-)\s*[LR])\)|\((?i:from\s+(?:left|right)|left|right|centre|center)\)`,
		mayPosition)
	// "[10/9/2016]" at the end: photo libraries date their pictures.
	// Gate: "]" last but for white space.
	reDateEnd = gate(`\[\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\]\s*$`,
		func(s string) bool {
			t := strings.TrimRight(s, asciiSpace)
			return t != "" && t[len(t)-1] == ']'
		})
)

// positionBytes are the bytes that may follow the bracket of a position:
// L, C, R and a digit, and the first letters of the words in any case (no
// s or k among them, so no fold leaves ASCII).
var positionBytes = newByteSet("LCRlcrFf0123456789")

// mayPosition is the gate of rePosition: an opening bracket before a byte
// of positionBytes, and a closing bracket after it.
func mayPosition(s string) bool {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 || i+1 >= len(s) {
			return false
		}
		if positionBytes[s[i+1]] && hasByte(s[i+1:], ')') {
			return true
		}
		s = s[i+1:]
	}
}

// isCaptionLabel reports a bare "Caption:" label line, whose caption is on
// the next line.
func isCaptionLabel(s string) bool {
	return reCaptionLabel.MatchString(s) && strings.TrimSpace(s[strings.IndexByte(s, ':')+1:]) == ""
}

// isCaption reports a photo caption or credit line.
func isCaption(s string) bool {
	if reCaptionLabel.MatchString(s) || reCreditEnd.MatchString(s) || reDateEnd.MatchString(s) {
		return true
	}
	if reAgencyPhoto.MatchString(s) {
		return true
	}
	// Position markers are a caption's own idiom; in prose they would be
	// rare and such a line is long.
	if rePosition.MatchString(s) && words(s) <= 60 {
		return true
	}
	// A long one-sentence line in the present tense with no final
	// punctuation at all:
	// "X and Y shake hands during a meeting in Vienna". Headlines are
	// shorter.
	last := lastRune(s)
	return (unicode.IsLetter(last) || unicode.IsDigit(last)) && !strings.Contains(s, ". ") &&
		words(s) >= 18 && reCaptionVerb.MatchString(s)
}

// reCaptionVerb matches the present-tense verbs of photo captions.
var reCaptionVerb = regexp.MustCompile(`\b(?:shakes?\s+hands|meets\s+with|speaks|gestures|arrives|poses|listens|looks\s+on|waves|attends|sits|stands|walks|delivers\s+a\s+speech|talks\s+to)\b`)

var (
	// "Sources: Reuters/AP", "Source: Reuters", "(Source: ...)"
	// Gate: past an opening bracket it opens with "source", and it holds a
	// colon.
	reSources = gate(`^\(?(?i:sources?)\s*:\s*\S`,
		func(s string) bool { return opensFold(strings.TrimPrefix(s, "("), "source") && hasByte(s, ':') })
	// "With agencies", "— Agencies", "(Agencies)"
	// Gate: past the opening brackets, dashes and spaces it opens with
	// the first word of a branch; before the closing `[)\s.]*$` it ends
	// with s, in any case.
	reAgencies = gate(`^[(\-–—\s]*(?i:(?:with\s+)?(?:news\s+)?(?:agencies|wires|wire services))[)\s.]*$`,
		func(s string) bool {
			return opensFold(strings.TrimLeft(s, "(-–—"+asciiSpace), "with", "news", "agencies", "wire") &&
				lastIn(strings.TrimRight(s, ")."+asciiSpace), "sS")
		})
)

// isSourceLine reports a line that lists the article's sources.
func isSourceLine(s string) bool {
	return (reSources.MatchString(s) && words(s) <= 30) || reAgencies.MatchString(s)
}

// furniture holds whole lines that are page furniture, in lower case and
// without trailing punctuation: ad slots, share buttons, navigation.
var furniture = map[string]bool{
	"ad": true, "ads": true, "advertisement": true, "advertisements": true, "advertising": true,
	"sponsored": true, "sponsored content": true, "promoted": true, "paid content": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"share on facebook": true, "share on twitter": true, "share via": true, "shares": true,
	"tweet": true, "email": true, "e-mail": true, "print": true, "save": true, "copy link": true,
	"facebook": true, "twitter": true, "linkedin": true, "whatsapp": true, "reddit": true,
	"pinterest": true, "telegram": true, "select page": true, "skip to content": true,
	"skip to main content": true, "menu": true, "search": true, "home": true, "close": true,
	"related": true, "related posts": true, "related articles": true, "related stories": true,
	"related content": true, "read more": true, "more": true, "see more": true, "loading": true,
	"like this": true, "like": true, "subscribe": true, "sign up": true, "log in": true,
	"login": true, "follow us": true, "top stories": true, "most read": true, "most popular": true,
	"trending": true, "back to top": true, "next": true, "previous": true, "next article": true,
	"previous article": true, "next post": true, "previous post": true, "also read": true,
	"you may also like": true, "recommended": true, "latest": true, "latest news": true,
	"breaking": true, "watch": true, "listen": true, "video": true, "photos": true, "gallery": true,
	"all rights reserved": true, "tags": true, "categories": true, "filed under": true,
}

var (
	// "See also ...", "Read more: ...", "Related: ..."
	// Gate: it opens with the first word of a branch.
	reSeeAlso = gate(`^(?i:see\s+also|read\s+also|also\s+read|also\s+see|read\s+more|more\s+on\s+this(?:\s+story)?|related(?:\s+(?:articles?|stories|posts|news|coverage|content))?|recommended|watch|listen)\b\s*[:\-–—]?`,
		func(s string) bool {
			return opensFold(s, "see", "read", "also", "more", "related", "recommended", "watch", "listen")
		})
	// "See World Briefing, May 2: Floods Hit the Coast": a link to a section.
	// Gate: it opens with "See" and holds a colon.
	reSeeSection = gate(`^See\s+\p{Lu}[^:.]{0,80}:\s+\S`,
		func(s string) bool { return strings.HasPrefix(s, "See") && hasByte(s, ':') })
	// "Media ID: 55355231", "Ref No: A-1234": a label and a number, not a
	// short figure ("Death toll: 150").
	reLabelNumber = gate(`^(?:[\p{L} .#]{1,30}:\s*[\d\-/.#]{5,}|[\p{L} ]{0,20}\b(?:ID|No\.?|Number|Ref\.?|Code)\s*[:#]\s*[\w\-/.#]{2,})$`,
		mayLabelNumber)
	// "mayor-wins-vote-03-04-19": a URL slug left on its own line.
	// Gate: it opens with [a-z0-9] and holds "-" or "_".
	reSlug = gate(`^[a-z0-9]+(?:[-_][a-z0-9]+){2,}/?$`,
		func(s string) bool {
			return s != "" && (s[0] >= 'a' && s[0] <= 'z' || isDigit(s[0])) && (hasByte(s, '-') || hasByte(s, '_'))
		})
	// Gate: it opens with "http" or "www.".
	reURL = gate(`^(?i:https?://|www\.)\S+$`, func(s string) bool { return opensFold(s, "http", "www.") })
	// "By Jane Doe", "Reporting by Jane Doe; Editing by John Roe"
	// Gate: it opens with the first word of a branch.
	reByline = gate(`^(?i:by|posted\s+by|written\s+by|reporting\s+by|additional\s+reporting\s+by|editing\s+by|compiled\s+by)\s+\p{Lu}`,
		func(s string) bool {
			return opensFold(s, "by", "posted", "written", "reporting", "additional", "editing", "compiled")
		})
	// "Published: ...", "Updated 10:15 GMT"
	// Gate: it opens with the first word of a branch.
	reStamp = gate(`^(?i:published|posted|updated|last\s+updated|first\s+published|posted\s+on)\b[^.]{0,60}\d`,
		func(s string) bool { return opensFold(s, "published", "posted", "updated", "last", "first") })
	// "© 2016 Site", "Copyright ..."
	// Gate: it opens with one of the three.
	reCopyright = gate(`^(?:©|\((?i:c)\)|(?i:copyright)\b)`,
		func(s string) bool { return opensFold(s, "©", "(c)", "copyright") })
	// "Click here to ...", "Sign up for ...", "Follow us on ..."
	// Gate: it opens with the first word of a branch.
	reCall = gate(`^(?i:click\s+here|sign\s+up\s+for|subscribe\s+to|follow\s+us|join\s+us\s+on|download\s+(?:our|the)\s+app|like\s+us\s+on)\b`,
		func(s string) bool {
			return opensFold(s, "click", "sign", "subscribe", "follow", "join", "download", "like")
		})
	// Image file names.
	// Gate: it ends with one of the extensions.
	reImageFile = gate(`(?i)\.(?:jpe?g|png|gif|webp)$`,
		func(s string) bool { return endsFold(s, ".jpg", ".jpeg", ".png", ".gif", ".webp") })
)

// mayLabelNumber is the gate of reLabelNumber. Both branches end in a
// run of [\w\-/.#] (which holds [\d\-/.#]) after `[:#]\s*`. So s ends
// in a run of those bytes, and before the run, past white space, stands
// a colon or "#", or the "#" is in the run (it is one of its bytes).
func mayLabelNumber(s string) bool {
	i := len(s)
	for i > 0 && (isWordByte(s[i-1]) || s[i-1] == '-' || s[i-1] == '/' || s[i-1] == '.' || s[i-1] == '#') {
		i--
	}
	if i == len(s) {
		return false
	}
	if hasByte(s[i:], '#') {
		return true
	}
	t := strings.TrimRight(s[:i], asciiSpace)
	return t != "" && (t[len(t)-1] == ':' || t[len(t)-1] == '#')
}

// isBoilerplate reports a line of page furniture.
func isBoilerplate(s string) bool {
	key := strings.TrimRight(s, " .:…!|>»·•")
	switch {
	case len(key) <= 3*maxFurniture && furniture[strings.ToLower(key)]:
		return true
	case reSeeAlso.MatchString(s) && (words(s) <= 25 || !endsSentence(s)) && !startsClause(s):
		return true
	case reSeeSection.MatchString(s) && !endsSentence(s):
		return true
	case reLabelNumber.MatchString(s), reSlug.MatchString(s), reURL.MatchString(s), reImageFile.MatchString(s):
		return true
	case reStamp.MatchString(s) && words(s) <= 12, reCopyright.MatchString(s) && words(s) <= 25, reCall.MatchString(s) && words(s) <= 20:
		return true
	}
	return false
}

// maxFurniture is the byte length of the longest key of furniture. A
// line's lower case is at least a third of its bytes (the Kelvin sign, of
// three bytes, becomes k), so a line more than three times as long is no
// key, and need not be lowered.
var maxFurniture = func() int {
	n := 0
	for k := range furniture {
		n = max(n, len(k))
	}
	return n
}()

// isByline reports a byline or a title bar: "By Jane Roe", "Headline |
// Site Name". They name people and outlets, so they are kept apart from
// furniture.
func isByline(s string) bool {
	return reByline.MatchString(s) && words(s) <= 15 && !endsSentence(s) ||
		hasByte(s, '|') && strings.Contains(s, " | ") && wordsUpTo(s, 20) <= 20 && !endsSentence(s)
}

// startsClause reports a "See also"-like opening that begins a sentence of
// prose ("Watch what happens when ..."): a lower-case word follows.
func startsClause(s string) bool {
	m := reSeeAlso.FindString(s)
	rest := strings.TrimSpace(s[len(m):])
	if strings.HasSuffix(strings.TrimSpace(m), ":") || rest == "" {
		return false
	}
	r, _ := decodeRune(rest)
	return r >= 'a' && r <= 'z'
}

// endsSentence reports whether s ends like a sentence of prose, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]")
	switch lastRune(s) {
	case '.', '!', '?', '…':
		return true
	}
	return false
}
