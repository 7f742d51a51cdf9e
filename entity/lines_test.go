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
			"Tin was unchanged at 36,000 rupees, so did zinc at 6,300 rupees.\n\nRiot police took ten minutes to restore order.",
			nil, []string{"Tin", "Riot"}},
		{"role words that are names",
			"Prime Minister John Major said on Friday that the union would last. Dean Whitcombe scored twice for the visitors.",
			map[string]Type{"John Major": Person, "Dean Whitcombe": Person}, nil},
		{"byline",
			"Rain Delays Harvest Across The Plains\n\nTomas Varga\n\n" +
				"Farmers in the region said on Monday that heavy rain had delayed the wheat harvest by two weeks.",
			map[string]Type{"Tomas Varga": Person}, []string{"Delays Harvest"}},
		{"war", "The region has been under rebel control since the 1991 Gulf War, officials said.",
			map[string]Type{"Gulf War": Misc}, nil},
		{"tournament", "She is bidding for a third Hong Kong Open title this week.",
			map[string]Type{"Hong Kong Open": Misc}, nil},
		{"bracket inside a name", "Results of the league on Saturday :\n\nBorac 1 Mladost ( L ) 2\n\nSloga 0 Rudar 3",
			map[string]Type{"Mladost ( L )": Org}, nil},
		{"place word ending a person's name", "Anthony Hill beat his compatriot in straight games on Saturday.",
			map[string]Type{"Anthony Hill": Person}, nil},
		{"two particles", "Scrum-half Pieter van der Merwe scored twice in the second half.",
			map[string]Type{"Pieter van der Merwe": Person}, nil},
		{"adjective opening a sentence", "Outspoken Canadian Marie Tremblay criticised the ruling on Monday.",
			map[string]Type{"Marie Tremblay": Person}, []string{"Outspoken Canadian Marie Tremblay"}},
		{"regnal numbers", "1822 - Pedro I became the first emperor, and Henry VIII was long dead.",
			map[string]Type{"Pedro I": Person, "Henry VIII": Person}, nil},
		{"month before a name", "The August National Association of Purchasing Management index rose 8.8 points.",
			nil, []string{"August National Association of Purchasing Management"}},
		{"clubs and cups read whole",
			"Results of the Yugoslav league on Saturday :\n\nRudar 0 OFK Kikinda 1\n\nSloga 2 Borac 1\n\nSOCCER - GERMAN CUP SECOND ROUND RESULTS .",
			map[string]Type{"OFK Kikinda": Org, "GERMAN CUP": Misc}, []string{"Kikinda"}},
		{"model name in a headline-cased line",
			"BASEBALL - RESULTS .\n\nResult of Major League Baseball\n\nResults of games played on Thursday ( home team in CAPS ) :",
			map[string]Type{"Major League Baseball": Misc}, nil},
		{"place and head word in a headline",
			"SW Kharkiv Front: Rebels Advance Into the Hills\n\n" +
				"Rebels said on Monday they had moved into the hills southwest of Kharkiv after a day of shelling.",
			map[string]Type{"Kharkiv": GPE}, []string{"SW Kharkiv Front", "Kharkiv Front"}},
		{"common word in capitals", "Shares of the company rose 5 percent.\n\nNOTE - Jarvik Holdings Corp is the full company name.",
			nil, []string{"NOTE"}},
		{"team in a results table",
			"SOCCER - ENGLISH LEAGUE RESULTS .\n\nLONDON 1996-08-31\n\n" +
				"Results of English league matches on Saturday :\n\nHuddersfield 1 Crystal Palace 1\n\nReading 2 Stoke 0",
			map[string]Type{"Crystal Palace": Org}, nil},
		{"function word as a surname after an initial",
			"Close of play scores on Friday :\n\n" +
				"At Hove : Yorkshire 290 and 329 ( R. Kettleborough 108 , G. Hamilton 61 ; P. Such 8-118 ) , Essex 372 .",
			map[string]Type{"P. Such": Person}, nil},
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
	ents := recognize(t, "BASEBALL - STANDINGS AFTER FRIDAY 'S GAMES .\n\nNEW YORK 1996-08-31\n\n"+
		"Standings after games played on Friday :\n\nNEW YORK 74 59 .556 -\n\nBALTIMORE 70 63 .526 4\n\n"+
		"BOSTON 69 65 .515 5 1/2\n\nTORONTO 63 71 .470 11 1/2")
	assert.ElementsMatch(t, []Type{GPE, Org}, typesOf(ents, "NEW YORK"),
		"the town of the dateline and the team of the table are two entities")
}

func TestTeamInAScheduleLine(t *testing.T) {
	text := "BASEBALL - MAJOR LEAGUE RESULTS .\n\nCHICAGO 1996-08-31\n\nSATURDAY , AUGUST 31 SCHEDULE\n\n" +
		"CHICAGO AT TORONTO\n\nBOSTON AT OAKLAND\n\nSEATTLE AT CHICAGO"
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
	ents := recognize(t, "He was a former army secretary of the old Nationalist regime that fled the mainland.")
	for _, e := range ents {
		assert.NotEqual(t, Person, e.Type, e.Name)
	}
}
