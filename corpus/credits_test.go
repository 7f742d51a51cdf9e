package corpus

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// metaView is a Meta as the tests write it: texts instead of offsets.
type metaView struct {
	Spans    []string // "kind: text"
	Authors  []string
	Credits  []string // "person: text" or "outlet: text"
	Dateline string
}

func viewMeta(text string, m Meta) metaView {
	var v metaView
	for _, s := range m.Spans {
		v.Spans = append(v.Spans, string(s.Kind)+": "+s.In(text))
	}
	for _, n := range m.Authors {
		v.Authors = append(v.Authors, n.Text)
	}
	for _, n := range m.Credits {
		v.Credits = append(v.Credits, string(n.Kind)+": "+n.Text)
	}
	v.Dateline = m.Dateline.Text
	return v
}

// story is a body of prose for the shapes below to stand in.
const story = "The minister said on Monday that the talks would resume.\n\n" +
	"Officials in the capital welcomed the news.\n\n" +
	"The next round is due in May.\n\n" +
	"Both sides said they hoped for a deal.\n\n"

func TestFindMetaBylines(t *testing.T) {
	tests := []struct {
		name string
		text string
		want metaView
	}{
		{"by, outlet", "Talks Resume\n\nBy Jane Roe, Daily Courier\n\n" + story, metaView{
			Spans: []string{"byline: By Jane Roe, Daily Courier"}, Authors: []string{"Jane Roe"}, Credits: []string{"outlet: Daily Courier"}}},
		{"by two, bar", "By Jane Roe and John Doe | The Evening Star\n\n" + story, metaView{
			Spans: []string{"byline: By Jane Roe and John Doe | The Evening Star"}, Authors: []string{"Jane Roe", "John Doe"},
			Credits: []string{"outlet: The Evening Star"}}},
		{"by in capitals, job", "BY JANE ROE, STAFF WRITER\n\n" + story, metaView{
			Spans: []string{"byline: BY JANE ROE, STAFF WRITER"}, Authors: []string{"JANE ROE"}}},
		{"by an agency", "By The Associated Press\n\n" + story, metaView{
			Spans: []string{"byline: By The Associated Press"}, Credits: []string{"outlet: The Associated Press"}}},
		{"name, agency at the top", "Jane Roe, The Canadian Press\n\n" + story, metaView{
			Spans: []string{"byline: Jane Roe, The Canadian Press"}, Authors: []string{"Jane Roe"}, Credits: []string{"outlet: The Canadian Press"}}},
		{"name and job", "Talks Resume\nJane Roe National Online Journalist\n\n" + story, metaView{
			Spans: []string{"byline: Jane Roe National Online Journalist"}, Authors: []string{"Jane Roe"}}},
		{"follow line", story + "Follow Jane Roe on Twitter @janeroe.\n", metaView{
			Spans: []string{"byline: Follow Jane Roe on Twitter @janeroe."}, Authors: []string{"Jane Roe"}}},
		{"author's note", story + "Rain is due. Jane Roe is the Courier's food writer. Follow her on Twitter: @janeroe\n", metaView{
			Spans:   []string{"byline: Jane Roe is the Courier's food writer. Follow her on Twitter: @janeroe"},
			Authors: []string{"Jane Roe"}}},
		{"no byline: by in prose", "By now it is plain to all that Jane Roe won.\n\n" + story, metaView{}},
		{"no byline: a name and a role", "Jane Roe, Prime Minister\n\n" + story, metaView{}},
		{"no note without a way to reach", story + "Jane Roe is a writer for the Courier.\n", metaView{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := FindMeta(tc.text)
			require.NoError(t, checkMeta(tc.text, m))
			assert.Equal(t, tc.want, viewMeta(tc.text, m))
		})
	}
}

func TestFindMetaCredits(t *testing.T) {
	tests := []struct {
		name string
		text string
		want metaView
	}{
		{"bracketed, in a caption", story + "The ministers at the harbour on Monday. (Jane Roe/Wire Agency)\n", metaView{
			Spans: []string{"credit: (Jane Roe/Wire Agency)"}, Credits: []string{"person: Jane Roe", "outlet: Wire Agency"}}},
		{"spaced, file photo", "Officials met. ( Jane Roe / Toronto Star File Photo ). They agreed.\n\n" + story, metaView{
			Spans: []string{"credit: ( Jane Roe / Toronto Star File Photo )"}, Credits: []string{"person: Jane Roe", "outlet: Toronto Star"}}},
		{"photo label", story + "The harbour at dawn (Photo: Jane Roe)\n", metaView{
			Spans: []string{"credit: (Photo: Jane Roe)"}, Credits: []string{"person: Jane Roe"}}},
		{"picture library alone", story + "The harbour at dawn. (Getty Images)\n", metaView{
			Spans: []string{"credit: (Getty Images)"}, Credits: []string{"outlet: Getty Images"}}},
		{"three parts", story + "The harbour. (Jane Roe/AFP/Getty Images).\n", metaView{
			Spans:   []string{"credit: (Jane Roe/AFP/Getty Images)"},
			Credits: []string{"person: Jane Roe", "outlet: AFP", "outlet: Getty Images"}}},
		{"outlet then person", story + "The harbour at dawn. (Instagram/Jane Roe)\n", metaView{
			Spans: []string{"credit: (Instagram/Jane Roe)"}, Credits: []string{"outlet: Instagram", "person: Jane Roe"}}},
		{"trailing, no brackets", story + "Two ministers meet in Oslo on Monday. Jane Roe/The Associated Press\n", metaView{
			Spans: []string{"credit: Jane Roe/The Associated Press"}, Credits: []string{"person: Jane Roe", "outlet: The Associated Press"}}},
		{"trailing, glued", story + "A refinery near Oslo. REUTERS/Jane Roe/File Photo Jane Roe/Reuters\n", metaView{
			Spans:   []string{"credit: REUTERS/Jane Roe/File Photo Jane Roe/Reuters"},
			Credits: []string{"outlet: REUTERS", "person: Jane Roe", "person: Jane Roe", "outlet: Reuters"}}},
		{"leading, then caption", story + "Jane Roe / The Canadian Press Two ministers meet in Oslo.\n", metaView{
			Spans: []string{"credit: Jane Roe / The Canadian Press"}, Credits: []string{"person: Jane Roe", "outlet: The Canadian Press"}}},
		{"leading, agencies via", story + "Jane Roe / PA Images via Getty Images John Doe at a ceremony in Oslo.\n", metaView{
			Spans:   []string{"credit: Jane Roe / PA Images via Getty Images"},
			Credits: []string{"person: Jane Roe", "outlet: PA Images", "outlet: Getty Images"}}},
		{"leading, agency before a name", story + "Jane Roe/CP Foreign Minister John Doe speaks in Oslo.\n", metaView{
			Spans: []string{"credit: Jane Roe/CP"}, Credits: []string{"person: Jane Roe", "outlet: CP"}}},
		{"outlets alone on a line", story + "Getty/Instagram.\n", metaView{
			Spans: []string{"credit: Getty/Instagram."}, Credits: []string{"outlet: Getty", "outlet: Instagram"}}},
		{"with files from", story + "— With files from The Associated Press\n", metaView{
			Spans: []string{"credit: — With files from The Associated Press"}, Credits: []string{"outlet: The Associated Press"}}},
		{"with files from people", story + "– With files from Jane Roe, John Doe and Ann Lee\n", metaView{
			Spans:   []string{"credit: – With files from Jane Roe, John Doe and Ann Lee"},
			Credits: []string{"person: Jane Roe", "person: John Doe", "person: Ann Lee"}}},
		{"with files from an outlet's reporter", story + "With files from City Radio's Jane Roe\n", metaView{
			Spans: []string{"credit: With files from City Radio's Jane Roe"}, Credits: []string{"outlet: City Radio", "person: Jane Roe"}}},
		{"reporting and editing", story + "(Reporting by Jane Roe in Oslo; Additional reporting by John Doe; Editing by Ann Lee.)\n", metaView{
			Spans:   []string{"credit: (Reporting by Jane Roe in Oslo; Additional reporting by John Doe; Editing by Ann Lee.)"},
			Credits: []string{"person: Jane Roe", "person: John Doe", "person: Ann Lee"}}},
		{"reporting after a sentence", story + "The vote is in May. Reporting by Jane Roe; Editing by Ann Lee\n", metaView{
			Spans: []string{"credit: Reporting by Jane Roe; Editing by Ann Lee"}, Credits: []string{"person: Jane Roe", "person: Ann Lee"}}},
		{"contributed reporting", story + "Jane Roe and John Doe contributed reporting.\n", metaView{
			Spans: []string{"credit: Jane Roe and John Doe contributed reporting."}, Credits: []string{"person: Jane Roe", "person: John Doe"}}},
		{"reported from", story + "Jane Roe reported from Oslo, and John Doe and Ann Lee from Bergen, Norway.\n", metaView{
			Spans:   []string{"credit: Jane Roe reported from Oslo, and John Doe and Ann Lee from Bergen, Norway."},
			Credits: []string{"person: Jane Roe", "person: John Doe", "person: Ann Lee"}}},
		{"no credit: a poll's sponsors", "The Post/City News poll shows a tie (Post/City News).\n\n" + story, metaView{}},
		{"no credit: a party label", "Rep. Jane Roe (D-N.Y.) said so.\n\n" + story, metaView{}},
		{"no credit: a remark in brackets", "He met Tom (Ann’s brother) at the club.\n\n" + story, metaView{}},
		{"no credit: reporting in prose", "Reporting by the Times found that the plan failed.\n\n" + story, metaView{}},
		{"no credit: a slash in prose", "It rained. Roe/Doe signs were everywhere.\n\n" + story, metaView{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := FindMeta(tc.text)
			require.NoError(t, checkMeta(tc.text, m))
			assert.Equal(t, tc.want, viewMeta(tc.text, m))
		})
	}
}

func TestFindMetaDatelines(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		dateline string // the place, "" for none
		all      string // the whole dateline
		credits  []string
	}{
		{"em dash", "OSLO — The ministers met on Monday.\n\n" + story, "OSLO", "OSLO —", nil},
		{"agency", "Talks Resume\n\nWASHINGTON (AP) — The ministers met on Monday.\n\n" + story, "WASHINGTON", "WASHINGTON (AP) —", []string{"outlet: AP"}},
		{"date and agency", "LONDON, Jan. 3 (Reuters) - The ministers met on Monday.\n\n" + story, "LONDON", "LONDON, Jan. 3 (Reuters) -", []string{"outlet: Reuters"}},
		{"region", "PORT LOUIS, Mauritius — The ministers met on Monday.\n\n" + story, "PORT LOUIS, Mauritius", "PORT LOUIS, Mauritius —", nil},
		{"region, date, agency", "ITHACA, N.Y., Oct. 14 (UPI) — The ministers met.\n\n" + story, "ITHACA, N.Y.", "ITHACA, N.Y., Oct. 14 (UPI) —", []string{"outlet: UPI"}},
		{"double hyphen", "ST. JOHN'S, N.L. -- The ministers met on Monday.\n\n" + story, "ST. JOHN'S, N.L.", "ST. JOHN'S, N.L. --", nil},
		{"glued dash", "BERGEN—The ministers met on Monday.\n\n" + story, "BERGEN", "BERGEN—", nil},
		{"horizontal bar", "OSLO ― The ministers met on Monday.\n\n" + story, "OSLO", "OSLO ―", nil},
		{"after a byline", "Jane Roe, The Associated Press\n\nDETROIT -- The ministers met.\n\n" + story, "DETROIT", "DETROIT --", []string{"outlet: The Associated Press"}},
		{"non-ASCII place", "MÜNCHEN — Die Minister trafen sich am Montag.\n\n" + story, "MÜNCHEN", "MÜNCHEN —", nil},
		{"no place: a label", "BREAKING — The minister resigned on Monday.\n\n" + story, "", "", nil},
		{"no place: a line in capitals", "TALKS — THE LAST ROUND\n\n" + story, "", "", nil},
		{"no place: deep in the text", story + story + "JANE ROE -- Roe is on a medical exemption this year.\n", "", "", nil},
		{"no place: a hyphenated word", "OSLO-based firms grew this year.\n\n" + story, "", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := FindMeta(tc.text)
			require.NoError(t, checkMeta(tc.text, m))
			assert.Equal(t, tc.dateline, m.Dateline.Text)
			assert.Equal(t, tc.all, m.Dateline.All.In(tc.text))
			assert.Equal(t, tc.credits, viewMeta(tc.text, m).Credits)
		})
	}
}

func TestMetaCreditedAndClip(t *testing.T) {
	text := "WASHINGTON (AP) — Jane Roe met John Doe.\n\n" + story + "Jane Roe at the harbour. (John Doe/Wire Agency)\n"
	m := FindMeta(text)
	require.NoError(t, checkMeta(text, m))
	span := func(s string, nth int) Span {
		at := -1
		for range nth + 1 {
			at += 1 + strings.Index(text[at+1:], s)
		}
		return Span{Start: at, End: at + len(s)}
	}
	assert.True(t, m.Credited(span("AP", 0)), "the dateline's agency")
	assert.False(t, m.Credited(span("WASHINGTON", 0)), "the dateline's place is no credit")
	assert.False(t, m.Credited(span("John Doe", 0)), "John Doe of the story")
	assert.True(t, m.Credited(span("John Doe", 1)), "John Doe of the credit")
	assert.True(t, m.Credited(span("Wire Agency", 0)))
	assert.False(t, m.Credited(Span{}))

	first := Span{Start: 0, End: strings.Index(text, "\n")}
	assert.Equal(t, "Jane Roe met John Doe.", m.Clip(text, first).In(text))
	assert.Equal(t, Span{}, m.Clip(text, span("WASHINGTON", 0)), "inside the dateline")
	later := span("The minister said", 0)
	assert.Equal(t, later, m.Clip(text, later), "after the dateline")
	var none Meta
	assert.Equal(t, first, none.Clip(text, first))
}

// metaOffsetCases are texts whose bytes and runes differ, with bylines,
// credits and datelines in them.
var metaOffsetCases = []string{
	"SÃO PAULO — José Núñez said the talks would resume.\n\nMore text here.\n",
	"José Núñez, The Canadian Press\r\n\r\nZÜRICH (AP) — Officials met.\r\n",
	"Officials met. (Zoë Ångström/Agência Estado)\n\nThe end.\n",
	"Ñandú Pérez / The Canadian Press Los ministros en Oslo.\n\nMore.\n",
	"— With files from Søren Kierkegaard and Björk Guðmundsdóttir\n",
	"By Łukasz Żółć,\u00a0Gazeta Times\n\nText follows here now.\n",
	"(Reporting by Chloé Dupré in Orléans; Editing by Zoë Ångström.)\n",
	"ORLÉANS\u00a0— Chloé Dupré a parlé lundi.\n\nEt puis.\n",
	"日本語の文章。 (Jane Roe/Reuters)\n",
	"Jane Roe is the Courier’s café writer. Follow her on Twitter: @roe 🕊️\n",
	"bad \xff bytes (Jane Roe/Reuters)\n\nOSLO \xfe— x y z\n",
}

func TestMetaOffsets(t *testing.T) {
	for _, text := range metaOffsetCases {
		t.Run(text[:min(len(text), 20)], func(t *testing.T) {
			m := FindMeta(text)
			require.NoError(t, checkMeta(text, m))
			assert.NotEmpty(t, m.Spans, "some metadata in %q", text)
		})
	}
}

func TestCreditData(t *testing.T) {
	w, err := parseCreditWords(creditData)
	require.NoError(t, err)
	used := map[creditClass]bool{}
	for _, c := range w.word {
		for k := creditClass(1); k <= classLead; k <<= 1 {
			used[k] = used[k] || c&k != 0
		}
	}
	for name, c := range creditClasses {
		assert.True(t, used[c] || c == classAgency, "class %s has words", name)
	}
	assert.NotEmpty(t, w.agencies)
	_, err = parseCreditWords("nonsense Word\n")
	assert.Error(t, err)
	assert.True(t, w.isAgency("the associated press"))
	assert.True(t, w.isAgency("REUTERS"))
	assert.False(t, w.isAgency("The Daily Courier"))
}

// checkMeta verifies the invariants of m over text: every span is in
// bounds, does not cut a rune and locates its text; the spans are sorted
// and disjoint; every name lies in a span of m, and the dateline's place
// in its whole.
func checkMeta(text string, m Meta) error {
	ok := func(s Span) bool {
		return 0 <= s.Start && s.Start < s.End && s.End <= len(text) && !cutsRune(text, s.Start) && !cutsRune(text, s.End)
	}
	prev := 0
	for i, s := range m.Spans {
		if !ok(s.Span) || s.Start < prev {
			return fmt.Errorf("span %d %+v out of order, overlapping or out of bounds", i, s)
		}
		if s.Kind == "" {
			return fmt.Errorf("span %d has no kind", i)
		}
		prev = s.End
	}
	inSpan := func(n Name) bool {
		for _, s := range m.Spans {
			if s.Contains(n.Span) {
				return true
			}
		}
		return false
	}
	for _, list := range [][]Name{m.Authors, m.Credits} {
		prev = 0
		for _, n := range list {
			if !ok(n.Span) || text[n.Start:n.End] != n.Text || n.Start < prev {
				return fmt.Errorf("name %+v does not locate its text or is out of order", n)
			}
			if n.Kind != PersonName && n.Kind != OutletName {
				return fmt.Errorf("name %q has kind %q", n.Text, n.Kind)
			}
			if !inSpan(n) {
				return fmt.Errorf("name %q lies in no byline, credit or dateline", n.Text)
			}
			prev = n.Start
		}
	}
	for _, n := range m.Authors {
		if n.Kind != PersonName {
			return fmt.Errorf("author %q is no person", n.Text)
		}
	}
	d := m.Dateline
	if d.Len() == 0 {
		if d.All.Len() != 0 || d.Text != "" {
			return fmt.Errorf("dateline %+v without a place", d)
		}
		return nil
	}
	if !ok(d.Span) || !ok(d.All) || text[d.Start:d.End] != d.Text || !d.All.Contains(d.Span) {
		return fmt.Errorf("dateline %+v does not locate its text", d)
	}
	for _, s := range m.Spans {
		if s.Kind == MetaDateline && s.Span == d.All {
			return nil
		}
	}
	return fmt.Errorf("dateline %+v is not among the spans", d)
}

// cutsRune reports whether offset p falls inside a valid multi-byte rune
// of text. Invalid bytes are runes of their own.
func cutsRune(text string, p int) bool {
	for q := p - 1; q >= 0 && q >= p-utf8.UTFMax+1; q-- {
		if utf8.RuneStart(text[q]) {
			r, size := utf8.DecodeRuneInString(text[q:])
			return (r != utf8.RuneError || size > 1) && q+size > p
		}
	}
	return false
}
