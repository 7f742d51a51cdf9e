package view

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
)

// snapshotOf adds results to a new collection and returns its snapshot.
func snapshotOf(t testing.TB, rs ...*extract.Result) *collection.Snapshot {
	t.Helper()
	c := collection.New()
	for _, r := range rs {
		require.NoError(t, c.Add(r))
	}
	return c.Snapshot()
}

func renderCorpus(t testing.TB, s *collection.Snapshot) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, CorpusHTML(&b, s))
	return b.String()
}

var (
	reID     = regexp.MustCompile(` id="([^"]*)"`)
	reHref   = regexp.MustCompile(` href="#([^"]*)"`)
	reAnchor = regexp.MustCompile(` id="(claim|entity)-([^"]*)" data-(claim|entity)="([^"]*)"`)
)

// checkCorpusPage asserts that the page of s is well formed, that every
// claim and entity of s has one anchor, on the element carrying its data
// attribute, with its text inside, that ids are unique and that every
// link inside the page leads to one of them.
func checkCorpusPage(t *testing.T, s *collection.Snapshot, page string) {
	t.Helper()
	d, err := readDOM(page)
	require.NoError(t, err)
	ids := map[string]int{}
	for _, m := range reID.FindAllStringSubmatch(page, -1) {
		ids[m[1]]++
	}
	anchored := map[string]int{}
	for _, m := range reAnchor.FindAllStringSubmatch(page, -1) {
		if m[1] == m[3] && m[2] == m[4] {
			anchored[m[1]+"-"+m[2]]++
		}
	}
	for _, c := range s.Claims {
		assert.Equal(t, 1, ids["claim-"+c.ID], "anchors of claim %s", c.ID)
		assert.Equal(t, 1, anchored["claim-"+c.ID], "anchor of claim %s with its data-claim", c.ID)
		assert.Contains(t, d.text("data-claim", c.ID), clean(c.Text), "claim %s", c.ID)
	}
	for _, e := range s.Entities {
		assert.Equal(t, 1, ids["entity-"+e.ID], "anchors of entity %s", e.ID)
		assert.Equal(t, 1, anchored["entity-"+e.ID], "anchor of entity %s with its data-entity", e.ID)
		assert.Contains(t, d.text("data-entity", e.ID), clean(e.Name), "entity %s", e.ID)
		if len(e.Said) > 0 {
			assert.Equal(t, 1, ids["speaker-"+e.ID], "speaker %s", e.ID)
		}
	}
	assert.Equal(t, len(s.Claims), strings.Count(page, ` id="claim-`), "claim anchors")
	assert.Equal(t, len(s.Entities), strings.Count(page, ` id="entity-`), "entity anchors")
	for id, n := range ids {
		assert.Equal(t, 1, n, "id %q", id)
	}
	for _, m := range reHref.FindAllStringSubmatch(page, -1) {
		assert.Positive(t, ids[m[1]], "link to #%s, which is not on the page", m[1])
	}
	assert.Equal(t, 1, strings.Count(page, "<script"), "one script")
}

// shared counts the claims printed by more than one article.
func shared(s *collection.Snapshot) int {
	n := 0
	for _, c := range s.Claims {
		if distinctArticles(c.Sources) > 1 {
			n++
		}
	}
	return n
}

func TestCorpusHTMLSeeds(t *testing.T) {
	sets := []struct {
		name string
		opts []extract.Option
	}{
		{"statements", nil},
		{"all acts", []extract.Option{extract.WithActs(claim.AllActs()...)}},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			s := snapshotOf(t, seedResults(t, set.opts...)...)
			require.Len(t, s.Articles, 5)
			require.NotEmpty(t, s.Claims)
			page := renderCorpus(t, s)
			checkCorpusPage(t, s, page)
			assert.Contains(t, page, fmt.Sprintf(`<p class="counts">5 articles · %d entities · %d claims · %d printed by more than one article</p>`,
				len(s.Entities), len(s.Claims), shared(s)))
		})
	}
}

// reprints returns the snapshot of the reprints test corpus of package
// collection: invented outlets printing the same quotations.
func reprints(t *testing.T) *collection.Snapshot {
	t.Helper()
	paths, err := filepath.Glob("../collection/testdata/reprints/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	p, err := extract.New()
	require.NoError(t, err)
	var rs []*extract.Result
	for _, path := range paths {
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		a, err := corpus.Read(bytes.NewReader(b), filepath.Base(path))
		require.NoError(t, err)
		r, err := p.Extract(context.Background(), a)
		require.NoError(t, err)
		rs = append(rs, r)
	}
	return snapshotOf(t, rs...)
}

// entryOf returns the page's anchored entry of claim id, up to its end.
func entryOf(t *testing.T, page, id string) string {
	t.Helper()
	i := strings.Index(page, `id="claim-`+id+`"`)
	require.GreaterOrEqual(t, i, 0, "claim %s", id)
	j := strings.Index(page[i:], "</li>")
	require.Positive(t, j)
	return page[i : i+j]
}

// TestCorpusHTMLReprints: a claim printed by several articles lists them
// all, the earliest first, with the earliest date; a part links to its
// whole and the whole to its part.
func TestCorpusHTMLReprints(t *testing.T) {
	s := reprints(t)
	page := renderCorpus(t, s)
	checkCorpusPage(t, s, page)
	dates := map[string]time.Time{}
	for _, a := range s.Articles {
		dates[a.ID] = a.Date
	}
	several, parts := 0, 0
	for _, c := range s.Claims {
		entry := entryOf(t, page, c.ID)
		if distinctArticles(c.Sources) > 1 {
			several++
			require.False(t, c.Date.IsZero())
			assert.Contains(t, entry, " · "+c.Date.Format("2006-01-02")+" · ", "claim %s: its earliest date", c.ID)
			last := -1
			for _, src := range c.Sources {
				at := strings.Index(entry, ">"+src.Article+"<")
				assert.Greater(t, at, last, "claim %s: %s after the articles before it", c.ID, src.Article)
				last = at
			}
		}
		for _, whole := range c.PartOf {
			parts++
			assert.Contains(t, entry, `part of <a href="#claim-`+whole+`"`, "claim %s", c.ID)
			assert.Contains(t, entryOf(t, page, whole), `<a href="#claim-`+c.ID+`"`, "claim %s", whole)
		}
	}
	assert.Positive(t, several, "claims printed by several articles")
	assert.Equal(t, shared(s), several)
	assert.Positive(t, parts, "a part printed alone")
}

// TestCorpusHTMLEscapes checks that markup in texts, names and IDs is
// shown as text.
func TestCorpusHTMLEscapes(t *testing.T) {
	p, err := extract.New()
	require.NoError(t, err)
	r, err := p.Extract(context.Background(), &corpus.Article{ID: "<id>&",
		Text: "“</span></li><script>alert(1)</script> & more,” said Ana Ruiz.\n\n" +
			"“We will <b>win</b> the vote,” Dale Finch said on Monday."})
	require.NoError(t, err)
	require.NotEmpty(t, r.Claims)

	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	made := &collection.Snapshot{
		Articles: []collection.Article{{ID: `a"1`, Date: day}, {ID: "<b>2</b>"}},
		Entities: []collection.Entity{{ID: "E1", Name: "</span><script>x()</script>", Type: "<b>T</b>",
			Aliases: []string{"<i>"}, Titles: []string{`"chief" & <co>`}, Articles: []string{`a"1`, "<b>2</b>"},
			Said: []collection.ClaimRef{{Claim: "C1", Articles: []string{`a"1`, "<b>2</b>"}}}}},
		Claims: []collection.Claim{
			{ID: "C1", Text: "it is <script>alert(1)</script> fine", Date: day, Parts: []string{"C2"},
				Sources: []collection.Source{{Article: `a"1`, Kind: claim.Direct, Speakers: []string{"E1"}},
					{Article: "<b>2</b>", Kind: claim.Direct, Speakers: []string{"E1"}}}},
			{ID: "C2", Text: "<script>alert(1)</script>", PartOf: []string{"C1"},
				Sources: []collection.Source{{Article: "<b>2</b>", Kind: "<k>", Unnamed: "a <b>source</b>"}}},
		},
		Unnamed: []collection.Unnamed{{Name: "a <b>source</b>", Claims: []collection.ClaimRef{{Claim: "C2", Articles: []string{"<b>2</b>"}}}}},
	}
	tests := []struct {
		name string
		s    *collection.Snapshot
		want []string
	}{
		{"pipeline", snapshotOf(t, r), []string{"&lt;/span&gt;&lt;/li&gt;&lt;script&gt;", "&lt;id&gt;&amp;"}},
		{"made", made, []string{"&lt;/span&gt;&lt;script&gt;", "a &lt;b&gt;source&lt;/b&gt;", "&#34;chief&#34; &amp; &lt;co&gt;"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := renderCorpus(t, tt.s)
			checkCorpusPage(t, tt.s, page)
			assert.NotContains(t, page, "<b>")
			assert.NotContains(t, page, "<i>")
			for _, w := range tt.want {
				assert.Contains(t, page, w)
			}
		})
	}
}

func TestCorpusHTMLEmpty(t *testing.T) {
	tests := []struct {
		name string
		s    *collection.Snapshot
	}{
		{"nil", nil},
		{"zero", &collection.Snapshot{}},
		{"empty collection", collection.New().Snapshot()},
		// A snapshot pointing to claims and entities it lacks.
		{"dangling", &collection.Snapshot{
			Entities: []collection.Entity{{ID: "E1", Said: []collection.ClaimRef{{Claim: "C9"}}}},
			Claims:   []collection.Claim{{ID: "C1", Parts: []string{"C7"}, Sources: []collection.Source{{Speakers: []string{"E5"}}}}},
			Unnamed:  []collection.Unnamed{{Name: "x", Claims: []collection.ClaimRef{{Claim: "C8"}}}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := renderCorpus(t, tt.s)
			_, err := readDOM(page)
			require.NoError(t, err)
			if tt.s == nil || len(tt.s.Claims) == 0 {
				assert.Contains(t, page, "0 articles · 0 entities · 0 claims")
			}
		})
	}
}

func TestCorpusHTMLWriteError(t *testing.T) {
	errFull := errors.New("disk full")
	assert.ErrorIs(t, CorpusHTML(failingWriter{errFull}, reprints(t)), errFull)
}

// bigSnapshot makes a snapshot of n claims by n/5 speakers in n/2
// articles, each claim printed by one to four of them, one in ten by an
// unnamed source, one in ten jointly, one in twenty a part of another.
func bigSnapshot(n int) *collection.Snapshot {
	s := &collection.Snapshot{}
	nArt, nEnt := max(n/2, 1), max(n/5, 2)
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for a := range nArt {
		s.Articles = append(s.Articles, collection.Article{ID: fmt.Sprintf("outlet-%05d", a), Date: day.AddDate(0, 0, a%90)})
	}
	named := make([]map[string]bool, nEnt)
	for e := range nEnt {
		name := fmt.Sprintf("Speaker %d", e+1)
		s.Entities = append(s.Entities, collection.Entity{ID: fmt.Sprintf("E%d", e+1), Name: name,
			Type: "PERSON", Aliases: []string{name, fmt.Sprint(e + 1)}, Titles: []string{"minister"}})
		named[e] = map[string]bool{}
	}
	official := collection.Unnamed{Name: "a senior official"}
	for i := range n {
		c := collection.Claim{ID: fmt.Sprintf("C%d", i+1), Date: day,
			Text: fmt.Sprintf("the plan number %d will cost %d million and open in spring", i+1, i%97)}
		if i%20 == 19 {
			c.PartOf = []string{fmt.Sprintf("C%d", i)}
		}
		var arts []string
		for k := range 1 + i%4 {
			arts = append(arts, s.Articles[(i*7+k*13)%nArt].ID)
		}
		var speakers []int
		if i%10 != 3 {
			speakers = append(speakers, i%nEnt)
			if i%10 == 5 {
				speakers = append(speakers, (i+1)%nEnt)
			}
		}
		ref := collection.ClaimRef{Claim: c.ID, Articles: arts}
		for _, a := range arts {
			src := collection.Source{Article: a, Kind: claim.Direct}
			for _, e := range speakers {
				src.Speakers = append(src.Speakers, s.Entities[e].ID)
				named[e][a] = true
			}
			if speakers == nil {
				src.Unnamed = official.Name
			}
			c.Sources = append(c.Sources, src)
		}
		for _, e := range speakers {
			s.Entities[e].Said = append(s.Entities[e].Said, ref)
		}
		if speakers == nil {
			official.Claims = append(official.Claims, ref)
		}
		s.Claims = append(s.Claims, c)
	}
	s.Unnamed = []collection.Unnamed{official}
	for e := range s.Entities {
		s.Entities[e].Articles = slices.Sorted(maps.Keys(named[e]))
	}
	return s
}

// TestCorpusHTMLLarge makes the page of 3,000 claims.
func TestCorpusHTMLLarge(t *testing.T) {
	s := bigSnapshot(3000)
	checkCorpusPage(t, s, renderCorpus(t, s))
}

// BenchmarkCorpusHTML writes the page of 10,000 claims by 2,000 speakers
// in 5,000 articles:
//
//	go test ./view -run '^$' -bench CorpusHTML
func BenchmarkCorpusHTML(b *testing.B) {
	s := bigSnapshot(10000)
	var buf bytes.Buffer
	require.NoError(b, CorpusHTML(&buf, s))
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		require.NoError(b, CorpusHTML(io.Discard, s))
	}
}
