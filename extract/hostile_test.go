package extract

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
)

// hostileCase is one input of TestHostile. text builds the input when the
// case runs, so that no more than one multi-megabyte text is alive at a
// time.
type hostileCase struct {
	name string
	text func() string
	// err is the error Extract must return (errors.Is), nil for a result.
	err error
	// skip, when set, is a known bug ("bug: ..."): the case is kept and
	// skipped until it is fixed.
	skip string
}

// scaled returns n, or n/10 under the race detector, which makes the
// pipeline several times slower: the big cases stay hostile in shape
// while CI's -race run stays short.
func scaled(n int) int {
	if raceEnabled {
		return n / 10
	}
	return n
}

// repeatTo repeats unit to n bytes, cut on a rune boundary.
func repeatTo(unit string, n int) string {
	s := strings.Repeat(unit, n/len(unit)+1)
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// quotationMarks returns n quotation marks, mixed (“ ” " « »), with a
// few words between them, in one paragraph: few of them paired the way
// a writer would pair them.
func quotationMarks(n int) string {
	marks := []string{"“", "”", "\"", "«", "»"}
	words := []string{"", " ", "Yes,", " said Ana Ruiz. ", "no", ""}
	var b strings.Builder
	for i := range n {
		b.WriteString(marks[i%len(marks)])
		b.WriteString(words[i%len(words)])
	}
	return b.String()
}

// hostileCases are the inputs of issue 11: empty, blank and binary text,
// broken and odd encodings, every line end, pathological sizes and shapes
// (quotation marks by the hundred thousand, deep nesting, one huge token,
// one huge paragraph of claims), scripts and symbols the models never saw,
// and markup pasted as text.
func hostileCases() []hostileCase {
	return []hostileCase{
		{name: "empty", text: func() string { return "" }, err: corpus.ErrNoText},
		{name: "whitespace only", err: corpus.ErrNoText, text: func() string {
			return " \t\n\r\n\v\f \u00a0\u2003\u3000\u200b\ufeff\u200d\u2060\u2028\u2029\u0085 \n\n"
		}},
		{name: "bom only", err: corpus.ErrNoText, text: func() string { return "\ufeff" }},
		{name: "nul bytes", text: func() string {
			return "\x00Ana Ruiz\x00 said\x00\x00 it rained.\x00\n\n\x00“We\x00 are close,” Tom\x00Baker said.\x00\x00"
		}},
		{name: "only nul bytes", text: func() string { return strings.Repeat("\x00", 4096) }},
		{name: "invalid utf-8", text: func() string {
			return "\xff\xfeAna \x80Ruiz said \xc3 it rained\xe2\x80.\n\n“We \xf0\x9f are here,\xbf” said Tom Baker.\xff\n\n\x80\x80\x80"
		}},
		{name: "truncated rune at the end", text: func() string {
			return "“We are close,” Ana Ruiz said on Friday. “Not yet\xe2\x80"
		}},
		{name: "surrogate halves", text: func() string {
			// ED A0 80 is U+D800 and ED BF BF U+DFFF as CESU-8 writes
			// them: not UTF-8, three bytes of garbage each; the quotation
			// holds an emoji as a CESU-8 surrogate pair.
			return "Ana \xed\xa0\x80Ruiz said \xed\xbf\xbfit rained.\n\n“\xed\xa0\xbd\xed\xb8\x80,” Tom Baker said \xed\xa0\x80."
		}},
		{name: "overlong encodings", text: func() string {
			// C0 AF, E0 80 AF and F0 80 80 AF are overlong slashes; C1 BF
			// and F8-FF can never occur.
			return "Ana Ruiz said the path is \xc0\xafetc\xe0\x80\xafpasswd\xf0\x80\x80\xaf.\n\n“\xc1\xbf,” said Tom Baker \xf8\x88\x80\x80\x80\xfe\xff."
		}},
		{name: "bom", text: func() string {
			return "\ufeffAna Ruiz said it rained.\n\n\ufeff“Not here,” said Tom\ufeffBaker.\ufeff"
		}},
		{name: "crlf line ends", text: func() string {
			return "By Jane Roe\r\n\r\nOSLO — Ana Ruiz said it rained.\r\n\r\n“We are close,” Tom Baker said.\r\nHe said it twice.\r\n\r\n"
		}},
		{name: "lone cr line ends", text: func() string {
			return "By Jane Roe\r\rOSLO — Ana Ruiz said it rained.\r\r“We are close,” Tom Baker said.\rHe said it twice.\r\r\r"
		}},
		{name: "unicode line and paragraph separators", text: func() string {
			return "Ana Ruiz said it rained.\u2028“We are close,” Tom Baker said.\u2029\u2029He said it twice.\u0085\u000bShe said no.\f"
		}},
		{name: "over the limit", err: ErrTooLarge, text: func() string {
			return repeatTo("Ana Ruiz said it rained. ", 20<<20) // one line of 20 MB
		}},
		{name: "200,000 quotation marks", text: func() string { return quotationMarks(scaled(200_000)) }},
		{name: "50,000 quotations with no speaker", text: func() string {
			var b strings.Builder
			for i := range scaled(50_000) {
				fmt.Fprintf(&b, "“The count stands at %d and rising,” ", i)
			}
			return b.String()
		}},
		{name: "deep nesting", text: func() string {
			// 64,000 openers deep: quotation marks and brackets, then a
			// claim, then the closers in reverse.
			open := []string{"“", "(", "«", "[", "\"", "{", "‘", "‹", "„"}
			closer := map[string]string{"“": "”", "(": ")", "«": "»", "[": "]", "\"": "\"", "{": "}", "‘": "’", "‹": "›", "„": "“"}
			n := scaled(64_000)
			var b strings.Builder
			for i := range n {
				b.WriteString(open[i%len(open)])
			}
			b.WriteString("We are close, Ana Ruiz said on Friday.")
			for i := n - 1; i >= 0; i-- {
				b.WriteString(closer[open[i%len(open)]])
			}
			b.WriteString(" Tom Baker said so too.")
			return b.String()
		}},
		{name: "one huge token", text: func() string {
			// One word of 5 MB, letters only.
			return "Ana Ruiz said " + repeatTo("Supercalifragilisticexpialidocious", scaled(5<<20)) + " on Friday."
		}},
		{name: "words glued by punctuation", text: func() string {
			// 512 KB without a space: words, names, quotation marks and
			// punctuation glued into one run, which the tokenizer cuts.
			return "Ana Ruiz said " + repeatTo("AnaRuiz’s-supercalifragilistic.said“yes”", scaled(512<<10)) + " on Friday."
		}},
		{name: "right to left", text: func() string {
			return "قال أحمد حداد إن المطر سيتوقف. \u200f“نحن قريبون”، قال Omar Haddad يوم الجمعة.\n\n" +
				"אמרה Ana Ruiz כי הגשר ייפתח. \u202e“We are close,” Tom Baker said.\u202c \u200eדנה לוי אמרה: „לא עכשיו“.\n\n" +
				"\u2067Ana Ruiz\u2069 said «لا» and «לא»."
		}},
		{name: "combining marks", text: func() string {
			zalgo := func(s string) string {
				var b strings.Builder
				for i, r := range s {
					b.WriteRune(r)
					for k := range 12 + i%20 {
						b.WriteRune(rune(0x0300 + (i*7+k*13)%0x70))
					}
				}
				return b.String()
			}
			return zalgo("Ana Ruiz") + " said " + zalgo("“we are close”") + ".\n\n“Yes,” said " + zalgo("Tom Baker") +
				".\n\n" + strings.Repeat("\u0301", 5000) + " Ana Ruiz said it rained."
		}},
		{name: "emoji", text: func() string {
			return "👩‍👩‍👧‍👦 Ana Ruiz 🇪🇸 said 🌧️ it rained. “🙂👍🏽,” said Tom Baker 🏳️‍🌈.\n\n" +
				"🇺🇸🇬🇧🇫🇷🏴󠁧󠁢󠁳󠁣󠁴󠁿 1️⃣ #️⃣ 🧑🏿‍🤝‍🧑🏻 said 👨‍💻: “😀😀😀.”\n\n" + strings.Repeat("👨‍👩‍👧", 2000)
		}},
		{name: "only punctuation", text: func() string {
			return repeatTo(`.,;:!?¿¡…—–-'"“”‘’«»‹›()[]{}<>/\|@#$%^&*_+=~`+"`"+`·•§¶†‡※‽⁂ `, 20_000)
		}},
		{name: "control characters", text: func() string {
			var b strings.Builder
			for r := rune(1); r < 0x20; r++ {
				b.WriteRune(r)
			}
			b.WriteString("Ana Ruiz said\x07 it\x1b[31m rained\x1b[0m.\x7f\b\b\b")
			for r := rune(0x80); r < 0xa0; r++ {
				b.WriteRune(r) // the C1 controls, as valid UTF-8
			}
			b.WriteString("“We are\u0085close,” Tom Baker said.\u200e\u202a\u202b\u202d\u2066\u2068\u206a\u206f\ufff9\ufffb\ufffc\ufffd")
			return b.String()
		}},
		{name: "noncharacters and private use", text: func() string {
			return "Ana\ufffe Ruiz\uffff said \ue000\uf8ff it rained \U0010ffff\U000fffff.\n\n“\U000e0001\U000e0041,” said Tom Baker\U0001fffe."
		}},
		{name: "html", text: func() string {
			return `<!DOCTYPE html><html><head><title>Rain | The Daily</title><style>p{color:red}</style></head><body>` +
				`<p class="byline">By <a href="/jane">Jane Roe</a></p><p>Ana Ruiz said &ldquo;it rained&rdquo; &amp; &#8220;we are close&#8221;.</p>` +
				`<script>var s = "“We are close,” Tom Baker said."; if (a < b && c > d) { alert('said'); }</script>` +
				"\n\n<p>&lt;b&gt;Tom Baker&lt;/b&gt; said: <q>no</q>.<br/><br>&nbsp;&#x27;&#0;&#xD800;&bogus;</p><!-- Ana Ruiz said --></body></html>"
		}},
		{name: "json", text: func() string {
			return `{"id": "a1", "title": "Rain", "authors": ["Jane Roe"], "text": "“We are close,” Ana Ruiz said.\n\nTom Baker said no.",` +
				"\n" + `  "quotes": [{"speaker": "Ana Ruiz", "said": "\"yes\""}, {"speaker": null, "said": "\u201cno\u201d"}], "n": [1, 2.5e10, -0, true, false],` +
				"\n" + `  "nested": {"a": {"b": {"c": {"d": ["said", "Tom Baker said it rained."]}}}}}`
		}},
		{name: "name repeated", text: func() string {
			return strings.Repeat("Ana Ruiz ", scaled(500_000)) // 4.5 MB, one paragraph
		}},
		{name: "claims in one paragraph", text: func() string {
			return strings.Repeat("Ana Ruiz said it rained. ", scaled(50_000)) // 1.2 MB, no line break
		}},
		{name: "long run of newlines", text: func() string {
			return "Ana Ruiz said it rained.\n" + strings.Repeat("\n", scaled(2_000_000)) + "“We are close,” Tom Baker said." +
				strings.Repeat("\r\n", scaled(500_000))
		}},
		{name: "line of dashes", text: func() string {
			return "Ana Ruiz said it rained.\n" + strings.Repeat("-", scaled(1<<20)) + "\n“We are close,” Tom Baker said.\n" +
				repeatTo("—", scaled(1<<20)) + " — Ana Ruiz"
		}},
		{name: "only digits", text: func() string {
			return repeatTo("0123456789", 200_000) + "\n\n" + repeatTo("2024 10 31 1,000,000.50 ", 50_000)
		}},
		{name: "homoglyphs", text: func() string {
			// Cyrillic А, а, о, е, Т, В, К look Latin.
			return "Аna Ruiz said it rained. Ana Ruіz said it did not. «Мы близко», — сказал Tom Baker.\n\n" +
				"ТОМ ВАКЕR said “Ока́у.” Ана Руис said so. Tом Bакер sаid nо."
		}},
		{name: "long sentence without punctuation", text: func() string {
			return repeatTo("the mayor said the bridge will open and Ana Ruiz told reporters that Tom Baker believes it rained ", scaled(1<<20))
		}},
		{name: "unbalanced quotes at the end", text: func() string {
			return "Ana Ruiz said it rained.\n\n“We are close,” Tom Baker said. “And then\n\n“Not yet,” she said, “and\n\n" +
				"«Non, said Omar Haddad. \"Open ended ‘and “never ” closed “"
		}},
	}
}

// TestHostile runs the whole pipeline, with the default options, over
// hostile input (issue 11). Every case must return a result or the error
// it expects, never a panic, and every result must keep the invariants
// of checkResult; a small input must give the same output twice. Under
// the race detector the multi-megabyte inputs are cut to a tenth
// (scaled); the 20 MB one over the limit is kept, as it returns before
// any analysis. No case is timed: a slow one shows in the log.
func TestHostile(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	cases := hostileCases()
	require.GreaterOrEqual(t, len(cases), 25)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.skip != "" {
				t.Skip(tc.skip)
			}
			text := tc.text()
			start := time.Now()
			res, err := p.Extract(context.Background(), &corpus.Article{ID: "hostile", Text: text})
			t.Logf("%d bytes in %v", len(text), time.Since(start).Round(time.Millisecond))
			require.NotErrorIs(t, err, ErrPanic, "a panic is a bug")
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				assert.Nil(t, res)
				return
			}
			require.NoError(t, err)
			require.NotNil(t, res)
			checkResult(t, text, res)
			if len(text) > 256<<10 {
				return // twice would double the time of the big cases
			}
			again, err := p.Extract(context.Background(), &corpus.Article{ID: "hostile", Text: text})
			require.NoError(t, err)
			assert.Equal(t, encodeAll(t, res), encodeAll(t, again), "the same output twice")
		})
	}
}

// encodeAll is a result's JSON and its layout's, which the JSON leaves out
// unless the pipeline was built WithLayout.
func encodeAll(t *testing.T, res *Result) string {
	t.Helper()
	b, err := json.Marshal(struct {
		Result     *Result
		Paragraphs []corpus.Paragraph
		Sentences  []corpus.Sentence
		Tokens     []corpus.Token
		Regions    []corpus.Region
	}{res, res.Doc.Paragraphs, res.Doc.Sentences, res.Doc.Tokens, res.Doc.Regions})
	require.NoError(t, err)
	return string(b)
}

// checkResult checks the invariants of a result of text, beyond
// checkSpans (fuzz_test.go), which it runs first: the layout's spans lie in
// the text on rune boundaries and locate their text, tokens and sentences
// and paragraphs are in order and disjoint and nest, the metadata and
// every speaker and title locate their text, and no two mentions, of one
// entity or of two, overlap.
func checkResult(t *testing.T, text string, res *Result) {
	t.Helper()
	checkSpans(t, text, res)
	check := func(what string, i int, s corpus.Span, want string, hasText bool) {
		t.Helper()
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("%s %d [%d,%d) outside the text (%d bytes)", what, i, s.Start, s.End, len(text))
		}
		if !onBoundary(text, s.Start) || !onBoundary(text, s.End) {
			t.Fatalf("%s %d [%d,%d) cuts a rune: %q", what, i, s.Start, s.End, text[s.Start:s.End])
		}
		if hasText && text[s.Start:s.End] != want {
			t.Fatalf("%s %d [%d,%d) is %q, not %q", what, i, s.Start, s.End, text[s.Start:s.End], want)
		}
	}
	d := res.Doc
	require.NotNil(t, d)
	require.Equal(t, text, d.Text, "the document keeps the text as read")
	disjoint := func(what string, spans []corpus.Span) {
		t.Helper()
		for i := 1; i < len(spans); i++ {
			if spans[i].Start < spans[i-1].End {
				t.Fatalf("%s %d [%d,%d) and %d [%d,%d) are out of order or overlap", what,
					i-1, spans[i-1].Start, spans[i-1].End, i, spans[i].Start, spans[i].End)
			}
		}
	}
	spans := make([]corpus.Span, 0, len(d.Tokens))
	for i, tk := range d.Tokens {
		check("token", i, tk.Span, tk.Text, true)
		if tk.Start == tk.End {
			t.Fatalf("token %d [%d,%d) is empty", i, tk.Start, tk.End)
		}
		spans = append(spans, tk.Span)
	}
	disjoint("token", spans)
	spans = spans[:0]
	for i, s := range d.Sentences {
		check("sentence", i, s.Span, "", false)
		if s.Paragraph < 0 || s.Paragraph >= len(d.Paragraphs) || !d.Paragraphs[s.Paragraph].Contains(s.Span) {
			t.Fatalf("sentence %d [%d,%d) is outside its paragraph %d", i, s.Start, s.End, s.Paragraph)
		}
		spans = append(spans, s.Span)
	}
	disjoint("sentence", spans)
	for i, tk := range d.Tokens {
		if tk.Sentence < 0 || tk.Sentence >= len(d.Sentences) || !d.Sentences[tk.Sentence].Contains(tk.Span) {
			t.Fatalf("token %d %q is outside its sentence %d", i, tk.Text, tk.Sentence)
		}
	}
	spans = spans[:0]
	for i, pa := range d.Paragraphs {
		check("paragraph", i, pa.Span, "", false)
		spans = append(spans, pa.Span)
	}
	disjoint("paragraph", spans)
	spans = spans[:0]
	for i, r := range d.Regions {
		check("region", i, r.Span, "", false)
		spans = append(spans, r.Span)
	}
	disjoint("region", spans)
	for i, ms := range d.Meta.Spans {
		check("meta span", i, ms.Span, "", false)
	}
	for i, n := range res.Authors {
		check("author", i, n.Span, n.Text, true)
	}
	for i, n := range res.Credits {
		check("credit", i, n.Span, n.Text, true)
	}
	if res.Dateline.Len() > 0 {
		check("dateline", 0, res.Dateline.Span, res.Dateline.Text, true)
		check("dateline's line", 0, res.Dateline.All, "", false)
	}

	var mentions []corpus.Span
	for _, e := range res.Entities {
		for i, m := range e.Mentions {
			check("mention of "+e.ID, i, m.Span, m.Text, true)
			if m.Start == m.End {
				t.Fatalf("mention %d of %s [%d,%d) is empty", i, e.ID, m.Start, m.End)
			}
			mentions = append(mentions, m.Span)
		}
		for i, tm := range e.TitleMentions {
			check("title of "+e.ID, i, tm.Span, tm.Text, true)
		}
	}
	byStart := func(a, b corpus.Span) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) }
	slices.SortFunc(mentions, byStart)
	disjoint("mention (all entities, by start)", mentions)

	claims := make([]corpus.Span, 0, len(res.Claims))
	for i, c := range res.Claims {
		check("claim", i, c.Span, c.Text, true)
		check("cue", i, c.CueSpan, c.Cue, true)
		check("speaker", i, c.Speaker.Span, c.Speaker.Text, c.Speaker.Text != "")
		for k, o := range c.Others {
			check("other speaker", i*1000+k, o.Span, o.Text, o.Text != "")
		}
		if c.Start == c.End {
			t.Fatalf("claim %d [%d,%d) is empty", i, c.Start, c.End)
		}
		claims = append(claims, c.Span)
	}
	slices.SortFunc(claims, byStart)
	disjoint("claim (by start)", claims)
}
