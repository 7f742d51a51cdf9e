package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// metaHit is one byline or credit found in a line.
type metaHit struct {
	span Span
	kind MetaKind
	line int
	// whole is true when the hit is its line: the line is a byline or a
	// credit and nothing else.
	whole bool
	// caption is true for a photo credit that opens or closes a line of
	// caption: "Jane Roe/Reuters Two ministers meet".
	caption bool
	// photo marks a photo credit, as opposed to a note on who wrote.
	photo bool
	names []Name
}

// Where a line stands decides which shapes it may take: a bare "Jane
// Roe, The Canadian Press" is a byline only at the top or the bottom.
const (
	topLines    = 6 // the lines at the top of an article that may hold a byline
	bottomLines = 4 // the lines at the bottom that may hold one, or a reporting note
)

// scanMeta finds the bylines and credits of the lines before end (reader
// comments start there), sorted by position and disjoint.
func scanMeta(text string, ls []line, end int, poll *ctxpoll.Poll) []metaHit {
	var hits []metaHit
	for i := range end {
		if poll.Done() {
			break // the caller returns the context's error
		}
		l := ls[i]
		if l.Len() > 8*maxMatterLine {
			continue // no web page credits a picture at such length
		}
		s := l.In(text)
		at := func(a, b int) Span { return Span{Start: l.Start + a, End: l.Start + b} }
		edge := i < topLines || i >= end-bottomLines
		found := lineCredits(text, l.Span, s, edge, i >= end-bottomLines)
		for _, h := range found {
			h.line = i
			h.whole = h.span == at(0, len(s))
			hits = append(hits, h)
		}
	}
	slices.SortFunc(hits, func(a, b metaHit) int {
		if a.span.Start != b.span.Start {
			return a.span.Start - b.span.Start
		}
		return b.span.End - a.span.End
	})
	kept := hits[:0]
	for _, h := range hits {
		if n := len(kept); n > 0 && kept[n-1].span.End > h.span.Start {
			continue
		}
		kept = append(kept, h)
	}
	return kept
}

// lineCredits finds the bylines and credits of the line l, whose text
// is s. edge says whether the line is near the top or the bottom of the
// article, bottom whether it is near the bottom.
func lineCredits(text string, l Span, s string, edge, bottom bool) []metaHit {
	var out []metaHit
	add := func(h metaHit, ok bool) {
		if ok && len(h.names) > 0 {
			out = append(out, h)
		}
	}
	short := len(s) <= maxMatterLine
	if short {
		add(bylineBy(text, l, s))
		if edge {
			add(bylineNameOutlet(text, l, s))
		}
		add(followLine(text, l, s))
		add(contributedLine(text, l, s))
		if bottom {
			add(reportedFromLine(text, l, s))
		}
		add(leadingCredit(text, l, s))
	}
	out = append(out, authorNotes(text, l, s)...)
	out = append(out, contributorNotes(text, l, s)...)
	out = append(out, bracketCredits(text, l, s)...)
	add(trailingCredit(text, l, s))
	return out
}

var (
	// "By Jane Roe", "Written by ...", "BY JANE ROE AND JOHN DOE"
	// Gate: it opens with the first word of a branch.
	reBy = gate(`^(?i:by|written\s+by|story\s+by|posted\s+by|words\s+by|text\s+by)\s+`,
		func(s string) bool { return opensFold(s, "by", "written", "story", "posted", "words", "text") })
	// A sentence boundary inside a line: where a note may start.
	reBoundary = regexp.MustCompile(`[.!?…]["”’)\]]*\s+`)
	// What may stand before a note: dashes, brackets, quotes, bullets.
	reNoteLead = regexp.MustCompile(`^[\-–—―(\[“"'•*\s]*`)
)

// bylineBy reads "By Jane Roe, CBC News": the people after "By" and the
// outlets and jobs that follow them, up to the first words that name no
// one ("Posted: Jan. 3").
func bylineBy(text string, l Span, s string) (metaHit, bool) {
	m := reBy.FindStringIndex(s)
	if m == nil || words(s) > 20 {
		return metaHit{}, false
	}
	var names []Name
	for _, p := range splitNames(text, Span{Start: l.Start + m[1], End: l.End}) {
		if p.job {
			continue
		}
		if p.strength == notName {
			break
		}
		names = append(names, Name{Span: p.span, Text: p.span.In(text), Kind: p.kind})
	}
	// The first name must be sure to be one: "By Monday, the talks ..."
	// opens prose.
	if len(names) == 0 || names[0].Start-l.Start > m[1] || !sureName(names[0]) {
		return metaHit{}, false
	}
	return metaHit{span: l, kind: MetaByline, names: names}, true
}

// sureName reports a person, or an outlet that a listed agency, a head
// word or an acronym makes one.
func sureName(n Name) bool {
	_, st := classifyName(n.Text)
	return st == strongName
}

// bylineNameOutlet reads a byline without "By" at the top or bottom of an
// article: "Jane Roe, The Canadian Press", "Jane Roe | CBC News", "Jane
// Roe National Online Journalist". The first piece is a person; every
// other piece an outlet sure to be one, or a job.
func bylineNameOutlet(text string, l Span, s string) (metaHit, bool) {
	if n := wordsUpTo(s, 12); n > 12 || endsSentence(s) && n > 8 {
		return metaHit{}, false
	}
	ps := splitNames(text, l)
	if len(ps) < 2 || ps[0].kind != PersonName || ps[0].strength != strongName || ps[0].span.Start != l.Start {
		return metaHit{}, false
	}
	names := []Name{{Span: ps[0].span, Text: ps[0].span.In(text), Kind: PersonName}}
	for _, p := range ps[1:] {
		switch {
		case p.job:
		case p.kind == OutletName && p.strength == strongName:
			names = append(names, Name{Span: p.span, Text: p.span.In(text), Kind: OutletName})
		default:
			return metaHit{}, false
		}
	}
	return metaHit{span: l, kind: MetaByline, names: names}, true
}

// reFollow matches an author's sign-off on a line of its own: "Follow
// Jane Roe on Twitter @janeroe".
var reFollow = regexp.MustCompile(`^["“]?(?i:follow)\s+(.+?)\s+(?i:on)\s+\p{Lu}[\p{L}.]*(?:\s*:?\s*@\w+)?[\s.!"”]*$`)

// followLine reads "Follow Jane Roe on Twitter @janeroe".
func followLine(text string, l Span, s string) (metaHit, bool) {
	if lead := strings.TrimLeft(s, "\"“"); len(lead) < 6 || !strings.EqualFold(lead[:6], "follow") {
		return metaHit{}, false
	}
	m := reFollow.FindStringSubmatchIndex(s)
	if m == nil {
		return metaHit{}, false
	}
	sp := nameSpan(text, Span{Start: l.Start + m[2], End: l.Start + m[3]})
	if k, st := classifyName(sp.In(text)); k != PersonName || st != strongName {
		return metaHit{}, false
	}
	return metaHit{span: l, kind: MetaByline, names: []Name{{Span: sp, Text: sp.In(text), Kind: PersonName}}}, true
}

var (
	// "Jane Roe is a deputy editor ...", at the start of a line or of a
	// sentence: an author's note.
	reAuthorNote = regexp.MustCompile(`(?:^|[.!?…]["”’)]*\s+)(\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){1,3})\s+is\s+(?:a|an|the)\s+`)
	// How readers reach an author: the mark of an author's note.
	reContact = gate(`(?i:\bfollow\s+(?:him|her|them|me|us)\b|\breach\s+(?:him|her|them)\b|\be-?mail\b)|@\w`, mayContact)
)

// contactBytes are the bytes where a contact may start or turn: "@",
// the first letters of "follow" and "reach", and the m of "e-mail".
var contactBytes = newByteSet("@fFrRmM")

// mayContact is the gate of reContact: "@" before a word byte; "follow"
// or "reach" at the start of a word (the expression's \b) before white
// space and a pronoun of its branch; or "mail" at the end of a word,
// after "e" or "e-" at its start; in any case (of the letters only the s
// of "us" has a fold outside ASCII).
func mayContact(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case !contactBytes[c]:
		case c == '@':
			if wordByteAt(s, i+1) {
				return true
			}
		case c|0x20 == 'f':
			if !wordByteAt(s, i-1) && foldThen(s[i:], "follow", "him", "her", "them", "me", "us") {
				return true
			}
		case c|0x20 == 'r':
			if !wordByteAt(s, i-1) && foldThen(s[i:], "reach", "him", "her", "them") {
				return true
			}
		default: // the m of "mail"
			e := i - 1
			if wordByteAt(s, i+len("mail")) || !foldAt(s[i:], "mail") {
				continue
			}
			if e > 0 && s[e] == '-' {
				e--
			}
			if e >= 0 && s[e]|0x20 == 'e' && !wordByteAt(s, e-1) {
				return true
			}
		}
	}
	return false
}

// wordByteAt reports whether s has a word byte (\w) at i.
func wordByteAt(s string, i int) bool { return i >= 0 && i < len(s) && isWordByte(s[i]) }

// authorNotes finds the notes about the author that end an article or a
// line: "Jane Roe is the Courier's transport reporter, working from
// Leeds. Follow her on Twitter: @janeroe". A note names a journalist's job in
// its first sentence and says how to reach the author; it runs to the end
// of the line.
func authorNotes(text string, l Span, s string) []metaHit {
	if !strings.Contains(s, " is ") || !reContact.MatchString(s) {
		return nil
	}
	cw := creditTable()
	for _, m := range reAuthorNote.FindAllStringSubmatchIndex(s, -1) {
		rest := s[m[1]:]
		if i := strings.IndexAny(rest, ".!?"); i >= 0 {
			rest = rest[:i]
		}
		job := false
		for k, f := range strings.Fields(rest) {
			if k >= 10 {
				break
			}
			f = strings.TrimRight(f, ",;")
			if cw.is(f, classJob) || cw.is(strings.TrimSuffix(f, "s"), classJob) {
				job = true
				break
			}
		}
		if !job || !reContact.MatchString(s[m[1]:]) {
			continue
		}
		sp := Span{Start: l.Start + m[2], End: l.Start + m[3]}
		if k, st := classifyName(sp.In(text)); k != PersonName || st != strongName {
			continue
		}
		return []metaHit{{span: Span{Start: sp.Start, End: l.End}, kind: MetaByline,
			names: []Name{{Span: sp, Text: sp.In(text), Kind: PersonName}}}}
	}
	return nil
}

// reContributorLabel matches the labels of the notes that credit
// contributors: "With files from", "Reporting by", "Additional reporting
// from", "Editing by".
var reContributorLabel = gate(`(?i:\bwith\s+files\s+from|\b(?:(?:additional|further|with)\s+)?(?:reporting|writing|editing|research|compiled|produced|graphics|fact[\s-]checking)\s+(?:by|from))\s+`,
	hasLabel)

// labelWords are the last words of the labels before "by" or "from".
var labelWords = []string{"files", "reporting", "writing", "editing", "research", "compiled", "produced", "graphics", "checking"}

// byFromBytes are the first bytes of "by" and "from".
var byFromBytes = newByteSet("bBfF")

// hasLabel is the gate of reContributorLabel: one of labelWords, white
// space, "by" or "from", and white space, in any case. It looks for "by"
// and "from", which are rarer than the first letters of the words, and
// reads back.
func hasLabel(s string) bool {
	for i := 1; i < len(s); i++ {
		if !byFromBytes[s[i]] || !isASCIISpace(s[i-1]) {
			continue
		}
		w := "by"
		if s[i]|0x20 == 'f' {
			w = "from"
		}
		if j := i + len(w); !foldAt(s[i:], w) || j == len(s) || !isASCIISpace(s[j]) {
			continue
		}
		if t := strings.TrimRight(s[:i], asciiSpace); endsFold(t, labelWords...) {
			return true
		}
	}
	return false
}

// contributorNotes finds the notes that credit contributors, at the start
// of a line or after the end of a sentence, running to the end of the
// line: "— With files from The Associated Press", "(Reporting by Jane Roe
// in Oslo; Editing by John Doe)". The names between the labels must all
// be names.
func contributorNotes(text string, l Span, s string) []metaHit {
	labels := reContributorLabel.FindAllStringIndex(s, -1)
	if labels == nil || !containsAny(s, "by ", "By ", "BY ", "from ", "From ", "FROM ") {
		return nil // the line must also spell one label's end in one of these cases, before a space
	}
	start := -1
	for _, b := range append([]int{0}, boundaries(s)...) {
		lead := reNoteLead.FindStringIndex(s[b:])
		if b+lead[1] == labels[0][0] {
			start = b
			break
		}
	}
	if start < 0 || words(s[start:]) > 60 {
		return nil
	}
	var names []Name
	for k, lb := range labels {
		stop := len(s)
		if k+1 < len(labels) {
			stop = labels[k+1][0]
		}
		ns, all := readNames(text, Span{Start: l.Start + lb[1], End: l.Start + stop})
		if !all || len(ns) == 0 {
			return nil
		}
		names = append(names, ns...)
	}
	start += reNoteLead.FindStringIndex(s[start:])[1]
	if start > 0 {
		// Keep an opening dash or bracket with a note of its own line.
		if strings.TrimLeft(s[:start], "-–—―([“\"'•* ") == "" {
			start = 0
		}
	}
	return []metaHit{{span: Span{Start: l.Start + start, End: l.End}, kind: MetaCredit, names: names}}
}

// containsAny reports whether s holds one of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// boundaries returns the offsets in s where a sentence starts after the
// end of another.
func boundaries(s string) []int {
	var out []int
	for _, m := range reBoundary.FindAllStringIndex(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// reContributed matches "Jane Roe and John Doe contributed reporting."
var reContributed = regexp.MustCompile(`^(.+?)\s+contributed\s+(?:reporting|research|additional\s+reporting|to\s+this\s+(?:report|story|article))\b[^.]*\.?$`)

// contributedLine reads "Jane Roe contributed reporting." on a line of
// its own.
func contributedLine(text string, l Span, s string) (metaHit, bool) {
	if !strings.Contains(s, " contributed ") {
		return metaHit{}, false
	}
	m := reContributed.FindStringSubmatchIndex(s)
	if m == nil || words(s) > 25 {
		return metaHit{}, false
	}
	ns, all := readNames(text, Span{Start: l.Start + m[2], End: l.Start + m[3]})
	return metaHit{span: l, kind: MetaCredit, names: ns}, all
}

var (
	// "Jane Roe reported from Oslo, and John Doe from Bergen."
	reReportedFrom = regexp.MustCompile(`^(.+?)\s+reported\s+from\s+`)
	reAlsoFrom     = regexp.MustCompile(`(?:,?\s+and|;)\s+([^,;]+?)\s+from\s+`)
)

// reportedFromLine reads the note at the bottom of an article that says
// where its reporters were: "Jane Roe reported from Oslo, and John Doe
// and Ann Lee from Bergen."
func reportedFromLine(text string, l Span, s string) (metaHit, bool) {
	if !strings.Contains(s, " reported from ") {
		return metaHit{}, false
	}
	m := reReportedFrom.FindStringSubmatchIndex(s)
	if m == nil || words(s) > 40 || !endsSentence(s) {
		return metaHit{}, false
	}
	ns, all := readNames(text, Span{Start: l.Start + m[2], End: l.Start + m[3]})
	if !all {
		return metaHit{}, false
	}
	for _, a := range reAlsoFrom.FindAllStringSubmatchIndex(s[m[1]:], -1) {
		more, all := readNames(text, Span{Start: l.Start + m[1] + a[2], End: l.Start + m[1] + a[3]})
		if all {
			ns = append(ns, more...)
		}
	}
	return metaHit{span: l, kind: MetaCredit, names: ns}, true
}

// "Photo: ", "Photo by ", "File photo by ", "Photo credit: "
// Gate: past white space it opens with the first word of a branch.
var rePhotoLabel = gate(`^\s*(?i:(?:file\s+)?(?:photo|photograph|picture|image)s?(?:\s+credit)?\s*(?:by|:)|credit\s*:)\s*`,
	func(s string) bool {
		return opensFold(strings.TrimLeft(s, asciiSpace), "file", "photo", "picture", "image", "credit")
	})

var (
	openingBytes = newByteSet("([")
	bracketBytes = newByteSet("()[]")
)

// nextBracket finds, from byte i of s on, the next bracketed stretch that
// may be a credit, "(Jane Roe/Reuters)": an opening bracket, 2 to 160
// runes without brackets, and a closing bracket. It returns the offsets
// of its two brackets, left and right, or ok false when there is none. The stretches it
// finds from 0, each search going on past the last, are the matches of
// `[(\[]([^()\[\]]{2,160})[)\]]`.
func nextBracket(s string, i int) (left, right int, ok bool) {
	for {
		j := openingBytes.index(s[i:])
		if j < 0 {
			return 0, 0, false
		}
		left = i + j
		k := bracketBytes.index(s[left+1:])
		if k < 0 {
			return 0, 0, false
		}
		right = left + 1 + k
		if n := utf8.RuneCountInString(s[left+1 : right]); n >= 2 && n <= 160 && (s[right] == ')' || s[right] == ']') {
			return left, right, true
		}
		i = right // no bracket between: the next stretch opens at right or after
	}
}

// bracketCredits finds the photo credits in brackets anywhere in a line:
// "(Jane Roe/Reuters)", "( Jane Roe / Toronto Star File Photo )",
// "(Photo: Jane Roe)", "(Getty Images)", "[AP Photo/Jane Roe]". Every
// piece must be a name; a slash or a photo label must say it is a
// credit; and a slash between outlets alone ("(Post/ABC News)", a
// poll's sponsors) needs an agency or a picture word among them.
func bracketCredits(text string, l Span, s string) []metaHit {
	var out []metaHit
	for i := 0; ; {
		left, right, ok := nextBracket(s, i)
		if !ok {
			break
		}
		i = right + 1
		inner := Span{Start: l.Start + left + 1, End: l.Start + right}
		label := false
		if p := rePhotoLabel.FindStringIndex(inner.In(text)); p != nil {
			inner.Start += p[1]
			label = true
		}
		t := inner.In(text)
		ns, all := readNames(text, inner)
		if !all || len(ns) == 0 {
			continue
		}
		slash := strings.Contains(t, "/")
		pictured := label || hasPictureWord(t)
		if !slash && !pictured {
			continue
		}
		if !label && !pictured && !hasPersonOrAgency(ns) {
			continue
		}
		out = append(out, metaHit{span: Span{Start: l.Start + left, End: l.Start + right + 1}, kind: MetaCredit, photo: true, names: ns})
	}
	return out
}

// hasPictureWord reports a word of a photo credit: a label ("Photo",
// "File") or a picture library's head ("Images", "Pictures").
func hasPictureWord(s string) bool {
	cw := creditTable()
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ' ' || r == '/' || r == '.' }) {
		if cw.is(f, classNoName|classPicture) {
			return true
		}
	}
	return false
}

// hasPersonOrAgency reports a person or a listed agency among names.
func hasPersonOrAgency(ns []Name) bool {
	cw := creditTable()
	for _, n := range ns {
		if n.Kind == PersonName || cw.isAgency(n.Text) {
			return true
		}
	}
	return false
}

// trailingCredit finds a photo credit without brackets that ends a line,
// after the end of a sentence or a photo label, or that is the whole
// line: "... on Tuesday. Jane Roe/The Canadian Press", "REUTERS/Jane
// Roe/File Photo", "Getty/Instagram." The pieces are names joined by
// slashes; after a sentence one of them must be a person.
func trailingCredit(text string, l Span, s string) (metaHit, bool) {
	if !strings.Contains(s, "/") {
		return metaHit{}, false
	}
	starts := append([]int{0}, boundaries(s)...)
	for _, b := range starts {
		rest := s[b:]
		label := false
		if p := rePhotoLabel.FindStringIndex(rest); p != nil {
			rest, label = rest[p[1]:], true
		}
		if !strings.Contains(rest, "/") || wordsUpTo(rest, 14) > 14 {
			continue
		}
		from := len(s) - len(rest)
		ns, all := readNames(text, Span{Start: l.Start + from, End: l.End})
		switch {
		case !all || len(ns) == 0:
			continue
		case label:
		case len(ns) < 2:
			continue
		case b > 0 && hasPersonOrAgency(ns):
		case b == 0 && words(s) <= 8 && (hasPersonOrAgency(ns) || hasPictureWord(rest)):
		default:
			continue
		}
		return metaHit{span: Span{Start: l.Start + b, End: l.End}, kind: MetaCredit, caption: b > 0, photo: true, names: ns}, true
	}
	return metaHit{}, false
}

// leadingCredit finds a photo credit that opens a caption line: "Jane
// Roe / The Canadian Press Two ministers meet in Oslo", "Jane Roe/CP
// The minister ...", "Jane Roe / PA Images via Getty Images The
// minister ...". A person comes before the slash; after it, the longest
// run of words that is an outlet sure to be one (a listed agency, an
// outlet's head word, an acronym), outlets joined by "via".
func leadingCredit(text string, l Span, s string) (metaHit, bool) {
	slash := strings.IndexByte(s, '/')
	if slash <= 0 || slash > 60 {
		return metaHit{}, false
	}
	person := nameSpan(text, Span{Start: l.Start, End: l.Start + slash})
	if person.Start != l.Start {
		return metaHit{}, false
	}
	if k, st := classifyName(person.In(text)); k != PersonName || st != strongName {
		return metaHit{}, false
	}
	type word struct{ a, b int }
	var ws []word
	for i := slash + 1; i < len(s) && len(ws) < 16; {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			ws = append(ws, word{i, j})
		}
		i = j
	}
	// The longest outlet from each start, up to six words; "via" after
	// one joins the next.
	var outlets []Name
	bestEnd := 0
	for pos := 0; pos < len(ws); {
		last := -1
		var best Name
		for k := pos; k < len(ws) && k < pos+6 && s[ws[k].a:ws[k].b] != "via"; k++ {
			sp := nameSpan(text, Span{Start: l.Start + ws[pos].a, End: l.Start + ws[k].b})
			if kind, st := classifyName(sp.In(text)); sp.Len() > 0 && kind == OutletName && st == strongName {
				last, best = k, Name{Span: sp, Text: sp.In(text), Kind: OutletName}
			}
		}
		if last < 0 {
			break
		}
		outlets, bestEnd = append(outlets, best), ws[last].b
		if last+2 >= len(ws) || s[ws[last+1].a:ws[last+1].b] != "via" {
			break
		}
		pos = last + 2
	}
	if len(outlets) == 0 {
		return metaHit{}, false
	}
	rest := strings.TrimLeft(s[bestEnd:], " ")
	if rest != "" && !startsCaption(rest) {
		return metaHit{}, false
	}
	names := append([]Name{{Span: person, Text: person.In(text), Kind: PersonName}}, outlets...)
	return metaHit{span: Span{Start: l.Start, End: l.Start + bestEnd}, kind: MetaCredit, caption: rest != "", photo: true, names: names}, true
}

// startsCaption reports text that may open a caption: a capital, a digit
// or a quotation mark.
func startsCaption(s string) bool {
	r := []rune(s[:min(len(s), 8)])
	if len(r) == 0 {
		return false
	}
	return strings.ContainsRune("\"“‘'", r[0]) || r[0] >= '0' && r[0] <= '9' || unicode.IsUpper(r[0])
}
