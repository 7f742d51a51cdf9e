package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewsSceneClasses holds one short invented text per class of the
// second round on news sayso was not built on: venues, lists, and long
// names the model cuts. Each names its entity, its type and aliases that
// must all belong to it.
func TestNewsSceneClasses(t *testing.T) {
	checkNames(t, []nameCase{
		{"a venue noun refers back to the name after to", "The championship goes to Bethwick Downs. That's the course where she won in 2010.",
			"Bethwick Downs", Fac, []string{"Bethwick Downs"}},
		{"a venue noun after a copula", "Ashcombe Village is one of her favorite courses, and she has won there five times.",
			"Ashcombe Village", Fac, []string{"Ashcombe Village"}},
		{"an event at a venue", "It is never easy to qualify for the tournament at Kestrel Pines, with only 30 spots open.",
			"Kestrel Pines", Fac, []string{"Kestrel Pines"}},
		{"a venue that hosts an event", "Stonebridge National will host the final in 2030. Her finishes at this course were poor.",
			"Stonebridge National", Fac, []string{"Stonebridge National"}},
		{"a restaurant written in lower case", "Some diners had been eating in the Blue Lantern restaurant when the shots rang out.",
			"Blue Lantern restaurant", Fac, []string{"Blue Lantern restaurant"}},
		{"companies listed after their kind", "The tower houses offices of companies including Dalby Morrow, Kessel Brandt and Orla Fenn.",
			"Kessel Brandt", Org, []string{"Kessel Brandt"}},
		{"towns in a list are places", "The county's three largest counties, which include Cleveland, Cincinnati and Columbus, saw the most changes.",
			"Cincinnati", GPE, []string{"Cincinnati"}},
		{"an initial opens an organization's name", "The Ohio chapter of the A. Philip Randolph Institute filed suit.",
			"A. Philip Randolph Institute", Org, []string{"A. Philip Randolph Institute"}},
		{"an organization's name goes on over \"for the\"", "The Northeast Ohio Coalition for the Homeless filed suit on Monday.",
			"Northeast Ohio Coalition for the Homeless", Org, []string{"Northeast Ohio Coalition for the Homeless"}},
		{"a royal title opens a university's name", "She is a lecturer at Queen Mary University of London.",
			"Queen Mary University of London", Org, []string{"Queen Mary University of London"}},
		{"a company after its kind noun", "The pair worked for a fund managed by the London-based company Adam Smith International.",
			"Adam Smith International", Org, []string{"Adam Smith International"}},
		{"a town before \"-based\" and an organization noun", "The pair worked for a fund managed by the London-based company Adam Smith International.",
			"London", GPE, []string{"London"}},
	})
}

// TestNewsScenePeopleStay holds texts in which a person stands where a
// venue would: the person stays a person.
func TestNewsScenePeopleStay(t *testing.T) {
	for _, text := range []string{
		"Quade won the title at this layout in 2007. Quade simply owns this course.",
		"His record at the club is poor. The Marlow resume at this course still includes two wins.",
		"Ana Marlow, the host of the gala, said the hotel was full.",
	} {
		ents := recognize(t, text)
		var e *Entity
		for _, x := range ents {
			if x.Name == "Quade" || x.Name == "Marlow" || x.Name == "Ana Marlow" {
				e = x
			}
		}
		require.NotNil(t, e, "no person in %v", names(ents))
		assert.Equal(t, Person, e.Type, text)
	}
}

// TestNewsNamesWithArticles holds names opened by a first name that take
// an article, as awards and titles do: no person; and a person's name
// used as a modifier after "the", which stays a person.
func TestNewsNamesWithArticles(t *testing.T) {
	ents := recognize(t, "Oh won the Golden Orb for best actress. It is her second Golden Orb. Critics liked the Larry Quell appraisal of the film, and Quell said so.")
	if e := byName(ents, "Golden Orb"); e != nil {
		assert.NotEqual(t, Person, e.Type)
	}
	e := byName(ents, "Larry Quell")
	require.NotNil(t, e, "no Larry Quell in %v", names(ents))
	assert.Equal(t, Person, e.Type)
	assert.Contains(t, e.Aliases, "Quell")
}
