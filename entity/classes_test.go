package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTypeVotesPickClassThenType(t *testing.T) {
	var v typeVotes
	assert.Equal(t, Type(""), v.best())
	v.addClass(classPlace, 1.5)
	assert.Equal(t, GPE, v.best(), "a place with nothing more said is a GPE")
	v.add(Loc, 1)
	assert.Equal(t, Loc, v.best(), "the class's evidence names its type")
	v.add(Org, 2)
	assert.Equal(t, Loc, v.best(), "GPE/LOC/FAC evidence adds up against ORG")
	assert.Equal(t, Org, v.without(Loc).without(GPE).best())
	assert.InDelta(t, 4.5, v.total(), 1e-9)
}

func TestClassOf(t *testing.T) {
	for typ, want := range map[Type]class{Person: classPerson, Org: classOrg, GPE: classPlace,
		Loc: classPlace, Fac: classPlace, NORP: classOther, Misc: classOther} {
		assert.Equal(t, want, classOf(typ), typ)
	}
	assert.Len(t, Types, len(typeTable))
}

func TestParenthesizedCountryIsNotAnAlias(t *testing.T) {
	ents := recognize(t, "Results of the women's 100 metres hurdles:\n\n"+
		"1. Ludmila Engquist ( Sweden ) 12.60\n\n2. Michelle Freeman ( Jamaica ) 12.77")
	for _, name := range []string{"Ludmila Engquist", "Michelle Freeman"} {
		e := byName(ents, name)
		require.NotNil(t, e, name)
		assert.Equal(t, Person, e.Type, name)
		assert.Len(t, e.Mentions, 1, "the country in parentheses is another entity")
	}
	assert.Equal(t, GPE, byName(ents, "Sweden").Type)
}

func TestResultsLineNamesComeFromTheModel(t *testing.T) {
	// A line of names and figures has capitals on every word, so the
	// casing proves nothing and the model's spans are taken.
	ents := recognize(t, "Close of play scores on Friday:\n\nHampshire 83 and 174 ( P. Hollins 4-38 ) , Sussex 296 .")
	for name, typ := range map[string]Type{"Hampshire": Org, "Sussex": Org, "P. Hollins": Person} {
		e := byName(ents, name)
		if assert.NotNil(t, e, name) {
			assert.Equal(t, typ, e.Type, name)
		}
	}
}

func TestOtherNamesAreMisc(t *testing.T) {
	ents := recognize(t, "The striker missed the World Cup qualifier and will play at Euro 2028 instead, said coach Tom Hale.")
	e := byName(ents, "World Cup")
	require.NotNil(t, e)
	assert.Equal(t, Misc, e.Type)
}

func TestModelNameOverRulesSplits(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		// A first name that is also a place is no second name.
		{"The seventh seed, Lindsay Davenport, beat her compatriot in two sets on Tuesday.", "Lindsay Davenport"},
		// A first name that reads as a month still opens the name.
		{"The Slovak qualifier Jan Kroslak lost in the second round on Tuesday.", "Jan Kroslak"},
	} {
		ents := recognize(t, tc.text)
		e := byName(ents, tc.name)
		if assert.NotNil(t, e, tc.text) {
			assert.Equal(t, Person, e.Type, tc.name)
		}
	}
}

func TestTeamSheetNamesComeFromTheModel(t *testing.T) {
	ents := recognize(t, "The squad named on Friday:\n\nHashan Tillekeratne , Roshan Mahanama , Kumara Dharmasena , Chaminda Vaas .")
	for _, name := range []string{"Hashan Tillekeratne", "Roshan Mahanama", "Kumara Dharmasena", "Chaminda Vaas"} {
		e := byName(ents, name)
		if assert.NotNil(t, e, name) {
			assert.Equal(t, Person, e.Type, name)
		}
	}
}
