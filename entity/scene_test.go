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
		{"a venue noun refers back to the name after to", "Next spring the open moves to Bethwick Downs. That's the course where she won her first title back in 2011.",
			"Bethwick Downs", Fac, []string{"Bethwick Downs"}},
		{"a venue noun after a copula", "Ashcombe Village is one of her favorite courses, and she has three titles on it.",
			"Ashcombe Village", Fac, []string{"Ashcombe Village"}},
		{"an event at a venue", "Few players get a start in the tournament at Kestrel Pines, which takes a field of 40.",
			"Kestrel Pines", Fac, []string{"Kestrel Pines"}},
		{"a venue that hosts an event", "Stonebridge National will host the final in 2030. Her scores at this course have been high.",
			"Stonebridge National", Fac, []string{"Stonebridge National"}},
		{"a restaurant written in lower case", "Some diners had been eating in the Blue Lantern restaurant when the fire alarm went off.",
			"Blue Lantern restaurant", Fac, []string{"Blue Lantern restaurant"}},
		{"companies listed after their kind", "The new block will lease space to companies including Dalby Morrow, Kessel Brandt and Orla Fenn.",
			"Kessel Brandt", Org, []string{"Kessel Brandt"}},
		{"towns in a list are places", "Turnout rose most in the state's biggest counties, which include Everett, Spokane and Yakima.",
			"Spokane", GPE, []string{"Spokane"}},
		{"an initial opens an organization's name", "The Utah branch of the A. Horace Lindell Institute went to court.",
			"A. Horace Lindell Institute", Org, []string{"A. Horace Lindell Institute"}},
		{"an organization's name goes on over \"for the\"", "The Northeast Nevada Alliance for the Disabled filed suit on Monday.",
			"Northeast Nevada Alliance for the Disabled", Org, []string{"Northeast Nevada Alliance for the Disabled"}},
		{"a royal title opens a university's name", "She is a lecturer at Queen Matilda University of Copenhagen.",
			"Queen Matilda University of Copenhagen", Org, []string{"Queen Matilda University of Copenhagen"}},
		{"a company after its kind noun", "The two consultants were paid through a program run by the Helsinki-based company Neil Hartley International.",
			"Neil Hartley International", Org, []string{"Neil Hartley International"}},
		{"a town before \"-based\" and an organization noun", "The two consultants were paid through a program run by the Helsinki-based company Neil Hartley International.",
			"Helsinki", GPE, []string{"Helsinki"}},
	})
}

// TestNewsScenePeopleStay holds texts in which a person stands where a
// venue would: the person stays a person.
func TestNewsScenePeopleStay(t *testing.T) {
	for _, text := range []string{
		"Quade won the cup on this layout back in 2011. Quade always plays well on this course.",
		"He rarely plays the club now. The Marlow tally at this course is still two cups.",
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
	ents := recognize(t, "Vesna Dray won the Golden Orb for best actress. It is her second Golden Orb. Critics liked the Larry Quell review of the film, and Quell said so.")
	if e := byName(ents, "Golden Orb"); e != nil {
		assert.NotEqual(t, Person, e.Type)
	}
	e := byName(ents, "Larry Quell")
	require.NotNil(t, e, "no Larry Quell in %v", names(ents))
	assert.Equal(t, Person, e.Type)
	assert.Contains(t, e.Aliases, "Quell")
}
