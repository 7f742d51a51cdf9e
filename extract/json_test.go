package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// seedResults extracts every seed, read as corpus.ReadFile reads it (title
// and date from the text) with a source added, with a pipeline made with
// opts.
func seedResults(t testing.TB, opts ...Option) []*Result {
	t.Helper()
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	p, err := New(opts...)
	require.NoError(t, err)
	var out []*Result
	for _, path := range paths {
		a, err := corpus.ReadFile(path)
		require.NoError(t, err)
		a.Source = "seed feed"
		res, err := p.Extract(context.Background(), a)
		require.NoError(t, err)
		out = append(out, res)
	}
	return out
}

// withJSON returns a copy of res that writes its layout, text and char
// offsets as told.
func withJSON(res *Result, layout, text, chars bool) *Result {
	r := *res
	r.layout, r.text, r.chars = layout, text, chars
	return &r
}

func marshal(t testing.TB, r *Result) string {
	t.Helper()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	return string(b)
}

// charKeys matches the keys WithCharOffsets adds, none of which comes
// first in its object.
var charKeys = regexp.MustCompile(`,"(?:cue_)?char_(?:start|end)":\d+`)

// TestJSONRoundTrip writes every seed's Result, reads it back and writes
// it again: the bytes are the same, and so is every field the JSON
// carries, with and without the trace, the layout, the text and the char
// offsets.
func TestJSONRoundTrip(t *testing.T) {
	for _, trace := range []bool{false, true} {
		for _, res := range seedResults(t, WithTrace(trace)) {
			for _, flags := range [][3]bool{
				{false, false, false}, {true, false, false}, {false, true, false}, {false, false, true},
				{false, true, true}, {true, true, true},
			} {
				name := fmt.Sprintf("%s/trace=%t/layout=%t/text=%t/chars=%t",
					filepath.Base(res.Doc.Article.ID), trace, flags[0], flags[1], flags[2])
				t.Run(name, func(t *testing.T) {
					want := withJSON(res, flags[0], flags[1], flags[2])
					b := marshal(t, want)
					var got Result
					require.NoError(t, json.Unmarshal([]byte(b), &got))
					again := marshal(t, &got)
					if want.chars && !want.text {
						// Without the text the char offsets cannot be
						// derived again, and are not written.
						sameJSON(t, charKeys.ReplaceAllString(b, ""), again)
					} else {
						sameJSON(t, b, again)
					}
					assertSameResult(t, want, &got)
				})
			}
		}
	}
}

// assertSameResult checks that got, read from want's JSON, has every field
// of want that the JSON carries, and the zero value elsewhere.
func assertSameResult(t *testing.T, want, got *Result) {
	t.Helper()
	require.NotNil(t, got.Doc)
	require.NotNil(t, got.Doc.Article)
	wa, ga := *want.Doc.Article, *got.Doc.Article
	if want.text {
		assert.True(t, wa.Date.Equal(ga.Date), "date %v, read %v", wa.Date, ga.Date)
		sameJSON(t, wa.Text, ga.Text)
		assert.True(t, got.Doc.Text == ga.Text, "Doc.Text is Article.Text")
		ga.Date, ga.Text = wa.Date, wa.Text
		assert.Equal(t, wa, ga)
	} else {
		assert.Equal(t, corpus.Article{ID: wa.ID}, ga)
		assert.Empty(t, got.Doc.Text)
	}

	ents := make([]*entity.Entity, len(want.Entities))
	for i, e := range want.Entities {
		c := *e
		c.Mentions = slices.Clone(e.Mentions)
		for j := range c.Mentions {
			c.Mentions[j].Type = ""
		}
		c.TitleMentions, c.Gender = nil, entity.Unknown
		ents[i] = &c
	}
	sameElems(t, "entity", nilIfEmpty(ents), got.Entities)
	sameElems(t, "claim", nilIfEmpty(want.Claims), got.Claims)
	sameElems(t, "author", nilIfEmpty(want.Authors), got.Authors)
	sameElems(t, "credit", nilIfEmpty(want.Credits), got.Credits)
	dl := want.Dateline
	dl.All = corpus.Span{}
	assert.Equal(t, dl, got.Dateline)
	assert.Equal(t, corpus.Meta{Authors: got.Authors, Credits: got.Credits, Dateline: got.Dateline}, got.Doc.Meta)

	if want.layout {
		sameElems(t, "sentence", want.Doc.Sentences, got.Doc.Sentences)
		sameElems(t, "token", want.Doc.Tokens, got.Doc.Tokens)
	} else {
		assert.Nil(t, got.Doc.Sentences)
		assert.Nil(t, got.Doc.Tokens)
	}
	assert.Equal(t, want.layout && len(want.Doc.Tokens) > 0, got.layout)
	assert.Equal(t, want.text, got.text)
	assert.Equal(t, want.chars && want.text, got.chars)
}

// sameJSON checks that got is want (JSON or text), and shows where they part: testify's
// diff of two long lines would take minutes.
func sameJSON(t *testing.T, want, got string) {
	t.Helper()
	if want == got {
		return
	}
	i := 0
	for i < min(len(want), len(got)) && want[i] == got[i] {
		i++
	}
	from := max(0, i-60)
	t.Errorf("JSON differs at byte %d:\nwant ...%s\ngot  ...%s", i, want[from:min(len(want), i+60)], got[from:min(len(got), i+60)])
}

// sameElems checks that got is want, nil and all, and shows the first
// element that differs: testify's diff of long slices would take minutes.
func sameElems[T any](t *testing.T, what string, want, got []T) {
	t.Helper()
	require.Equal(t, want == nil, got == nil, "%s list nil", what)
	require.Len(t, got, len(want), "%s list", what)
	for i := range want {
		if !reflect.DeepEqual(want[i], got[i]) {
			assert.Equal(t, want[i], got[i], "%s %d", what, i)
			return
		}
	}
}

// legacyResult and legacyJSON are the JSON of a Result as written before
// the options WithText and WithCharOffsets were added.
type legacyResult struct {
	Doc       string            `json:"doc"`
	Entities  []*entity.Entity  `json:"entities"`
	Claims    []claim.Claim     `json:"claims"`
	Authors   []corpus.Name     `json:"authors"`
	Credits   []corpus.Name     `json:"credits"`
	Dateline  *corpus.Dateline  `json:"dateline,omitempty"`
	Sentences []corpus.Sentence `json:"sentences,omitempty"`
	Tokens    []corpus.Token    `json:"tokens,omitempty"`
}

func legacyJSON(t *testing.T, r *Result) string {
	t.Helper()
	w := legacyResult{Doc: r.Doc.Article.ID, Entities: emptyIfNil(r.Entities), Claims: emptyIfNil(r.Claims),
		Authors: emptyIfNil(r.Authors), Credits: emptyIfNil(r.Credits)}
	if r.Dateline.Len() > 0 {
		w.Dateline = &r.Dateline
	}
	if r.layout {
		w.Sentences, w.Tokens = r.Doc.Sentences, r.Doc.Tokens
	}
	b, err := json.Marshal(w)
	require.NoError(t, err)
	return string(b)
}

// TestJSONDefaultUnchanged checks that with WithText and WithCharOffsets
// off the JSON is what it was before they existed, byte for byte, and has
// none of their keys.
func TestJSONDefaultUnchanged(t *testing.T) {
	for _, res := range seedResults(t, WithTrace(true)) {
		for _, layout := range []bool{false, true} {
			r := withJSON(res, layout, false, false)
			b := marshal(t, r)
			sameJSON(t, legacyJSON(t, r), b)
			assert.NotContains(t, b, `"char_`)
			assert.NotContains(t, b, `"cue_char_`)
			var top map[string]json.RawMessage
			require.NoError(t, json.Unmarshal([]byte(b), &top))
			for k := range top {
				assert.Contains(t, []string{"doc", "entities", "claims", "authors", "credits", "dateline", "sentences", "tokens"}, k)
			}
		}
	}
}

// TestCharOffsetsAddOnly checks that WithCharOffsets only adds keys:
// deleting them gives the JSON without it, byte for byte. A field added
// to a claim, an entity or a corpus type that the char types of
// offsets.go lack fails here.
func TestCharOffsetsAddOnly(t *testing.T) {
	for _, res := range seedResults(t, WithTrace(true)) {
		for _, text := range []bool{false, true} {
			with := marshal(t, withJSON(res, true, text, true))
			without := marshal(t, withJSON(res, true, text, false))
			sameJSON(t, without, charKeys.ReplaceAllString(with, ""))
			assert.Contains(t, with, `"char_start"`)
			assert.Contains(t, with, `"cue_char_start"`)
			checkCharSpans(t, res.Doc.Text, with)
		}
	}
}

// charSpanOf is one span of a Result's JSON with its code-point offsets.
type charSpanOf struct {
	start, end, charStart, charEnd int
}

// checkCharSpans checks that every span of the JSON b outside traces has
// code-point offsets, and that they slice text as Python would: the
// slice of []rune(text) is the slice of the bytes. It returns the spans.
func checkCharSpans(t *testing.T, text, b string) []charSpanOf {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal([]byte(b), &v))
	runes := []rune(text)
	var spans []charSpanOf
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for _, pre := range []string{"", "cue_"} {
				if _, ok := v[pre+"start"]; !ok {
					continue
				}
				num := func(k string) int {
					f, ok := v[pre+k].(float64)
					require.True(t, ok, "%s%s in %v", pre, k, v)
					return int(f)
				}
				s := charSpanOf{num("start"), num("end"), num("char_start"), num("char_end")}
				require.True(t, s.charStart >= 0 && s.charStart <= s.charEnd && s.charEnd <= len(runes), "%+v", s)
				assert.Equal(t, text[s.start:s.end], string(runes[s.charStart:s.charEnd]), "%+v", s)
				spans = append(spans, s)
			}
			for k, x := range v {
				if k != "trace" {
					walk(x)
				}
			}
		}
	}
	walk(v)
	return spans
}

// TestCharOffsetsNonASCII checks the code-point offsets of a text with
// accents, a dash, an emoji, a flag of two code points and CJK against
// Python's, computed with
// python3 -c 'b = text.encode(); print(len(b[:start].decode()), len(b[:end].decode()))'.
func TestCharOffsetsNonASCII(t *testing.T) {
	text := "“Café prices rose — again 😀,” said Zoë Müller on Monday.\n\n" +
		"Renée Dufour said the 🇨🇦 flag and the sign 市場 would stay.\n\n" +
		"“Über alles, no,” Müller told the Gazette Ünal.\n"
	p, err := New(WithCharOffsets(true), WithLayout(true))
	require.NoError(t, err)
	res, err := p.Extract(context.Background(), &corpus.Article{ID: "a1", Text: text})
	require.NoError(t, err)
	spans := checkCharSpans(t, text, marshal(t, res))

	tests := []struct {
		text string
		want charSpanOf
	}{
		{"Zoë Müller", charSpanOf{45, 57, 35, 45}},
		{"Renée Dufour", charSpanOf{70, 83, 58, 70}},
		{"Müller", charSpanOf{163, 170, 135, 141}},
		{"Café prices rose — again 😀", charSpanOf{3, 35, 1, 27}},
		{"said", charSpanOf{40, 44, 30, 34}},
		{"the 🇨🇦 flag and the sign 市場 would stay", charSpanOf{89, 137, 76, 114}},
		{"said", charSpanOf{84, 88, 71, 75}},
		{"Über alles, no", charSpanOf{143, 158, 118, 132}},
		{"told", charSpanOf{171, 175, 142, 146}},
	}
	for _, tt := range tests {
		require.Equal(t, tt.text, text[tt.want.start:tt.want.end])
		assert.Contains(t, spans, tt.want, "%q", tt.text)
	}
	assert.Equal(t, 165, utf8.RuneCountInString(text), "len(text) in Python")
}

// FuzzResultJSON reads any bytes as a Result's JSON: no panic, and a
// Result read is written as it reads back.
func FuzzResultJSON(f *testing.F) {
	for _, s := range []string{
		`{"doc":"a","entities":[],"claims":[],"authors":[],"credits":[]}`,
		`{"doc":"a","text":"“Ça va,” Ana Ruiz said.","entities":[{"id":"E1","name":"Ana Ruiz","type":"PERSON",` +
			`"aliases":null,"titles":[],"mentions":[{"start":13,"end":21,"char_start":9,"char_end":17,"text":"Ana Ruiz"}]}],` +
			`"claims":[{"kind":"direct","act":"statement","text":"Ça va","start":3,"end":9,"char_start":1,"char_end":6,` +
			`"cue":"said","cue_start":22,"cue_end":26,"cue_char_start":18,"cue_char_end":22,` +
			`"speaker":{"entity":"E1","name":"Ana Ruiz","text":"Ana Ruiz","start":13,"end":21,"char_start":9,"char_end":17},` +
			`"confidence":0.9,"rule":"quote-cue-name"}],"authors":[],"credits":[],"dateline":{"start":-4,"end":99,"text":"X"}}`,
		`{"entities":[null],"text":"","sentences":[{"start":5,"end":2,"char_start":0}],"tokens":[{"start":9,"end":1,"text":"é"}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Result
		if json.Unmarshal(data, &r) != nil {
			return
		}
		b, err := json.Marshal(&r)
		if err != nil {
			return // a date past year 9999, say
		}
		var again Result
		require.NoError(t, json.Unmarshal(b, &again), "%s", b)
		b2, err := json.Marshal(&again)
		require.NoError(t, err)
		sameJSON(t, string(b), string(b2))
		_ = r.ClaimsAbout("E1")
		_ = r.ClaimsBy("E1")
	})
}

// BenchmarkMarshalJSON writes the seeds' Results with the layout, without
// and with code-point offsets, in bytes of article per second.
func BenchmarkMarshalJSON(b *testing.B) {
	res := seedResults(b)
	var n int64
	for _, r := range res {
		n += int64(len(r.Doc.Text))
	}
	for _, chars := range []bool{false, true} {
		b.Run(fmt.Sprintf("chars=%t", chars), func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				for _, r := range res {
					if _, err := json.Marshal(withJSON(r, true, false, chars)); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
