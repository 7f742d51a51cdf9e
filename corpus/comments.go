package corpus

import "strings"

var (
	// "12 Comments", "3 Responses to ...", "5 thoughts on “...”", "Leave a Reply"
	// Gate: it opens with digits, white space and the first word of a
	// counted thing, or with the first word of another branch.
	reCommentsHead = gate(`^(?i:\d+\s+(?:comments?|responses?|replies|thoughts?\s+on\b.*|responses?\s+to\b.*)|(?:reader\s+)?comments?|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+(?:a\s+|your\s+)?comment|join\s+the\s+(?:discussion|conversation)|comments\s+are\s+closed\.?|discussion|responses|show\s+comments|view\s+comments)\s*:?$`,
		func(s string) bool {
			if rest := strings.TrimLeft(s, "0123456789"); len(rest) < len(s) {
				counted := strings.TrimLeft(rest, asciiSpace)
				return len(counted) < len(rest) && opensFold(counted, "comment", "respons", "repl", "thought")
			}
			return opensFold(s, "reader", "comment", "leave", "post", "add", "join", "discussion", "responses", "show", "view")
		})
	// "Reply", "Log in to Reply", "Report": buttons under each comment.
	// Gate: it opens with the first word of a branch.
	reReply = gate(`^(?i:reply|log\s+in\s+to\s+reply|login\s+to\s+reply|report(?:\s+abuse)?|reply\s+↓|↓\s+reply)$`,
		func(s string) bool { return opensFold(s, "reply", "log", "report", "↓") })
	// "Jane Doe says:"
	// Gate: it ends with a colon.
	reSays = gate(`^[\p{L}\p{N}_ .'’-]{1,40}\s+says\s*:$`, func(s string) bool { return strings.HasSuffix(s, ":") })
	// A numbered or bulleted reply: "1. ", "2) ", "• ", "– ".
	// Gate: it opens with a digit, a bullet or a dash.
	reListItem = gate(`^(?:\d{1,3}[.)]\s+\S|[•·▪–—]\s*\S)`,
		func(s string) bool { return s != "" && isDigit(s[0]) || opensFold(s, "•", "·", "▪", "–", "—") })
	// An author biography: "Jane Doe is Professor of ...", "John Roe is a reporter".
	// Gate: it opens with a capital (ASCII A-Z, or not ASCII).
	reBio = gate(`^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+(?:is|was|has\s+been)\s+(?:a|an|the|\p{Lu})`,
		func(s string) bool { return firstIn(s, upperASCII) })
)

// commentsStart returns the index in ls of the first line of reader
// comments, or len(ls) when there are none. Comments follow the article, so
// every rule leaves the first few lines alone.
func commentsStart(text string, ls []line) int {
	const minBody = 3 // lines of article before any comment
	start := len(ls)
	for i := minBody; i < len(ls) && i < start; i++ {
		s := ls[i].In(text)
		if len(s) > maxMatterLine {
			continue
		}
		switch {
		case ls[i].Start*5 >= len(text) && reCommentsHead.MatchString(s):
			start = i // a heading, not a counter under the headline
		case reSays.MatchString(s) && i+1 < len(ls) && isStampLine(ls[i+1].In(text)):
			start = i // "Jane says:" over a time stamp
		case reReply.MatchString(s):
			start = replyStart(text, ls, i)
		case reListItem.MatchString(s) && isBioLine(text, ls, i-1):
			start = i // a numbered thread under the author's biography
		}
	}
	if i := indentedThread(text, ls); i < start {
		start = i
	}
	return min(max(start, minBody), len(ls))
}

// replyStart walks back from a "Reply" button at index r to the first line
// of the comment it belongs to: the block that starts after a blank line,
// together with a "Name says:" or date line above it.
func replyStart(text string, ls []line, r int) int {
	i := r
	for i > 0 && !ls[i].blankBefore {
		i--
	}
	if i == r && i > 0 {
		i-- // the button stands alone: the comment is the block above it
		for i > 0 && !ls[i].blankBefore {
			i--
		}
	}
	if i > 0 && (reSays.MatchString(ls[i-1].In(text)) || isStampLine(ls[i-1].In(text))) {
		i--
	}
	return i
}

// isStampLine reports a short line holding a time, as under a commenter's
// name ("July 25, 2016 at 3:14 pm").
func isStampLine(s string) bool {
	return words(s) <= 8 && reClock.MatchString(s)
}

// reClock matches a time of day. Gate: a colon.
var reClock = gate(`\d{1,2}:\d{2}`, func(s string) bool { return hasByte(s, ':') })

// isBioLine reports whether line i is an author biography: a name followed
// by "is" and a description, the last paragraph of many opinion pieces.
func isBioLine(text string, ls []line, i int) bool {
	return i >= 0 && i < len(ls) && reBio.MatchString(ls[i].In(text))
}

// indentedThread finds a trailing block of indented lines that opens with a
// numbered or bulleted item while the article above is flush left: the
// shape nested reader replies take when a page is flattened to text. It
// returns len(ls) when there is none.
func indentedThread(text string, ls []line) int {
	const minLines = 2
	for i := 3; i+minLines <= len(ls); i++ {
		if ls[i].indent == 0 || !reListItem.MatchString(ls[i].In(text)) {
			continue
		}
		above, below := 0, 0
		for _, l := range ls[:i] {
			if l.indent > 0 {
				above++
			}
		}
		for _, l := range ls[i:] {
			if l.indent > 0 {
				below++
			}
		}
		if above*5 <= i && below*5 >= 4*(len(ls)-i) {
			return i
		}
		return len(ls) // indentation here is layout, not a thread
	}
	return len(ls)
}
