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
	ents := recognize(t, "Results of the women's 400 metres hurdles:\n\n"+
		"1. Ilona Brandqvist ( Sweden ) 54.31\n\n2. Sharice Pennant ( Jamaica ) 54.87")
	for _, name := range []string{"Ilona Brandqvist", "Sharice Pennant"} {
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
	ents := recognize(t, "Scores at the close of play on Thursday:\n\nHampshire 141 and 212 ( P. Hollins 5-52 ) , Sussex 318 .")
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
		{"The seventh seed, Chelsea Marwood, beat her compatriot in two sets on Tuesday.", "Chelsea Marwood"},
		// A first name that reads as a month still opens the name.
		{"The Slovak qualifier Jan Mikulec went out in the opening round on Tuesday.", "Jan Mikulec"},
	} {
		ents := recognize(t, tc.text)
		e := byName(ents, tc.name)
		if assert.NotNil(t, e, tc.text) {
			assert.Equal(t, Person, e.Type, tc.name)
		}
	}
}

func TestTeamSheetNamesComeFromTheModel(t *testing.T) {
	ents := recognize(t, "The squad named on Friday:\n\nNuwan Wijesekera , Dilan Gunathilake , Asitha Ranasinghe , Tharindu Weerakoon .")
	for _, name := range []string{"Nuwan Wijesekera", "Dilan Gunathilake", "Asitha Ranasinghe", "Tharindu Weerakoon"} {
		e := byName(ents, name)
		if assert.NotNil(t, e, name) {
			assert.Equal(t, Person, e.Type, name)
		}
	}
}
