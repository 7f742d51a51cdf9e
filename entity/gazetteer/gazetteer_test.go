package gazetteer

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLookup(t *testing.T) {
	g := Default()
	tests := []struct {
		phrase string
		has    Kind
		not    Kind
	}{
		{"Paris", Capital | City, 0},
		{"PARIS", City, 0},
		{"Brazil", Country, 0},
		{"Russia’s", Country, 0},
		{"United States", Country, 0},
		{"U.S.", Country, 0},
		{"US", Country, 0},
		{"USA", Country, 0},
		{"U.K.", Country, 0},
		{"Britain", Country, 0},
		{"Russian Federation", Country, 0},
		{"Ivory Coast", Country, 0},
		{"Côte d’Ivoire", Country, 0},
		{"Cote d'Ivoire", Country, 0},
		{"Guinea-Bissau", Country, 0},
		{"Guinea Bissau", Country, 0},
		{"new york", City | Region, 0},
		{"St. Petersburg", City, 0},
		{"Saint Petersburg", City, 0},
		{"Zurich", City, 0},
		{"Zürich", City, 0},
		{"São Paulo", City, 0},
		{"Sao Paulo", City, 0},
		{"Kiev", City, 0},
		{"Kyiv", Capital, 0},
		{"Bombay", City, 0},
		{"Texas", Region, 0},
		{"Ontario", Region, 0},
		{"Bavaria", Region, 0},
		{"Europe", Continent, 0},
		{"Middle East", Continent, 0},
		{"Southeast Asia", Continent, 0},
		{"Lake Victoria", Water, 0},
		{"Nile", Water, 0},
		{"Danube", Water, 0},
		{"Pacific Ocean", Water, 0},
		{"Alps", Landform, 0},
		{"Mount Everest", Landform, 0},
		{"Dutch", Demonym, 0},
		{"Brazilians", Demonym, 0},
		{"Sunni", Group, 0},
		{"Kurds", Group, 0},
		{"Republicans", Group, 0},
		{"Mohammed", MaleName, FemaleName},
		{"Angela", FemaleName, MaleName},
		{"Foreign Minister", PersonTitle, 0},
		{"spokeswoman", PersonTitle, 0},
		{"Dr.", PersonTitle, 0},
		{"Ministry", OrgWord, 0},
		{"Inc.", OrgWord, 0},
		{"Airport", FacWord, 0},
		{"River", LocWord, 0},
		{"Province", GPEWord, 0},
		// Names that are also common words match only when capitalized.
		{"Nice", City, 0},
		{"Turkey", Country, 0},
		{"TURKEY", Country, 0},
		{"Bill", MaleName, 0},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			k := g.Lookup(tt.phrase)
			assert.True(t, k.Has(tt.has), "Lookup(%q) = %v, want %v", tt.phrase, k, tt.has)
			if tt.not != 0 {
				assert.False(t, k.Has(tt.not), "Lookup(%q) = %v, must not have %v", tt.phrase, k, tt.not)
			}
		})
	}
}

func TestLookupMisses(t *testing.T) {
	g := Default()
	for _, p := range []string{"", "   ", "us", "Us", "uk", "the", "of", "...", "nice", "turkey", "bill", "\xff\xfe", "Qwxzzy Plorb", strings.Repeat("Paris ", 20)} {
		assert.Zero(t, g.Lookup(p), "Lookup(%q)", p)
	}
}

func TestMatch(t *testing.T) {
	g := Default()
	tests := []struct {
		text string
		want []Match
	}{
		{"The U.S. Secretary of State flew to New York City .",
			[]Match{{1, 2, Country}, {2, 5, PersonTitle}, {7, 10, City}}},
		{"Boats sail on Lake Victoria with us", []Match{{3, 5, Water}}},
		{"Dutch and Brazilian fans", []Match{{0, 1, Demonym}, {2, 3, Demonym}}},
		{"", nil},
		{"a nice turkey in Nice", []Match{{4, 5, City}}},
		{"zzz qqq", nil},
		// A punctuation token ends a phrase.
		{"New , York", []Match{{2, 3, City}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := g.Match(strings.Fields(tt.text))
			require.Len(t, got, len(tt.want), "%v", got)
			for i, w := range tt.want {
				assert.Equal(t, w.Start, got[i].Start)
				assert.Equal(t, w.End, got[i].End)
				assert.True(t, got[i].Kind.Has(w.Kind), "match %d kind %v, want %v", i, got[i].Kind, w.Kind)
			}
		})
	}
}

func TestDemonym(t *testing.T) {
	g := Default()
	tests := []struct{ word, country string }{
		{"Russian", "Russia"},
		{"Russians", "Russia"},
		{"French", "France"},
		{"Frenchman", "France"},
		{"Dutch", "Netherlands"},
		{"American", "United States"},
		{"Germans", "Germany"},
		{"Iraqis", "Iraq"},
		{"South Korean", "South Korea"},
		{"Brazilian", "Brazil"},
		{"Scottish", "Scotland"},
	}
	for _, tt := range tests {
		c, ok := g.Demonym(tt.word)
		require.True(t, ok, tt.word)
		assert.Equal(t, tt.country, c, tt.word)
	}
	for _, w := range []string{"", "Paris", "table", "French fries"} {
		_, ok := g.Demonym(w)
		assert.False(t, ok, w)
	}
}

func TestGender(t *testing.T) {
	g := Default()
	tests := []struct {
		name string
		want Gender
	}{
		{"John", Male}, {"Sergei", Male}, {"Ahmed", Male}, {"Emmanuel", Male},
		{"Mary", Female}, {"Angela", Female}, {"Fatima", Female}, {"Olga", Female},
		{"Andrea", Unknown}, {"Zzyzx", Unknown}, {"", Unknown},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, g.Gender(tt.name), tt.name)
	}
}

func TestTitle(t *testing.T) {
	g := Default()
	tests := []struct {
		text string
		want int
	}{
		{"Foreign Minister Ivan Petrov", 2},
		{"Deputy Prime Minister", 3},
		{"Vice President Smith", 2},
		{"Secretary of State Jones", 3},
		{"Secretary of Defense", 3},
		{"Acting Defense Secretary", 3},
		{"Special Envoy", 2},
		{"spokesman for", 1},
		{"Gen. Smith", 1},
		{"Dr. Who", 1},
		{"Lt. Col. Smith", 2},
		{"Deputy", 1},
		{"Acting on", 0},
		{"The president", 0},
		{"", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, g.Title(strings.Fields(tt.text)), tt.text)
	}
}

func TestNewAndWith(t *testing.T) {
	g := New(Entry{Phrase: "Acme Widgets", Kind: OrgWord}, Entry{Phrase: "Ruritanian", Kind: Demonym, Country: "Ruritania"})
	assert.Equal(t, OrgWord, g.Lookup("acme widgets"))
	c, ok := g.Demonym("Ruritanian")
	assert.True(t, ok)
	assert.Equal(t, "Ruritania", c)
	assert.Zero(t, g.Lookup("Paris"))

	d := Default()
	w := d.With(Entry{Phrase: "Ruritania", Kind: Country}, Entry{Phrase: "Paris", Kind: Region})
	assert.True(t, w.Lookup("Ruritania").Has(Country))
	assert.True(t, w.Lookup("Paris").Has(Region|Capital))
	assert.Zero(t, d.Lookup("Ruritania"), "With must not change its receiver")
	assert.False(t, d.Lookup("Paris").Has(Region))
}

func TestKindString(t *testing.T) {
	assert.Equal(t, "None", Kind(0).String())
	assert.Equal(t, "Country|City", (Country | City).String())
	assert.Equal(t, "PersonTitle", (PersonTitle | titleModifier).String())
	assert.False(t, Country.Has(0))
	assert.True(t, (City | MaleName).Any(GPE))
	assert.False(t, Water.Any(GPE|NORP))
	assert.True(t, Default().Lookup("Lake Victoria").Any(LOC))
	assert.Equal(t, "female", Female.String())
}

func TestConcurrent(t *testing.T) {
	g := Default()
	words := strings.Fields("Officials in Paris and the U.S. Secretary of State met Dutch envoys near Lake Geneva")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				assert.NotEmpty(t, g.Match(words))
				assert.Equal(t, 3, g.Title(words[6:]))
				assert.Equal(t, Male, g.Gender("John"))
			}
		})
	}
	wg.Wait()
}

func TestEmbeddedSize(t *testing.T) {
	assert.Less(t, len(embedded), 2<<20, "embedded data must stay under 2 MB")
}

func FuzzMatch(f *testing.F) {
	f.Add("New York City and U.S. troops")
	f.Add("\xff Zürich Sana’a --")
	g := Default()
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		for _, m := range g.Match(words) {
			require.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(words))
		}
		g.Lookup(s)
		g.Title(words)
		g.Demonym(s)
	})
}

func TestAppendMatches(t *testing.T) {
	g := Default()
	words := strings.Fields("Boats sail on Lake Victoria to New York City")
	want := g.Match(words)
	prefix := []Match{{0, 1, City}}
	got := g.AppendMatches(prefix, words)
	require.Len(t, got, 1+len(want))
	assert.Equal(t, prefix[0], got[0])
	assert.Equal(t, want, got[1:])
	buf := make([]Match, 0, 8)
	allocs := testing.AllocsPerRun(20, func() { buf = g.AppendMatches(buf[:0], words) })
	assert.Zero(t, allocs)
}

func TestAppendMatchesWords(t *testing.T) {
	g := Default()
	for _, text := range []string{
		"The U.S. Secretary of State flew to New York City .",
		"a nice turkey in Nice", "New , York", "",
	} {
		words := strings.Fields(text)
		enc := make([]Word, len(words))
		for i, w := range words {
			enc[i] = g.Encode(w)
		}
		assert.Equal(t, g.AppendMatches(nil, words), g.AppendMatchesWords(nil, enc), text)
	}
	assert.Equal(t, Word{}, g.Encode("zzqqxx"))
}

func TestCountryGivesTheUsualName(t *testing.T) {
	g := Default()
	for in, want := range map[string]string{"America": "United States", "U.S.": "United States", "Britain": "United Kingdom", "United Kingdom": "United Kingdom"} {
		got, ok := g.Country(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"us", "Paris", "French"} {
		_, ok := g.Country(in)
		assert.False(t, ok, in)
	}
}
