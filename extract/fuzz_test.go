package extract

import (
	"context"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
)

// FuzzExtract runs the whole pipeline, with the trained model and every
// act, on arbitrary text. It checks that nothing panics, that every span
// lies inside the text on rune boundaries and locates its text, that no
// two claims overlap, and that a second run gives the same JSON.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"“We are close,” Haddad said on Friday.",
		"Mayor Ana Ruiz said the bridge will open. She believes the cost will fall.",
		"By Jane Roe\n\nOSLO — “A,” he said, “B.”\n\n“C.\n\n“D,” said Tom Baker.",
		"<p>Berg</p> said &amp; \"\"\"\"\" ' ' «» „“",
		"\xff\xfe\x00 Ruiz \u202e said \u0301 yes",
		"A spokesman for X said the vote was coming. The spokesman, Karim Nassar, said no.",
	} {
		f.Add(s)
	}
	p, err := New(WithActs(claim.AllActs()...), WithWorkers(1))
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		a := &corpus.Article{ID: "fuzz", Text: text}
		res, err := p.Extract(context.Background(), a)
		if err != nil {
			return // bad input is reported, not a crash
		}
		checkSpans(t, text, res)
		again, err := p.Extract(context.Background(), &corpus.Article{ID: "fuzz", Text: text})
		require.NoError(t, err)
		b1, err := json.Marshal(res)
		require.NoError(t, err)
		b2, err := json.Marshal(again)
		require.NoError(t, err)
		assert.Equal(t, string(b1), string(b2), "the same output twice")
	})
}

// checkSpans checks every span of a result against its text.
func checkSpans(t *testing.T, text string, res *Result) {
	t.Helper()
	check := func(what string, s corpus.Span, want string) {
		t.Helper()
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("%s span [%d,%d) outside the text (%d bytes)", what, s.Start, s.End, len(text))
		}
		if !onBoundary(text, s.Start) || !onBoundary(text, s.End) {
			t.Fatalf("%s span [%d,%d) cuts a rune", what, s.Start, s.End)
		}
		if want != "" && text[s.Start:s.End] != want {
			t.Fatalf("%s span [%d,%d) is %q, not %q", what, s.Start, s.End, text[s.Start:s.End], want)
		}
	}
	for _, e := range res.Entities {
		for _, m := range e.Mentions {
			check("mention", m.Span, m.Text)
		}
	}
	for i, c := range res.Claims {
		check("claim", c.Span, c.Text)
		check("cue", c.CueSpan, c.Cue)
		check("speaker", c.Speaker.Span, c.Speaker.Text)
		if i > 0 && res.Claims[i-1].Span.Overlaps(c.Span) {
			t.Fatalf("claims %d and %d overlap: %q, %q", i-1, i, res.Claims[i-1].Text, c.Text)
		}
	}
}

// onBoundary reports whether offset i of s cuts no rune: no valid UTF-8
// sequence starts before i and ends after it. A byte of invalid UTF-8 is
// a unit of its own.
func onBoundary(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(s[j]) {
			_, n := utf8.DecodeRuneInString(s[j:])
			return j+n <= i
		}
	}
	return true
}
