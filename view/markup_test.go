package view

import (
	"html"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// el returns a span that writes <tag> (first piece <tag id>) and </tag>.
func el(start, end, level int, tag string) span {
	return span{start: start, end: end, level: level, first: "<" + tag + " id>", rest: "<" + tag + ">", close: "</" + tag + ">"}
}

func para(start, end int) span { return el(start, end, levelPara, "p") }

func TestMarkup(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans []span
		want  string
	}{
		{"no spans", "a <b> & c", nil, "a &lt;b&gt; &amp; c"},
		{"paragraph", "ab\n\ncd", []span{para(0, 2), para(4, 6)}, "<p id>ab</p>\n\n<p id>cd</p>"},
		{"mention in claim", "Ana said it",
			[]span{para(0, 11), el(0, 11, levelClaim, "c"), el(0, 3, levelMention, "m")},
			"<p id><c id><m id>Ana</m> said it</c></p>"},
		{"mention crosses claim start", "abcdef",
			[]span{para(0, 6), el(2, 6, levelClaim, "c"), el(0, 4, levelMention, "m")},
			"<p id><m id>ab</m><c id><m>cd</m>ef</c></p>"},
		{"mention crosses claim end", "abcdef",
			[]span{para(0, 6), el(0, 3, levelClaim, "c"), el(2, 5, levelMention, "m")},
			"<p id><c id>ab<m id>c</m></c><m>de</m>f</p>"},
		{"claim over two paragraphs", "ab\n\ncd",
			[]span{para(0, 2), para(4, 6), el(1, 5, levelClaim, "c")},
			"<p id>a<c id>b</c></p>\n\n<p id><c>c</c>d</p>"},
		{"claims cross", "abcdef",
			[]span{para(0, 6), el(0, 4, levelClaim, "c"), el(2, 6, levelClaim, "d")},
			"<p id><c id>ab<d id>cd</d></c><d>ef</d></p>"},
		{"same start, longer outer", "abcd",
			[]span{para(0, 4), el(0, 2, levelMention, "m"), el(0, 4, levelMention, "n")},
			"<p id><n id><m id>ab</m>cd</n></p>"},
		{"cue and mention in it", "he said so",
			[]span{para(0, 10), el(3, 7, levelCue, "u"), el(3, 10, levelMention, "m")},
			"<p id>he <u id><m id>said</m></u><m> so</m></p>"},
		{"bad spans dropped", "abc",
			[]span{para(0, 3), el(-1, 2, levelClaim, "x"), el(2, 9, levelClaim, "y"), el(2, 1, levelClaim, "z"), el(1, 1, levelClaim, "w")},
			"<p id>abc</p>"},
		{"nothing outside paragraphs", "ab\n\ncd",
			[]span{para(0, 2), el(2, 4, levelMention, "m")},
			"<p id>ab</p>\n\ncd"},
		{"escaped inside", `<"'&>`, []span{para(0, 5), el(1, 4, levelClaim, "c")},
			"<p id>&lt;<c id>&#34;&#39;&amp;</c>&gt;</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			markup(&b, tt.text, tt.spans)
			assert.Equal(t, tt.want, b.String())
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		text string
		want [][2]int
	}{
		{"", nil},
		{" \n\t\n", nil},
		{"ab", [][2]int{{0, 2}}},
		{"ab\ncd", [][2]int{{0, 5}}},
		{"ab\n\ncd\n", [][2]int{{0, 2}, {4, 6}}},
		{"  ab  \r\n \r\n  cd  ", [][2]int{{2, 4}, {13, 15}}},
		{"é\u00a0\n\n\u2003ü", [][2]int{{0, 2}, {9, 11}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, paragraphs(tt.text), "%q", tt.text)
	}
}

// reTags matches the tags that markup writes in tests.
var reTags = regexp.MustCompile(`<[^<>]*>`)

// checkMarkup asserts the two properties of markup on any input: the
// elements are balanced, and the text, tags taken out, is the input.
func checkMarkup(t *testing.T, text string, spans []span) {
	var b strings.Builder
	markup(&b, text, spans)
	out := b.String()
	var stack []string
	for _, tag := range reTags.FindAllString(out, -1) {
		name := strings.Fields(strings.Trim(tag, "<>/"))[0]
		if strings.HasPrefix(tag, "</") {
			require.NotEmpty(t, stack, "%s closes nothing in %q", tag, out)
			require.Equal(t, stack[len(stack)-1], name, "%s closes <%s> in %q", tag, stack[len(stack)-1], out)
			stack = stack[:len(stack)-1]
		} else {
			stack = append(stack, name)
		}
	}
	require.Empty(t, stack, "not closed in %q", out)
	want := strings.ReplaceAll(strings.ToValidUTF8(text, "\uFFFD"), "\x00", "\uFFFD")
	got := strings.ToValidUTF8(html.UnescapeString(reTags.ReplaceAllString(out, "")), "\uFFFD")
	require.Equal(t, want, got)
}

// TestMarkupRandom checks the properties on random spans over a text with
// letters of one to four bytes and paragraph breaks.
func TestMarkupRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	text := strings.Repeat("Ana é “ ü 😀 said <x> & so.\n\n", 8)
	for range 500 {
		spans := []span{}
		for _, p := range paragraphs(text) {
			spans = append(spans, para(p[0], p[1]))
		}
		for range rng.IntN(30) {
			s, e := rng.IntN(len(text)+2)-1, rng.IntN(len(text)+2)-1
			spans = append(spans, el(s, e, 1+rng.IntN(3), "x"+string(rune('a'+rng.IntN(3)))))
		}
		checkMarkup(t, text, spans)
	}
}

func FuzzMarkup(f *testing.F) {
	f.Add("Ana said <b>so</b>.\n\nDale & co.", 0, 8, 4, 12, 2, 30)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		spans := []span{}
		for _, p := range paragraphs(text) {
			spans = append(spans, para(p[0], p[1]))
		}
		spans = append(spans, el(a, b, levelClaim, "c"), el(c, d, levelMention, "m"), el(e, g, levelCue, "u"), el(b, e, levelMention, "n"))
		checkMarkup(t, text, spans)
	})
}
