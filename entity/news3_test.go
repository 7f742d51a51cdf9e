package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewsThirdRoundClasses holds one short invented text per class of
// the third round on news sayso was not built on: names typed by the
// article's metadata, short forms of long names, facilities. Each names
// its entity, its type and aliases that must all belong to it.
func TestNewsThirdRoundClasses(t *testing.T) {
	checkNames(t, []nameCase{
		{"a photographer that a credit names", "The mayor met the council on Monday. (Orvin Tallach/Associated Press).\n\nThe council met later.",
			"Orvin Tallach", Person, []string{"Orvin Tallach"}},
		{"a reporter that a credit names", "The plan was approved on Monday.\n\nReporting by Wendel Drumm; Editing by Lise Marro",
			"Wendel Drumm", Person, []string{"Wendel Drumm"}},
		{"the place of a dateline", "TACOMA\u2014Grain bins are filling up during the strike, which has halted barge traffic on the river for weeks. Farms near Tacoma are running out of room.",
			"Tacoma", GPE, []string{"TACOMA", "Tacoma"}},
		{"an administration named after a person with a middle initial", "Tariffs were cut under the Chester T. Kessling administration, officials said.",
			"Chester T. Kessling administration", Org, []string{"Chester T. Kessling administration"}},
		{"a legislature's head word alone", "Mara Fenwick told the House of Assembly that the deal was dead. A house in her district burned. The House voted against her plan on Tuesday.",
			"House of Assembly", Org, []string{"House of Assembly", "House"}},
		{"an institute without its complement", "Economists at the Dalgety Institute for Trade Studies ran a model of a tariff dispute. The Dalgety Institute found that output would fall.",
			"Dalgety Institute for Trade Studies", Org, []string{"Dalgety Institute for Trade Studies", "Dalgety Institute"}},
		{"a country before a lower-case place word", "The panel upheld a U.S. district court ruling on Friday.",
			"U.S.", GPE, []string{"U.S."}},
		{"a brewery named by its first word", "Most of its beer is brewed at Riverbend Brewery in Duluth. Riverbend sells about a dozen kinds of ale each season, and the brewery is growing.",
			"Riverbend Brewery", Org, []string{"Riverbend Brewery", "Riverbend"}},
		{"a lower-case role with its complement before a name", "On the project, the minister of transport Talvinder Grewal said the money was there.",
			"Talvinder Grewal", Person, []string{"Talvinder Grewal"}},
		{"a dated role joined by a hyphen", "The then-minister of transport Talvinder Grewal said the money was there.",
			"Talvinder Grewal", Person, []string{"Talvinder Grewal"}},
		{"a one-word person's name that is also a town, over many mentions", "The tour went on with Denton signing books. Denton told one reader she was funny. Later Denton hugged another reader at a fair. Denton sent four readers home with gifts. At the end Denton wept. The next week Denton flew to Spain. There Denton met the publishers. Denton signed nothing more, and Denton went home.",
			"Denton", Person, []string{"Denton"}},
		{"a nominee opening a line of a list", awardList,
			"Zandile Quillan", Person, []string{"Zandile Quillan"}},
		{"several nominees in one line", awardList,
			"Rory Castellano", Person, []string{"Rory Castellano"}},
		{"a title listed after a nominee", awardList,
			"Callum", Misc, []string{"Callum"}},
	})
}

// awardList is a list of nominees and their works, as award stories print
// them: capitals prove nothing in its lines.
const awardList = `Stars gathered in Las Vegas on Saturday for the awards.

Best Actress in a Feature Film – Comedy

Corinne Pellow, Margaret Sails Again

** WINNER: Harriet Maddox, The Understudy

Jolene Ambrose, Callum

Best Original Script

** WINNER: Simon Ashdown, Rory Castellano, Gavin Lyle, Green Orchard

Best Actress in a Streaming Series – Drama

Zandile Quillan (Dunmore)

Rebecca Wilder (Ferryman’s Song)
`

// TestNewsListLinesNeedAList checks that one line of the shape of a
// nominee's ("Jolene Ambrose, Callum") is no list: a headline or a
// caption may read so.
func TestNewsListLinesNeedAList(t *testing.T) {
	ents := recognize(t, "Stars gathered on Saturday.\n\nJolene Ambrose, Callum\n\nThe show ran long, and Callum Marsh said so.\n")
	e := byName(ents, "Callum Marsh")
	require.NotNil(t, e, "no entity %q in %v", "Callum Marsh", names(ents))
	assert.Equal(t, Person, e.Type)
}

// TestNewsCommonOpenersAreNoNames checks that a common word opening a
// sentence before a function word is no name, though the model may read
// a person there and a list of first names hold it ("Ever", "Given").
func TestNewsCommonOpenersAreNoNames(t *testing.T) {
	text := "The talks went well on Monday. \u201cForget about the tariffs,\u201d Orla Quist said. Given the costs, she left early. Ever since the vote, the mood has been grim."
	ents := recognize(t, text)
	for _, w := range []string{"Forget", "Given", "Ever"} {
		assert.Nil(t, byName(ents, w), "%q is no name: %v", w, names(ents))
	}
	assert.NotNil(t, byName(ents, "Orla Quist"), "no entity %q in %v", "Orla Quist", names(ents))
}
