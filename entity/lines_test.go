package entity

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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

// TestNamesInNewsLines covers the shapes of names that results tables,
// headlines, bylines and sentence openings give: each case lists the
// entities that must be found, with their type, and names that must not.
func TestNamesInNewsLines(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]Type
		not  []string
	}{
		{"places in a results line",
			"Results of the women's 800 metres on Friday :\n\n" +
				"9. Jana Novakova ( New Zealand ) 2:01.83\n\n10. Petra Hallova ( South Africa ) 2:02.10",
			map[string]Type{"New Zealand": GPE, "South Africa": GPE}, []string{"Zealand"}},
		{"first names that are common words",
			"Tin held at 41,500 rupees, while copper slipped to 7,250 rupees.\n\nRiot squads needed an hour to clear the square.",
			nil, []string{"Tin", "Riot"}},
		{"role words that are names",
			"Prime Minister John Major said on Friday that the union would last. Dean Whitcombe scored twice for the visitors.",
			map[string]Type{"John Major": Person, "Dean Whitcombe": Person}, nil},
		{"byline",
			"Rain Delays Harvest Across The Plains\n\nTomas Varga\n\n" +
				"Farmers in the region said on Monday that heavy rain had delayed the wheat harvest by two weeks.",
			map[string]Type{"Tomas Varga": Person}, []string{"Delays Harvest"}},
		{"war", "Many of the pilots had flown in the 1991 Gulf War, officials said.",
			map[string]Type{"Gulf War": Misc}, nil},
		{"tournament", "She is chasing a third Hong Kong Open crown this week.",
			map[string]Type{"Hong Kong Open": Misc}, nil},
		{"bracket inside a name", "Results of the league on Saturday :\n\nJedinstvo 2 Radnik ( S ) 0\n\nSloga 1 Rudar 1",
			map[string]Type{"Radnik ( S )": Org}, nil},
		{"place word ending a person's name", "Gareth Hill beat his compatriot in straight games on Saturday.",
			map[string]Type{"Gareth Hill": Person}, nil},
		{"two particles", "Scrum-half Pieter van der Merwe scored two tries after the break.",
			map[string]Type{"Pieter van der Merwe": Person}, nil},
		{"adjective opening a sentence", "Outspoken Canadian Marie Tremblay criticised the ruling on Monday.",
			map[string]Type{"Marie Tremblay": Person}, []string{"Outspoken Canadian Marie Tremblay"}},
		{"regnal numbers", "1826 - Pedro I became king for a few weeks, and Henry VIII was long dead.",
			map[string]Type{"Pedro I": Person, "Henry VIII": Person}, nil},
		{"month before a name", "The June National Association of Home Builders survey slipped 2.4 points.",
			nil, []string{"June National Association of Home Builders"}},
		{"clubs and cups read whole",
			"Results of the Yugoslav league on Saturday :\n\nBorac 2 OFK Sombor 2\n\nSloga 0 Rudar 1\n\nSOCCER - GERMAN CUP THIRD ROUND RESULTS .",
			map[string]Type{"OFK Sombor": Org, "GERMAN CUP": Misc}, []string{"Sombor"}},
		{"model name in a headline-cased line",
			"BASEBALL - RESULTS .\n\nResult of Major League Baseball\n\nWednesday 's games ( home team listed in CAPS ) :",
			map[string]Type{"Major League Baseball": Misc}, nil},
		{"place and head word in a headline",
			"SW Kharkiv Front: Rebels Advance Into the Hills\n\n" +
				"Rebels said on Monday they had moved into the hills southwest of Kharkiv after a day of shelling.",
			map[string]Type{"Kharkiv": GPE}, []string{"SW Kharkiv Front", "Kharkiv Front"}},
		{"common word in capitals", "Shares of the company rose 5 percent.\n\nNOTE - The company's full name is Jarvik Holdings Corp.",
			nil, []string{"NOTE"}},
		{"team in a results table",
			"SOCCER - ENGLISH LEAGUE RESULTS .\n\nLONDON 1996-09-14\n\n" +
				"Results of English league games on Saturday :\n\nBarnsley 0 Crystal Palace 2\n\nStoke 1 Reading 1",
			map[string]Type{"Crystal Palace": Org}, nil},
		{"function word as a surname after an initial",
			"Scores at the close of play on Thursday :\n\n" +
				"At Taunton : Kent 244 and 301 ( J. Marsh 97 , T. Fielding 54 ; M. Such 6-71 ) , Somerset 336 .",
			map[string]Type{"M. Such": Person}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ents := recognize(t, tc.text)
			for name, typ := range tc.want {
				assert.Contains(t, typesOf(ents, name), typ, name)
			}
			for _, name := range tc.not {
				assert.Nil(t, byName(ents, name), name)
				assert.Empty(t, withAlias(ents, name), name)
			}
		})
	}
}

func TestTownAndItsTeamKeptApart(t *testing.T) {
	ents := recognize(t, "BASEBALL - STANDINGS AFTER THURSDAY 'S GAMES .\n\nNEW YORK 1996-09-05\n\n"+
		"Standings after Thursday 's games :\n\nNEW YORK 74 62 .544 -\n\nBALTIMORE 70 66 .515 4\n\n"+
		"BOSTON 69 68 .504 5 1/2\n\nTORONTO 63 74 .460 11 1/2")
	assert.ElementsMatch(t, []Type{GPE, Org}, typesOf(ents, "NEW YORK"),
		"the town of the dateline and the team of the table are two entities")
}

func TestTeamInAScheduleLine(t *testing.T) {
	text := "BASEBALL - MAJOR LEAGUE RESULTS .\n\nCHICAGO 1996-09-07\n\nSATURDAY , SEPTEMBER 7 SCHEDULE\n\n" +
		"CHICAGO AT DETROIT\n\nBOSTON AT SEATTLE\n\nOAKLAND AT CHICAGO"
	ents := recognize(t, text)
	visitor := strings.Index(text, "CHICAGO AT")
	found := false
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Start == visitor {
				found = true
				assert.Equal(t, Org, e.Type, "the visiting team is an organization")
			}
		}
	}
	assert.True(t, found)
}

func TestRoleWordAsSurname(t *testing.T) {
	ents := recognize(t, "Team captain Marla Jean King named her squad on Friday. "+
		"\"We need everybody fit,\" King said after the draw.")
	e := byName(ents, "Marla Jean King")
	if assert.NotNil(t, e) {
		assert.Len(t, e.Mentions, 2, "King alone is her surname")
	}
}

func TestFirstNameListAloneIsNoEvidence(t *testing.T) {
	ents := recognize(t, "He had been a junior treasurer of the last Nationalist cabinet that went into exile.")
	for _, e := range ents {
		assert.NotEqual(t, Person, e.Type, e.Name)
	}
}
