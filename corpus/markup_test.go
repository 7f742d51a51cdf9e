package corpus

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBlankMarkup(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"no markup", "Ana Ruiz said so.", "Ana Ruiz said so."},
		{"tags", "<p>Lavrov said <b>no</b>.</p>", "   Lavrov said    no    .    "},
		{"attributes", `<a href="http://x.example/a">the report</a>`, strings.Repeat(" ", 29) + "the report    "},
		{"self-closing and comment", "one<br/>two<!-- note -->", "one     two             "},
		{"references", "Ruiz&#8217;s plan &amp; AT&#x26;T", "Ruiz       s plan       AT      T"},
		{"script closed on the line", "<script>var a = 1 < 2;</script>Text", strings.Repeat(" ", 31) + "Text"},
		{"a script left open: its tag only", "<script>var a = 1;", "        var a = 1;"},
		{"comparison is text", "if x < y and y > z", "if x < y and y > z"},
		{"an ampersand alone is text", "Johnson & Johnson &c", "Johnson & Johnson &c"},
		{"no closing bracket", "<p the end", "<p the end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := blankMarkup(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Len(t, got, len(tt.in), "byte for byte")
		})
	}
}

func TestMarkupRegions(t *testing.T) {
	text := "<div class=\"story\">\n" +
		"<p>Lavrov said the talks had failed.</p>\n" +
		"<script type=\"text/javascript\">\n" +
		"var ads = load();\n" +
		"</script>\n" +
		"Officials in the capital welcomed the news.\n"
	assert.Equal(t, []region{
		{Markup, "<div class=\"story\">"},
		{Markup, "<script type=\"text/javascript\">\nvar ads = load();\n</script>"},
	}, regionsOf(text))

	d, err := Parse(context.Background(), &Article{ID: "html", Text: text})
	require.NoError(t, err)
	var words []string // the words analysis reads
	for _, tok := range d.Tokens {
		assert.NotContains(t, tok.Text, "<", "markup is never part of a token")
		assert.Equal(t, text[tok.Start:tok.End], tok.Text)
		if !d.Skipped(tok.Span) {
			words = append(words, tok.Text)
		}
	}
	assert.Contains(t, words, "Lavrov")
	assert.NotContains(t, words, "ads", "a script is skipped")
}
