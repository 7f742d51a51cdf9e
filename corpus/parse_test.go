package corpus

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nonASCIICases are texts whose bytes and runes differ, with the tokens
// (verbatim) that Parse must find in them.
var nonASCIICases = []struct {
	name   string
	text   string
	tokens []string // a subset, in order
	norms  map[string]string
}{
	{"curly quotes", "“We are close,” Baker said.", []string{"“", "We", "close", ",", "”", "Baker"}, map[string]string{"“": `"`, "”": `"`}},
	{"apostrophe", "Chile’s war", []string{"Chile", "’s", "war"}, map[string]string{"’s": "'s"}},
	{"nbsp", "break\u00a0siege now", []string{"break", "siege", "now"}, nil},
	{"narrow nbsp", "48\u202fhours", []string{"48", "hours"}, nil},
	{"zero-width space", "Lisbon\u200bcity", []string{"Lisbon", "city"}, nil},
	{"bom", "\ufeffHello world.", []string{"Hello", "world"}, nil},
	{"ligature", "the ﬁrst ofﬁcial", []string{"ﬁrst", "ofﬁcial"}, map[string]string{"ﬁrst": "first", "ofﬁcial": "official"}},
	{"middle initial", "Lionel B. Garrow spoke. It was Plan B. The end.", []string{"Lionel", "B.", "Garrow", "Plan", "B", ".", "The"}, nil},
	{"leading initial", "Scores ( P. Hollins 4-38 ) and vitamin C. Researchers", []string{"(", "P.", "Hollins", "vitamin", "C", ".", "Researchers"}, nil},
	{"list number", "Results:\n\n2. Jan Novak 3:51.01\n\nIt was 2. Then", []string{"2.", "Jan", "Novak", "2", ".", "Then"}, nil},
	{"apostrophe names", "Mark O'Meara and D’Angelo met JOHN'S team.", []string{"Mark", "O'Meara", "and", "D’Angelo", "JOHN", "'S"}, map[string]string{"D’Angelo": "D'Angelo"}},
	{"apostrophe inside a name", "Chief Ta'lenok and the Mi’kmaq met. We'll see the chief's plan.", []string{"Chief", "Ta'lenok", "and", "Mi’kmaq", "We", "'ll", "chief", "'s"}, map[string]string{"Mi’kmaq": "Mi'kmaq"}},
	{"crlf", "One line.\r\nTwo line.\r\n", []string{"One", "line", ".", "Two"}, nil},
	{"lone cr", "One line.\rTwo line.\r", []string{"One", "line", ".", "Two"}, nil},
	{"emoji", "Peace 🕊️ now 👍🏽.", []string{"Peace", "now"}, nil},
	{"combining accents", "Jose\u0301 Mari\u0301a said so.", []string{"Jose\u0301", "Mari\u0301a", "said"}, map[string]string{"Jose\u0301": "José"}},
	{"dashes", "Chile — the war – ends", []string{"Chile", "—", "the", "–"}, map[string]string{"—": "-", "–": "-"}},
	{"invalid bytes", "bad \xff\xfe bytes and caf\xc3 here.", []string{"bad", "bytes", "caf", "here"}, nil},
	{"invalid inside word", "ab\xffcd ef", []string{"ab", "cd", "ef"}, nil},
	{"nul and controls", "one\x00two\x07three", []string{"one", "two", "three"}, nil},
	{"cyrillic", "Сергей Лавров сказал.", []string{"Сергей", "Лавров"}, nil},
	{"arabic", "قال لافروف", []string{"قال", "لافروف"}, nil},
	{"unbalanced quotes", "“He said ”” “ (( [x", []string{"He", "said"}, nil},
}

func TestParseNonASCII(t *testing.T) {
	for _, tc := range nonASCIICases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(context.Background(), &Article{ID: tc.name, Text: tc.text})
			require.NoError(t, err)
			require.NoError(t, checkDocument(d))
			var got []string
			norms := map[string]string{}
			for _, tok := range d.Tokens {
				got = append(got, tok.Text)
				norms[tok.Text] = tok.Norm
			}
			assert.True(t, isSubsequence(tc.tokens, got), "want %q in order within %q", tc.tokens, got)
			for raw, norm := range tc.norms {
				assert.Equal(t, norm, norms[raw], "Norm(%q)", raw)
			}
		})
	}
}

func isSubsequence(want, got []string) bool {
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	return i == len(want)
}

func TestParseEmpty(t *testing.T) {
	for _, text := range []string{"", " ", "\n\r\n\t", "\u00a0\u200b"} {
		_, err := Parse(context.Background(), &Article{Text: text})
		assert.ErrorIs(t, err, ErrNoText, "%q", text)
	}
	_, err := Parse(context.Background(), nil)
	assert.ErrorIs(t, err, ErrNoText)
}

func TestParseCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Parse(ctx, &Article{ID: "x", Text: "Some text."})
	assert.ErrorIs(t, err, context.Canceled)
}

func TestParseHugeLine(t *testing.T) {
	tests := []struct {
		name, unit string
		size       int
	}{
		{"sentences", "The envoy said the talks would go on. ", 1 << 20},
		{"one word", "a", 5 << 20},
		{"multi-byte", "ü", 5 << 20},
		{"junk", "\xff(“\x00", 1 << 20},
		{"punctuation run", ".", 256 << 10}, // quadratic in prose's tokenizer
		{"quote run", `"'`, 256 << 10},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			size := tc.size
			if testing.Short() {
				size /= 16
			}
			text := strings.Repeat(tc.unit, size/len(tc.unit))
			d, err := Parse(context.Background(), &Article{ID: "huge", Text: text})
			require.NoError(t, err)
			require.NoError(t, checkDocument(d))
			assert.Len(t, d.Paragraphs, 1)
		})
	}
}

func TestParseSeedOffsets(t *testing.T) {
	for _, path := range seedPaths(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			a, err := ReadFile(path)
			require.NoError(t, err)
			d, err := Parse(context.Background(), a)
			require.NoError(t, err)
			require.NoError(t, checkDocument(d))
			assert.NotEmpty(t, d.Sentences)
			for i := range d.Tokens {
				assert.Equal(t, i, d.TokenAt(d.Tokens[i].Start))
			}
			for i, s := range d.Sentences {
				assert.Equal(t, i, d.SentenceAt(s.End-1))
				assert.Equal(t, s.Paragraph, d.ParagraphAt(s.Start))
			}
		})
	}
}

func seedPaths(t testing.TB) []string {
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	return paths
}

func TestGluedComma(t *testing.T) {
	d, err := Parse(context.Background(), &Article{Text: "Among them were Ivo Hale,60, and Ana Ruiz,45. It cost 1,000 dollars."})
	require.NoError(t, err)
	var got []string
	for _, tk := range d.Tokens {
		got = append(got, tk.Text)
	}
	assert.Equal(t, []string{"Among", "them", "were", "Ivo", "Hale", ",", "60", ",", "and", "Ana", "Ruiz", ",", "45", ".",
		"It", "cost", "1,000", "dollars", "."}, got)
}

func TestGluedQuote(t *testing.T) {
	d, err := Parse(context.Background(), &Article{Text: `Ana Ruiz said,“Look, we stay.”The mayor left.“Go,”she said:"Go home."`})
	require.NoError(t, err)
	var toks, sents []string
	for _, tk := range d.Tokens {
		toks = append(toks, tk.Text)
	}
	for _, s := range d.Sentences {
		sents = append(sents, s.In(d.Text))
	}
	assert.Equal(t, []string{"Ana", "Ruiz", "said", ",", "“", "Look", ",", "we", "stay", ".", "”", "The", "mayor", "left", ".",
		"“", "Go", ",", "”", "she", "said", ":", `"`, "Go", "home", ".", `"`}, toks)
	assert.Equal(t, []string{"Ana Ruiz said,“Look, we stay.”", "The mayor left.", `“Go,”she said:"Go home."`}, sents)
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"title abbreviations", "The talks were led by Gov. Brown and Capt. Jones of the navy. They ended.",
			[]string{"The talks were led by Gov. Brown and Capt. Jones of the navy.", "They ended."}},
		{"acronyms", "The U.S. Army and the U.N. Special Rapporteur met on Sept. 23 in Vienna.",
			[]string{"The U.S. Army and the U.N. Special Rapporteur met on Sept. 23 in Vienna."}},
		{"initials", "It was signed by R. T. Hollis and Mary K. Dunmore. Nobody read it.",
			[]string{"It was signed by R. T. Hollis and Mary K. Dunmore.", "Nobody read it."}},
		{"initial after a comma", "Kent made 312 ( R. Hale 64 not out , T. Marsh 51 ). Rain fell.",
			[]string{"Kent made 312 ( R. Hale 64 not out , T. Marsh 51 ).", "Rain fell."}},
		{"quote after stop", "“We are done.” Then the minister left the room.",
			[]string{"“We are done.”", "Then the minister left the room."}},
		{"straight quote after stop", `He said, "Go home." She went.`,
			[]string{`He said, "Go home."`, "She went."}},
		{"lower-case continuation", "Prices rose 5 pct. in the month. Analysts expected more.",
			[]string{"Prices rose 5 pct. in the month.", "Analysts expected more."}},
		{"acronym ends sentence", "The envoy flew to the U.S. The talks begin today.",
			[]string{"The envoy flew to the U.S.", "The talks begin today."}},
		{"split quotation", "“It is over,” he said. “We go home.”",
			[]string{"“It is over,” he said.", "“We go home.”"}},
		{"numbered list items", "Results:\n\n2. Jan Novak ( Czech Republic ) 3:51.01\n\n3. Eva Horak ( Slovakia ) 3:52.40",
			[]string{"Results:", "2. Jan Novak ( Czech Republic ) 3:51.01", "3. Eva Horak ( Slovakia ) 3:52.40"}},
		{"two apostrophes close a quotation", "He called the memo ''not in keeping with our values.'' The paper said it would reply. He said ''Mr.'' Smith twice.",
			[]string{"He called the memo ''not in keeping with our values.''", "The paper said it would reply.", "He said ''Mr.'' Smith twice."}},
		{"number ending a sentence", "The vote was 12 to 2. Then the meeting ended.",
			[]string{"The vote was 12 to 2.", "Then the meeting ended."}},
		{"the answer no ends a sentence, the number No. does not", "She said no. The mayor left. It ranked No. 4 in the poll.",
			[]string{"She said no.", "The mayor left.", "It ranked No. 4 in the poll."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(context.Background(), &Article{Text: tc.text})
			require.NoError(t, err)
			var got []string
			for _, s := range d.Sentences {
				got = append(got, s.In(d.Text))
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestHeading(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Minister: Talks will resume next week", true},
		{"Rebels shell the city, three people killed", true},
		{"Whose Airstrike Hit the Convoy?", true},
		{"The minister said the talks would resume next week.", false},
		{"He told reporters:", false},
		{"and then the talks resumed", false},
		{strings.Repeat("word ", 25), false},
	}
	for _, tc := range tests {
		d, err := Parse(context.Background(), &Article{Text: tc.text})
		require.NoError(t, err)
		require.Len(t, d.Paragraphs, 1)
		assert.Equal(t, tc.want, d.Paragraphs[0].Heading, "%q", tc.text)
	}
}

func TestParseConcurrent(t *testing.T) {
	paths := seedPaths(t)
	want := make([]int, len(paths))
	arts := make([]*Article, len(paths))
	for i, p := range paths {
		a, err := ReadFile(p)
		require.NoError(t, err)
		arts[i] = a
		d, err := Parse(context.Background(), a)
		require.NoError(t, err)
		want[i] = len(d.Tokens)
	}
	var wg sync.WaitGroup
	got := make([]int, len(paths)*2)
	for k := range got {
		wg.Go(func() {
			d, err := Parse(context.Background(), arts[k%len(arts)])
			if err == nil {
				got[k] = len(d.Tokens)
			}
		})
	}
	wg.Wait()
	for k, n := range got {
		assert.Equal(t, want[k%len(want)], n)
	}
}
