package corpus

// SplitParagraphs splits text at line breaks into non-blank paragraphs, each
// trimmed of surrounding white space. CR, LF and CRLF all end a line; a news
// article's paragraphs are its lines.
func SplitParagraphs(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' && text[i] != '\r' {
			continue
		}
		if s := trimSpan(text, start, i); s.Len() > 0 {
			out = append(out, s)
		}
		start = i + 1
	}
	return out
}

// trimSpan narrows [start,end) past white space, ASCII or Unicode.
func trimSpan(text string, start, end int) Span {
	for start < end {
		r, n := decodeRune(text[start:end])
		if !isSpaceRune(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := decodeLastRune(text[start:end])
		if !isSpaceRune(r) {
			break
		}
		end -= n
	}
	return Span{start, end}
}
