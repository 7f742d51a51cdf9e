package entity

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
)

// recognize parses text and returns its entities.
func recognize(t testing.TB, text string, opts ...Option) []*Entity {
	t.Helper()
	r, err := New(opts...)
	require.NoError(t, err)
	doc, err := corpus.Parse(context.Background(), &corpus.Article{ID: "t", Text: text})
	require.NoError(t, err)
	ents, err := r.Recognize(context.Background(), doc)
	require.NoError(t, err)
	return ents
}

// byName returns the entity called name, or nil.
func byName(ents []*Entity, name string) *Entity {
	for _, e := range ents {
		if e.Name == name {
			return e
		}
	}
	return nil
}

// withAlias returns the entities that have alias a.
func withAlias(ents []*Entity, a string) []*Entity {
	var out []*Entity
	for _, e := range ents {
		for _, x := range e.Aliases {
			if x == a {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

func TestMergeRules(t *testing.T) {
	tests := []struct {
		rule, text string
		name       string
		typ        Type
		aliases    []string // all must be aliases of the entity called name
	}{
		{"containment", "Maria Lopez arrived in Madrid on Tuesday for the summit. Later, Lopez said the talks had been useful.",
			"Maria Lopez", Person, []string{"Maria Lopez", "Lopez"}},
		{"title stripped", "Prime Minister Hakan Demir flew to Ankara. On Friday, Minister Demir told reporters he was confident.",
			"Hakan Demir", Person, []string{"Hakan Demir", "Demir"}},
		{"honorific", "Thomas Wright met the delegates in Dublin. Mr. Wright said nothing afterwards.",
			"Thomas Wright", Person, []string{"Thomas Wright", "Wright"}},
		{"particles", "The talks were led by Ahmed al-Rashid in Cairo. Ahmed al Rashid later left, and Rashid said he was tired.",
			"Ahmed al-Rashid", Person, []string{"Ahmed al-Rashid", "Ahmed al Rashid", "Rashid"}},
		{"transliteration", "Deputy Mayor Yevgeny Petrov spoke first in Minsk. Then Yevgeniy Petrov answered questions from the press.",
			"Yevgeny Petrov", Person, []string{"Yevgeny Petrov", "Yevgeniy Petrov"}},
		{"case variant", "The mediator Pieter van Dijk arrived in Brussels. Van Dijk said the talks would resume.",
			"Pieter van Dijk", Person, []string{"Pieter van Dijk", "Van Dijk"}},
		{"acronym in parentheses", "The National Energy Agency (NEA) published its report on Monday. NEA officials declined to comment.",
			"National Energy Agency", Org, []string{"National Energy Agency", "NEA"}},
		{"acronym from initials", "Members of the Free Workers Party gathered in Lyon. A FWP statement called for calm.",
			"Free Workers Party", Org, []string{"Free Workers Party", "FWP"}},
		{"formerly", "Fighters of the Northern Liberation Front, formerly the Valley Brigade, entered the town.",
			"Northern Liberation Front", Org, []string{"Northern Liberation Front", "Valley Brigade"}},
		{"changed its name", "The Coastal Defense Movement, which changed its name to the Sea Shield Alliance in May, denied the report.",
			"Coastal Defense Movement", Org, []string{"Coastal Defense Movement", "Sea Shield Alliance"}},
		{"possessive", "Germany’s Economy Ministry said growth would slow. The German Economy Ministry gave no figures.",
			"German Economy Ministry", Org, []string{"Germany’s Economy Ministry", "German Economy Ministry"}},
		{"short organization", "The Western Farmers Union held a vote. The Union said most members backed the plan.",
			"Western Farmers Union", Org, []string{"Western Farmers Union", "Union"}},
		{"middle initial", "Senator Paul D. Grant spoke in Denver on Monday. Paul Grant later said he was pleased.",
			"Paul D. Grant", Person, []string{"Paul D. Grant", "Paul Grant"}},
		{"previously known as", "Fighters of the Eastern Shield Army, previously known as the Hill Brigade, entered the town.",
			"Eastern Shield Army", Org, []string{"Eastern Shield Army", "Hill Brigade"}},
		{"country and its long form", "The Czech Republic signed the deal. Officials in the Czech capital said Czechia would comply.",
			"Czech Republic", GPE, []string{"Czech Republic"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			ents := recognize(t, tt.text)
			e := byName(ents, tt.name)
			require.NotNil(t, e, "no entity %q in %v", tt.name, names(ents))
			assert.Equal(t, tt.typ, e.Type)
			for _, a := range tt.aliases {
				assert.Contains(t, e.Aliases, a)
				assert.Len(t, withAlias(ents, a), 1, "alias %q in several entities", a)
			}
		})
	}
}

func names(ents []*Entity) []string {
	var out []string
	for _, e := range ents {
		out = append(out, string(e.Type)+":"+e.Name)
	}
	return out
}

func TestTitles(t *testing.T) {
	tests := []struct {
		text, name, title string
	}{
		{"Dutch Foreign Minister Joris Bakker arrived in Rome on Sunday.", "Joris Bakker", "Dutch Foreign Minister"},
		{"Energy Ministry spokeswoman Laura Chen said prices would rise.", "Laura Chen", "Energy Ministry spokeswoman"},
		{"Prices would rise, said Laura Chen, the Energy Ministry spokeswoman, on Monday.", "Laura Chen", "Energy Ministry spokeswoman"},
		{"The plan was drafted by Demir’s deputy Selim Kaya in Izmir.", "Selim Kaya", "Demir’s deputy"},
		{"The talks were chaired by the European Union special envoy for Libya Marco Rossi in Tunis.", "Marco Rossi", "European Union special envoy for Libya"},
		{"The report was signed by Secretary of Defense Paul Grant last week.", "Paul Grant", "Secretary of Defense"},
		{"The spokesman, Omar Haddad, said the town had fallen.", "Omar Haddad", "spokesman"},
		{"Ana Ruiz, the port authority's director, spoke on Monday.", "Ana Ruiz", "port authority's director"},
		{"Lena Park is Professor of Economics at the University of Lund.", "Lena Park", "Professor of Economics"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := recognize(t, tt.text)
			e := byName(ents, tt.name)
			require.NotNil(t, e, "no entity %q in %v", tt.name, names(ents))
			assert.Equal(t, Person, e.Type)
			assert.Contains(t, e.Titles, tt.title)
			for _, tm := range e.TitleMentions {
				assert.Equal(t, tm.Text, tt.text[tm.Start:tm.End])
			}
		})
	}
}

func TestSurnameClashKeptApart(t *testing.T) {
	text := "Anna Berg met the minister in Oslo. Thomas Berg, her cousin, arrived later. Berg said he was pleased."
	ents := recognize(t, text)
	anna, thomas := byName(ents, "Anna Berg"), byName(ents, "Thomas Berg")
	require.NotNil(t, anna)
	require.NotNil(t, thomas)
	assert.NotSame(t, anna, thomas)
	assert.Contains(t, thomas.Aliases, "Berg", "a lone surname goes to the person named last")
	assert.NotContains(t, anna.Aliases, "Berg")
}

func TestSurnameGoesToTheFullNameNamedLast(t *testing.T) {
	// A first name alone ("her father Tomas") is no naming for the
	// surname, and a full name the model alone calls a person competes
	// for it too.
	text := "The victims were Tomas Vrbka, 60, and Ivo Hale, 41.\n\n" +
		"For Zuzka Vrbka, the trial was long in coming. Her father Tomas was one of the victims.\n\n" +
		"Vrbka says she can now look ahead."
	ents := recognize(t, text)
	tomas, zuzka := byName(ents, "Tomas Vrbka"), byName(ents, "Zuzka Vrbka")
	require.NotNil(t, tomas, "%v", names(ents))
	require.NotNil(t, zuzka, "%v", names(ents))
	assert.Contains(t, zuzka.Aliases, "Vrbka")
	assert.NotContains(t, tomas.Aliases, "Vrbka")
}

func TestBareRoleInAppositionMakesAPerson(t *testing.T) {
	text := "\"It sounds fine,\" said Azim Ali Kazan, director at the Halden Institute. Kazan called the plan vague."
	ents := recognize(t, text, WithTrace(true))
	e := byName(ents, "Azim Ali Kazan")
	require.NotNil(t, e, "%v", names(ents))
	assert.Equal(t, Person, e.Type)
	var details []string
	for _, ev := range e.Trace {
		details = append(details, ev.Detail)
	}
	assert.Contains(t, details, "role in apposition after the name", "a bare role before at, of or for")
}

func TestSurnameOfAnotherGenderKeptApart(t *testing.T) {
	text := "President Okafor spoke in Lagos on Monday. Mr. Okafor said the budget would pass. " +
		"He later appeared with the first lady, Grace Okafor, at a school."
	ents := recognize(t, text)
	grace := byName(ents, "Grace Okafor")
	require.NotNil(t, grace)
	assert.NotContains(t, grace.Aliases, "Okafor", "Mr. Okafor, named before her, is someone else")
}

func TestSurnameWithTitleGoesToTheTitledPerson(t *testing.T) {
	text := "President Ben Okafor opened the session in Lagos. Grace Okafor, a banker, spoke after him. " +
		"President Okafor then left the hall."
	ents := recognize(t, text)
	ben := byName(ents, "Ben Okafor")
	require.NotNil(t, ben)
	assert.Contains(t, ben.Aliases, "Okafor", "the title President points to Ben, not to Grace named last")
}

func TestHeadlineWordsAreNotNames(t *testing.T) {
	text := "Senator Warns Parents Fearful Over Budget's School Cuts.\n\n" +
		"Senator Paula Reyes spoke in Denver on Monday.\n\n" +
		"REYES: Well, the budget is in trouble, Reyes said."
	var names []string
	for _, e := range recognize(t, text) {
		names = append(names, e.Name)
	}
	for _, bad := range []string{"Parents Fearful", "School Cuts", "Well"} {
		assert.NotContains(t, names, bad)
	}
	assert.Contains(t, names, "Paula Reyes")
}

func TestPlacesInsideNamesStayApart(t *testing.T) {
	text := "Fighting spread from Kharkiv Province to the city. Kharkiv was shelled again, and the Kharkiv Media Center reported damage."
	ents := recognize(t, text)
	for _, e := range ents {
		if e.Name == "Kharkiv" {
			assert.NotContains(t, e.Aliases, "Kharkiv Province")
			assert.NotContains(t, e.Aliases, "Kharkiv Media Center")
		}
	}
}

func TestPlaceNamedLikeAPerson(t *testing.T) {
	text := "Charlotte Brooks visited Charlotte on Monday. In Charlotte, Brooks met the mayor."
	ents := recognize(t, text)
	p := byName(ents, "Charlotte Brooks")
	require.NotNil(t, p, "%v", names(ents))
	assert.NotContains(t, p.Aliases, "Charlotte", "a city named like a first name is its own entity")
	assert.Contains(t, p.Aliases, "Brooks")
}

func TestGender(t *testing.T) {
	text := "Maria Lopez met Mr. Okafor in Lagos. Ms. Ndiaye joined them, and Peter Novak sent a message."
	ents := recognize(t, text)
	for name, g := range map[string]Gender{"Maria Lopez": Female, "Okafor": Male, "Ndiaye": Female, "Peter Novak": Male} {
		e := byName(ents, name)
		require.NotNil(t, e, "no entity %q in %v", name, names(ents))
		assert.Equal(t, g, e.Gender, name)
	}
}

func TestUserLexicon(t *testing.T) {
	text := "Analysts at Blue Owl said the market would recover. The Owl group expects a rebound."
	ents := recognize(t, text, WithLexicon(LexiconEntry{Name: "Blue Owl", Type: Org, Aliases: []string{"The Owl group"}}))
	e := byName(ents, "Blue Owl")
	require.NotNil(t, e, "%v", names(ents))
	assert.Equal(t, Org, e.Type)
	assert.ElementsMatch(t, []string{"Blue Owl", "The Owl group"}, e.Aliases)

	// The entry's name is the entity's, even where only an alias is written.
	ents = recognize(t, "Kestrel said freight rates would fall.",
		WithLexicon(LexiconEntry{Name: "Kestrel Freight", Type: Org, Aliases: []string{"Kestrel"}}))
	e = byName(ents, "Kestrel Freight")
	require.NotNil(t, e, "%v", names(ents))
	assert.Equal(t, []string{"Kestrel"}, e.Aliases)

	_, err := New(WithLexicon(LexiconEntry{Name: "", Type: Org}))
	require.ErrorIs(t, err, ErrBadLexicon)
	_, err = New(WithLexicon(LexiconEntry{Name: "X", Type: "BOGUS"}))
	require.ErrorIs(t, err, ErrBadLexicon)
}

func TestIDsAndOrder(t *testing.T) {
	text := "Lena Park visited Seoul. Park then met Japanese officials in Tokyo, and Park returned."
	ents := recognize(t, text)
	require.NotEmpty(t, ents)
	last := -1
	for i, e := range ents {
		assert.Equal(t, "E"+strconv.Itoa(i+1), e.ID)
		require.NotEmpty(t, e.Mentions)
		assert.Greater(t, e.Mentions[0].Start, last, "entities in order of first mention")
		last = e.Mentions[0].Start
		for j := 1; j < len(e.Mentions); j++ {
			assert.Less(t, e.Mentions[j-1].Start, e.Mentions[j].Start, "mentions in text order")
		}
	}
}

func TestOffsetsLocateTheirText(t *testing.T) {
	texts := []string{
		"Zoë Ångström met José Müller in Zürich. Müller said “Ångström’s plan” was fine.",
		"Ahmed al-Rashid (AR) spoke in Cairo’s old town with Ukraine’s envoy Oksana Kovalenko.",
		"Премьер Иван Петров прибыл. Then Ivan Petrov spoke in Kyiv\u00a0today.",
		"Emoji 🎉 before Lena Park and after 🎉 Seoul.",
	}
	for _, text := range texts {
		for _, e := range recognize(t, text) {
			for _, m := range e.Mentions {
				require.Equal(t, m.Text, text[m.Start:m.End])
			}
			for _, tm := range e.TitleMentions {
				require.Equal(t, tm.Text, text[tm.Start:tm.End])
			}
		}
	}
}

func TestBadInput(t *testing.T) {
	r, err := New()
	require.NoError(t, err)
	ctx := context.Background()
	ents, err := r.Recognize(ctx, nil)
	require.NoError(t, err)
	assert.Empty(t, ents)
	ents, err = r.Recognize(ctx, &corpus.Document{})
	require.NoError(t, err)
	assert.Empty(t, ents)

	junk := []string{
		"", " \n\n ", "\xff\xfe\x00\x01 Bad \xc3 UTF-8 \xed\xa0\x80 Lena Park",
		strings.Repeat("A", 100000), strings.Repeat("Ab Cd Ef ", 5000),
		"((((( [[[ Kim ))) ”“ al- el- de van of for & 's ’s",
		strings.Repeat("Lena Park met Tom Berg in Oslo. ", 3000),
	}
	for _, text := range junk {
		doc, err := corpus.Parse(ctx, &corpus.Article{ID: "j", Text: text})
		if err != nil {
			continue
		}
		ents, err := r.Recognize(ctx, doc)
		require.NoError(t, err)
		for _, e := range ents {
			for _, m := range e.Mentions {
				require.Equal(t, m.Text, text[m.Start:m.End])
			}
		}
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	doc, err := corpus.Parse(ctx, &corpus.Article{ID: "c", Text: "Lena Park met Tom Berg."})
	require.NoError(t, err)
	_, err = r.Recognize(cctx, doc)
	require.ErrorIs(t, err, context.Canceled)
}

func TestConcurrentRecognize(t *testing.T) {
	r, err := New()
	require.NoError(t, err)
	texts := []string{
		"Maria Lopez arrived in Madrid. Lopez said the talks were useful.",
		"The National Energy Agency (NEA) published its report. NEA officials declined to comment.",
		"Dutch Foreign Minister Joris Bakker arrived in Rome on Sunday.",
	}
	var docs []*corpus.Document
	var want [][]*Entity
	for _, text := range texts {
		doc, err := corpus.Parse(context.Background(), &corpus.Article{ID: "c", Text: text})
		require.NoError(t, err)
		ents, err := r.Recognize(context.Background(), doc)
		require.NoError(t, err)
		docs, want = append(docs, doc), append(want, ents)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, doc := range docs {
				ents, err := r.Recognize(context.Background(), doc)
				assert.NoError(t, err)
				assert.Equal(t, want[i], ents)
			}
		}()
	}
	wg.Wait()
}

func parseDoc(t testing.TB, text string) *corpus.Document {
	t.Helper()
	doc, err := corpus.Parse(context.Background(), &corpus.Article{ID: "t", Text: text})
	require.NoError(t, err)
	return doc
}

func TestRecognizeWithoutModel(t *testing.T) {
	text := "Dutch Foreign Minister Joris Bakker arrived in Rome on Sunday. Bakker said the talks went well."
	r, err := New(WithoutModel())
	require.NoError(t, err)
	assert.False(t, r.UsesModel())
	doc := parseDoc(t, text)
	ents, err := r.Recognize(context.Background(), doc)
	require.NoError(t, err)
	e := byName(ents, "Joris Bakker")
	require.NotNil(t, e, "%v", names(ents))
	assert.Equal(t, Person, e.Type)
	assert.ElementsMatch(t, []string{"Joris Bakker", "Bakker"}, e.Aliases)
}

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"Maria Lopez arrived in Madrid. Lopez said the talks were useful.",
		"The National Energy Agency (NEA) said. “NEA,” he said.",
		"\xff\xfe Ahmed al- (Rashid) ’s — U.S.-Chinese / pro-",
		"",
	} {
		f.Add(s)
	}
	r, err := New(WithoutModel())
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := corpus.Parse(context.Background(), &corpus.Article{ID: "f", Text: text})
		if err != nil {
			return
		}
		ents, err := r.Recognize(context.Background(), doc)
		require.NoError(t, err)
		for _, e := range ents {
			for _, m := range e.Mentions {
				require.Equal(t, m.Text, text[m.Start:m.End])
			}
		}
	})
}
