package entity

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// typesOf returns the types of the entities called name.
func typesOf(ents []*Entity, name string) []Type {
	var out []Type
	for _, e := range ents {
		if e.Name == name {
			out = append(out, e.Type)
		}
	}
	return out
}

func TestTownAndItsTeamKeptApart(t *testing.T) {
	ents := recognize(t, "BASEBALL - STANDINGS AFTER FRIDAY 'S GAMES .\n\nNEW YORK 1996-08-31\n\n"+
		"Standings after games played on Friday :\n\nNEW YORK 74 59 .556 -\n\nBALTIMORE 70 63 .526 4\n\n"+
		"BOSTON 69 65 .515 5 1/2\n\nTORONTO 63 71 .470 11 1/2")
	assert.ElementsMatch(t, []Type{GPE, Org}, typesOf(ents, "NEW YORK"),
		"the town of the dateline and the team of the table are two entities")
}

func TestPlaceNamesInResultsLines(t *testing.T) {
	ents := recognize(t, "Results of the women's 800 metres on Friday :\n\n"+
		"9. Jana Novakova ( New Zealand ) 2:01.83\n\n10. Petra Hallova ( South Africa ) 2:02.10")
	for _, name := range []string{"New Zealand", "South Africa"} {
		assert.Equal(t, []Type{GPE}, typesOf(ents, name), name)
	}
	assert.Nil(t, byName(ents, "Zealand"))
}

func TestFirstNamesThatAreCommonWords(t *testing.T) {
	ents := recognize(t, "Tin was unchanged at 36,000 rupees, so did zinc at 6,300 rupees.\n\n"+
		"Riot police took ten minutes to restore order.")
	assert.Empty(t, ents, "a first name opening a sentence alone is a common word")
}

func TestTitleWordsThatAreNames(t *testing.T) {
	ents := recognize(t, "Prime Minister John Major said on Friday that the union would last. "+
		"Dean Whitcombe scored twice for the visitors.")
	for _, name := range []string{"John Major", "Dean Whitcombe"} {
		e := byName(ents, name)
		if assert.NotNil(t, e, name) {
			assert.Equal(t, Person, e.Type, name)
		}
	}
}

func TestBylineIsAPerson(t *testing.T) {
	ents := recognize(t, "Rain Delays Harvest Across The Plains\n\nTomas Varga\n\n"+
		"Farmers in the region said on Monday that heavy rain had delayed the wheat harvest by two weeks.")
	e := byName(ents, "Tomas Varga")
	require.NotNil(t, e)
	assert.Equal(t, Person, e.Type)
	assert.Nil(t, byName(ents, "Delays Harvest"))
}

func TestEventsAreMisc(t *testing.T) {
	ents := recognize(t, "The region has been under Kurdish control since the 1991 Gulf War, officials said.")
	e := byName(ents, "Gulf War")
	require.NotNil(t, e)
	assert.Equal(t, Misc, e.Type, "a war is neither a place nor an organization")
}

func TestBracketInsideAName(t *testing.T) {
	ents := recognize(t, "Results of the league on Saturday :\n\nBorac 1 Mladost ( L ) 2\n\nSloga 0 Rudar 3")
	assert.NotNil(t, byName(ents, "Mladost ( L )"), "the closing bracket belongs to the name")
}

func TestPersonNamedLikeAHill(t *testing.T) {
	ents := recognize(t, "Anthony Hill beat his compatriot in straight games on Saturday.")
	e := byName(ents, "Anthony Hill")
	require.NotNil(t, e)
	assert.Equal(t, Person, e.Type)
}

func TestRoleWordAsSurname(t *testing.T) {
	ents := recognize(t, "Team captain Marla Jean King named her squad on Friday. "+
		"\"We need everybody fit,\" King said after the draw.")
	e := byName(ents, "Marla Jean King")
	require.NotNil(t, e)
	assert.Len(t, e.Mentions, 2, "King alone is her surname")
}

func TestTwoParticlesInAName(t *testing.T) {
	ents := recognize(t, "Scrum-half Pieter van der Merwe scored twice in the second half.")
	e := byName(ents, "Pieter van der Merwe")
	require.NotNil(t, e)
	assert.Equal(t, Person, e.Type)
}

func TestAdjectiveOpeningASentenceIsNoName(t *testing.T) {
	ents := recognize(t, "Outspoken Canadian Marie Tremblay criticised the ruling on Monday.")
	for _, e := range ents {
		assert.NotContains(t, e.Name, "Outspoken")
	}
	assert.NotNil(t, byName(ents, "Marie Tremblay"))
}

func TestRegnalNumbers(t *testing.T) {
	ents := recognize(t, "1822 - Pedro I became the first emperor, and Henry VIII was long dead.")
	for _, name := range []string{"Pedro I", "Henry VIII"} {
		e := byName(ents, name)
		if assert.NotNil(t, e, name) {
			assert.Equal(t, Person, e.Type, name)
		}
	}
}

func TestTournamentIsMisc(t *testing.T) {
	ents := recognize(t, "She is bidding for a third Hong Kong Open title this week.")
	e := byName(ents, "Hong Kong Open")
	require.NotNil(t, e)
	assert.Equal(t, Misc, e.Type)
}

func TestMonthBeforeAName(t *testing.T) {
	ents := recognize(t, "The August National Association of Purchasing Management index rose 8.8 points.")
	for _, e := range ents {
		assert.NotContains(t, e.Name, "August")
	}
}

func TestClubNamesHeldWhole(t *testing.T) {
	ents := recognize(t, "Results of the Yugoslav league on Saturday :\n\nRudar 0 OFK Kikinda 1\n\nSloga 2 Borac 1\n\n"+
		"SOCCER - GERMAN CUP SECOND ROUND RESULTS .")
	assert.NotNil(t, byName(ents, "OFK Kikinda"))
	e := byName(ents, "GERMAN CUP")
	if assert.NotNil(t, e) {
		assert.Equal(t, Misc, e.Type)
	}
}

func TestModelNameWidensARunInAHeadline(t *testing.T) {
	ents := recognize(t, "BASEBALL - RESULTS .\n\nResult of Major League Baseball\n\n"+
		"Results of games played on Thursday ( home team in CAPS ) :")
	assert.NotNil(t, byName(ents, "Major League Baseball"))
}

func TestPlaceAndHeadInAHeadlineStaysAPlace(t *testing.T) {
	ents := recognize(t, "SW Tarsin Front: Rebels Take Control of the Hills\n\n"+
		"Rebels said on Monday they had taken the hills southwest of Tarsin after two days of fighting.")
	assert.Nil(t, byName(ents, "SW Tarsin Front"))
}

func TestCommonWordInCapitalsIsNoAcronym(t *testing.T) {
	ents := recognize(t, "Shares of the company rose 5 percent.\n\nNOTE - Jarvik Holdings Corp is the full company name.")
	assert.Nil(t, byName(ents, "NOTE"))
	assert.Empty(t, withAlias(ents, "NOTE"))
}

func TestFirstNameListAloneIsNoEvidence(t *testing.T) {
	ents := recognize(t, "He was a former army secretary of the old Nationalist regime that fled the mainland.")
	for _, e := range ents {
		assert.NotEqual(t, Person, e.Type, e.Name)
	}
}

func TestTeamInAScheduleLine(t *testing.T) {
	text := "BASEBALL - MAJOR LEAGUE RESULTS .\n\nCHICAGO 1996-08-31\n\nSATURDAY , AUGUST 31 SCHEDULE\n\n" +
		"CHICAGO AT TORONTO\n\nBOSTON AT OAKLAND\n\nSEATTLE AT CHICAGO"
	ents := recognize(t, text)
	home := strings.Index(text, "CHICAGO AT")
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Start == home {
				assert.Equal(t, Org, e.Type, "the visiting team is an organization")
			}
		}
	}
}

func TestTeamInAResultsTable(t *testing.T) {
	ents := recognize(t, "SOCCER - ENGLISH LEAGUE RESULTS .\n\nLONDON 1996-08-31\n\n"+
		"Results of English league matches on Saturday :\n\nHuddersfield 1 Crystal Palace 1\n\nReading 2 Stoke 0")
	e := byName(ents, "Crystal Palace")
	require.NotNil(t, e)
	assert.Equal(t, Org, e.Type, "in a results table the model's team outweighs the facility head")
}
