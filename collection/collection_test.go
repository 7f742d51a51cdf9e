package collection_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/extract"
)

// TestSeedsOneEntityAcrossArticles: the people that every seed's gold
// names are one corpus entity each, in all five articles, with every alias
// and title that the pipeline gave them in each article.
func TestSeedsOneEntityAcrossArticles(t *testing.T) {
	runs, err := seedRuns()
	require.NoError(t, err)
	s := build(t, seedResults(t)...).Snapshot()
	require.Len(t, s.Articles, 5)

	// The people that all five gold files name.
	seen := map[string]int{}
	for _, r := range runs {
		for _, g := range r.seed.Gold.Entities {
			if g.Type == string(entity.Person) {
				seen[g.Name]++
			}
		}
	}
	var everywhere []string
	for name, n := range seen {
		if n == len(runs) {
			everywhere = append(everywhere, name)
		}
	}
	require.Len(t, everywhere, 2, "two people are named by all five seeds")

	for _, name := range everywhere {
		t.Run(name, func(t *testing.T) {
			found := entitiesNamed(s, name)
			require.Len(t, found, 1, "one corpus entity")
			e := found[0]
			assert.Equal(t, name, e.Name)
			assert.Equal(t, entity.Person, e.Type)
			assert.Len(t, e.Articles, 5)
			for _, r := range runs {
				var ae *entity.Entity
				for _, x := range r.res.Entities {
					if strings.EqualFold(x.Name, name) {
						ae = x
					}
				}
				require.NotNil(t, ae, "%s: the pipeline finds %s", r.seed.Name, name)
				assert.Subset(t, e.Aliases, ae.Aliases, r.seed.Name)
				assert.Subset(t, e.Titles, ae.Titles, r.seed.Name)
			}
			assert.NotEmpty(t, e.Said, "quoted in the seeds")
		})
	}
}

// TestReprints: four invented outlets print the same quotations with
// straight or curly quotation marks and apostrophes, an em dash, a hyphen
// or a comma, a full stop or a comma at the end; each quotation is one
// claim with all its articles, and a part printed alone is linked to the
// whole.
func TestReprints(t *testing.T) {
	results, err := reprintRuns()
	require.NoError(t, err)
	require.Len(t, results, 4)
	s := build(t, results...).Snapshot()

	const (
		whole  = "We will rebuild the east bridge before winter, and we will do it without raising fares"
		part   = "We will rebuild the east bridge before winter"
		budget = "The budget is not a wish list, it’s a promise to every family in Corland"
		trust  = "We are ready to work, but we need a schedule we can trust"
		short  = "We are ready"
	)
	tests := []struct {
		quote    string
		text     string // as the earliest article printed it
		articles []string
		date     string // earliest, "" for none
		speaker  string
		partOf   []string
	}{
		{whole, whole, []string{"harbor-ledger.txt", "valley-courier.txt", "pine-post.txt"}, "2021-03-02", "Dale Finch", nil},
		{part, part + ".", []string{"north-gazette.txt"}, "2021-03-04", "Dale Finch", []string{whole}},
		{budget, budget, []string{"harbor-ledger.txt", "valley-courier.txt", "pine-post.txt"}, "2021-03-02", "Ana Ruiz", nil},
		{trust, trust, []string{"north-gazette.txt", "pine-post.txt"}, "2021-03-04", "Marco Ruiz", nil},
		// Under four words: merged only when equal, part of nothing.
		{short, short, []string{"north-gazette.txt"}, "2021-03-04", "Marco Ruiz", nil},
	}
	byText := map[string]collection.Claim{}
	byID := map[string]collection.Claim{}
	for _, c := range s.Claims {
		byID[c.ID] = c
	}
	ents := map[string]collection.Entity{}
	for _, e := range s.Entities {
		ents[e.ID] = e
	}
	for _, tt := range tests {
		t.Run(tt.quote, func(t *testing.T) {
			var found []collection.Claim
			for _, c := range s.Claims {
				if sameWords(c.Text, tt.quote) {
					found = append(found, c)
				}
			}
			require.Len(t, found, 1, "one claim")
			c := found[0]
			byText[tt.quote] = c
			assert.Equal(t, tt.text, c.Text)
			var arts []string
			for _, src := range c.Sources {
				arts = append(arts, src.Article)
				require.NotEmpty(t, src.Speakers)
				assert.Equal(t, tt.speaker, ents[src.Speakers[0]].Name, src.Article)
			}
			assert.Equal(t, tt.articles, arts, "every article, the earliest first")
			if tt.date == "" {
				assert.True(t, c.Date.IsZero())
			} else {
				assert.Equal(t, tt.date, c.Date.Format(time.DateOnly))
			}
			var wholes []string
			for _, id := range c.PartOf {
				wholes = append(wholes, byID[id].Text)
				assert.Contains(t, byID[id].Parts, c.ID)
			}
			for i := range tt.partOf {
				require.Less(t, i, len(wholes))
				assert.True(t, sameWords(wholes[i], tt.partOf[i]), "part of %q", tt.partOf[i])
			}
			assert.Len(t, wholes, len(tt.partOf))
		})
	}

	// The two people called Ruiz stay two, each in their own articles.
	ruiz := map[string][]string{}
	for _, e := range s.Entities {
		if strings.HasSuffix(e.Name, "Ruiz") {
			ruiz[e.Name] = e.Articles
		}
	}
	assert.Equal(t, map[string][]string{
		"Ana Ruiz":   {"harbor-ledger.txt", "pine-post.txt", "valley-courier.txt"},
		"Marco Ruiz": {"north-gazette.txt", "pine-post.txt"},
	}, ruiz)
	finch := entitiesNamed(s, "Dale Finch")
	require.Len(t, finch, 1)
	assert.Len(t, finch[0].Articles, 4)
}

// sameWords compares two quotations as a reader would: case, quotation
// marks, apostrophes and punctuation aside. It is written apart from the
// package's folding, on purpose.
func sameWords(a, b string) bool {
	norm := func(s string) string {
		s = strings.NewReplacer("’", "", "'", "").Replace(s)
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
		}), " ")
	}
	return norm(a) == norm(b)
}

// article makes a Result by hand: entities given as "Name|TYPE|alias;alias"
// and no claims but those given.
func article(id string, ents []string, claims ...claim.Claim) *extract.Result {
	r := &extract.Result{Doc: &corpus.Document{Article: &corpus.Article{ID: id}}, Claims: claims}
	for i, spec := range ents {
		f := strings.Split(spec, "|")
		e := &entity.Entity{ID: "E" + string(rune('1'+i)), Name: f[0], Type: entity.Type(f[1])}
		if len(f) > 2 {
			e.Aliases = strings.Split(f[2], ";")
		}
		r.Entities = append(r.Entities, e)
	}
	return r
}

// TestLinking checks which article entities become one corpus entity.
func TestLinking(t *testing.T) {
	tests := []struct {
		name     string
		articles [][]string
		want     [][]string // the names of each corpus entity's article entities
	}{
		{"a shared surname alone keeps two people apart",
			[][]string{{"Ana Ruiz|PERSON|Ana Ruiz;Ruiz"}, {"Marco Ruiz|PERSON|Marco Ruiz;Ruiz"}},
			[][]string{{"Ana Ruiz"}, {"Marco Ruiz"}}},
		{"a surname alone joins neither full name, but its like",
			[][]string{{"Ana Ruiz|PERSON|Ana Ruiz;Ruiz"}, {"Ruiz|PERSON|Ruiz"}, {"Ruiz|PERSON|Ruiz"}},
			[][]string{{"Ana Ruiz"}, {"Ruiz", "Ruiz"}}},
		{"a lower-case particle is no second name token",
			[][]string{{"Ana de Ruiz|PERSON|Ana de Ruiz;de Ruiz"}, {"de Ruiz|PERSON|de Ruiz"}},
			[][]string{{"Ana de Ruiz"}, {"de Ruiz"}}},
		{"case, diacritics and punctuation fold",
			[][]string{{"José O’Neill-Ruiz|PERSON"}, {"JOSE O'NEILL RUIZ|PERSON"}},
			[][]string{{"JOSE O'NEILL RUIZ", "José O’Neill-Ruiz"}}},
		{"a full name that is another's alias of two tokens",
			[][]string{{"Dale A. Finch|PERSON|Dale A. Finch;Dale Finch;Finch"}, {"Dale Finch|PERSON|Dale Finch;Finch"}},
			[][]string{{"Dale A. Finch", "Dale Finch"}}},
		{"links are transitive",
			[][]string{{"Dale Finch|PERSON"}, {"Dale A. Finch|PERSON|Dale Finch"}, {"Dale Albert Finch|PERSON|Dale A. Finch"}},
			[][]string{{"Dale A. Finch", "Dale Albert Finch", "Dale Finch"}}},
		{"people and places never link",
			[][]string{{"Corland|PERSON"}, {"Corland|GPE"}},
			[][]string{{"Corland"}, {"Corland"}}},
		{"organizations and places may",
			[][]string{{"Corland|ORG"}, {"Corland|GPE"}, {"U.S.|GPE"}, {"US|GPE"}},
			[][]string{{"Corland", "Corland"}, {"U.S.", "US"}}},
		{"short aliases of organizations do not link",
			[][]string{{"Corland Transit Union|ORG|Corland Transit Union;CTU"}, {"CTU|ORG"}},
			[][]string{{"CTU"}, {"Corland Transit Union"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := collection.New()
			for i, ents := range tt.articles {
				require.NoError(t, c.Add(article("a"+string(rune('0'+i)), ents)))
			}
			var got [][]string
			for _, e := range c.Snapshot().Entities {
				var names []string
				for n, k := range e.Names {
					for range k {
						names = append(names, n)
					}
				}
				got = append(got, sortedStrings(names))
			}
			assert.ElementsMatch(t, tt.want, got)
		})
	}
}

func sortedStrings(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// TestMergeEqualsOneBuild: two collections built on the seeds split in
// two, merged either way, give the Snapshot of one built on all five, as
// do the seeds added in reverse.
func TestMergeEqualsOneBuild(t *testing.T) {
	results := seedResults(t)
	want, err := json.Marshal(build(t, results...))
	require.NoError(t, err)

	for split := 1; split < len(results); split++ {
		a, b := build(t, results[:split]...), build(t, results[split:]...)
		require.NoError(t, a.Merge(b))
		got, err := json.Marshal(a)
		require.NoError(t, err)
		assert.JSONEq(t, string(want), string(got), "seeds split at %d", split)

		a, b = build(t, results[:split]...), build(t, results[split:]...)
		require.NoError(t, b.Merge(a))
		got, err = json.Marshal(b)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "seeds split at %d, merged the other way", split)
	}
	var reversed []*extract.Result
	for i := len(results) - 1; i >= 0; i-- {
		reversed = append(reversed, results[i])
	}
	got, err := json.Marshal(build(t, reversed...))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "seeds added in reverse")
}

// TestJSONRoundTrip: a collection decoded from its JSON encodes to the
// same bytes, and merges as the original does.
func TestJSONRoundTrip(t *testing.T) {
	results := seedResults(t)
	orig := build(t, results[:3]...)
	data, err := json.Marshal(orig)
	require.NoError(t, err)

	var back collection.Collection
	require.NoError(t, json.Unmarshal(data, &back))
	again, err := json.Marshal(&back)
	require.NoError(t, err)
	assert.Equal(t, string(data), string(again))

	require.NoError(t, back.Merge(build(t, results[3:]...)))
	want, err := json.Marshal(build(t, results...))
	require.NoError(t, err)
	got, err := json.Marshal(&back)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}

// TestGrowth: the seeds added again under other IDs add articles and
// printings, and no entity or claim.
func TestGrowth(t *testing.T) {
	results := seedResults(t)
	c := build(t, results...)
	once := c.Snapshot()
	for _, r := range results {
		require.NoError(t, c.Add(renamed(r, r.Doc.Article.ID+"-again")))
	}
	twice := c.Snapshot()
	assert.Len(t, twice.Articles, 2*len(once.Articles))
	assert.Len(t, twice.Entities, len(once.Entities))
	assert.Len(t, twice.Claims, len(once.Claims))
	for i := range once.Claims {
		assert.Len(t, twice.Claims[i].Sources, 2*len(once.Claims[i].Sources))
	}
}

func TestErrors(t *testing.T) {
	r := seedResults(t)[0]
	c := build(t, r)
	before, err := json.Marshal(c)
	require.NoError(t, err)

	assert.ErrorIs(t, c.Add(r), collection.ErrDuplicate)
	assert.ErrorIs(t, c.Merge(build(t, r)), collection.ErrDuplicate)
	assert.ErrorIs(t, c.Add(nil), collection.ErrNoArticle)
	assert.ErrorIs(t, c.Add(&extract.Result{}), collection.ErrNoArticle)
	assert.ErrorIs(t, c.Add(renamed(r, "")), collection.ErrNoArticle)
	for _, bad := range []string{
		`{"articles":[{"id":"a"}],"claims":[{"text":"x y","sources":[{"article":"b"}]}]}`,
		`{"articles":[{"id":"a"}],"claims":[{"text":"x y","sources":[{"article":"a","speakers":["E9"]}]}]}`,
		`{"articles":[{"id":"a"}],"entities":[{"id":"E1"}]}`,
		`{"articles":[{"id":"a"},{"id":"a"}]}`,
	} {
		err := c.UnmarshalJSON([]byte(bad))
		assert.True(t, errors.Is(err, collection.ErrSnapshot) || errors.Is(err, collection.ErrDuplicate), "%s: %v", bad, err)
	}
	assert.Error(t, c.UnmarshalJSON([]byte(`{`)))
	after, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after), "unchanged by the errors")
}

func TestZeroAndEmpty(t *testing.T) {
	var c collection.Collection
	s := c.Snapshot()
	assert.Empty(t, s.Articles)
	assert.Empty(t, s.Claims)
	require.NoError(t, c.Merge(collection.New()))
	var b strings.Builder
	require.NoError(t, c.WriteTable(&b))
	assert.Contains(t, b.String(), "0 articles")
}

func TestWriteTable(t *testing.T) {
	results, err := reprintRuns()
	require.NoError(t, err)
	var b strings.Builder
	require.NoError(t, build(t, results...).WriteTable(&b))
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	require.GreaterOrEqual(t, len(lines), 5)
	assert.Equal(t, "4 articles", strings.SplitN(lines[0], ",", 2)[0])
	col := strings.Index(lines[2], "TYPE")
	require.Greater(t, col, 0)
	for _, l := range lines[3:] {
		assert.Equal(t, " ", l[col-1:col], "aligned: %q", l)
	}
	assert.Equal(t, []string{"SPEAKER", "TYPE", "CLAIMS", "QUOTED", "IN", "NAMED", "IN"}, strings.Fields(lines[2]))
	assert.Contains(t, lines, "Dale Finch         PERSON  2       4          4", "two claims, quoted in four articles")
	assert.Contains(t, lines, "(unnamed sources)  -       2       2          -")
}

// TestConcurrent: Results added from several goroutines, and two
// collections merged into each other at once, give what one goroutine
// gives.
func TestConcurrent(t *testing.T) {
	results := seedResults(t)
	want, err := json.Marshal(build(t, results...))
	require.NoError(t, err)

	c := collection.New()
	errs := make(chan error, len(results))
	for _, r := range results {
		go func() { errs <- c.Add(r) }()
	}
	for range results {
		require.NoError(t, <-errs)
	}
	got, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))

	// Merging two collections into each other at once does not deadlock.
	// Each merge either reads the other before the other's merge, and
	// then both end with all five seeds, or after it, and is refused as
	// adding its own articles twice.
	a, b := build(t, results[:2]...), build(t, results[2:]...)
	done := make(chan error, 2)
	go func() { done <- a.Merge(b) }()
	go func() { done <- b.Merge(a) }()
	for range 2 {
		if err := <-done; err != nil {
			require.ErrorIs(t, err, collection.ErrDuplicate)
		}
	}
	full := 0
	for _, x := range []*collection.Collection{a, b} {
		got, err := json.Marshal(x)
		require.NoError(t, err)
		if string(got) == string(want) {
			full++
		}
	}
	assert.GreaterOrEqual(t, full, 1)
}
