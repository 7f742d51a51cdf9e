package corpus

// Span is a half-open range [Start, End) of byte offsets into an article's
// text. The zero Span is empty and means "no span".
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers, or 0 for an inverted span.
func (s Span) Len() int {
	if s.End < s.Start {
		return 0
	}
	return s.End - s.Start
}

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// In returns the text the span covers in src, or "" if the span does not fit
// src. It never panics, so a corrupted span shows up as a mismatch.
func (s Span) In(src string) string {
	if s.Start < 0 || s.End > len(src) || s.Start > s.End {
		return ""
	}
	return src[s.Start:s.End]
}

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }
