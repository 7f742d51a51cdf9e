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
		{"the place of a dateline", "MILWAUKEE\u2014Craft beer taps are being squeezed by the shutdown, which has stopped shipments of some suds across state lines. Bars in Milwaukee are running dry.",
			"Milwaukee", GPE, []string{"MILWAUKEE", "Milwaukee"}},
		{"an administration named after a person with a middle initial", "Tariffs were cut under the George W. Bush administration, officials said.",
			"George W. Bush administration", Org, []string{"George W. Bush administration"}},
		{"a legislature's head word alone", "Mara Fenwick told the House of Commons that the deal was dead. A house in her riding burned. The House voted against her plan on Tuesday.",
			"House of Commons", Org, []string{"House of Commons", "House"}},
		{"an institute without its complement", "Economists at the Dalgety Institute for International Economics modeled a trade war. The Dalgety Institute found that output would fall.",
			"Dalgety Institute for International Economics", Org, []string{"Dalgety Institute for International Economics", "Dalgety Institute"}},
		{"a country before a lower-case place word", "The appeals court overruled a U.S. district court judge's decision on Friday.",
			"U.S.", GPE, []string{"U.S."}},
		{"a brewery named by its first word", "Most of its beer is brewed at Riverbend Brewery in Duluth. Riverbend offers about 30 styles of beer a year, and the brewery is growing.",
			"Riverbend Brewery", Org, []string{"Riverbend Brewery", "Riverbend"}},
		{"a lower-case role with its complement before a name", "On the project, the minister of infrastructure Talvinder Grewal said the money was there.",
			"Talvinder Grewal", Person, []string{"Talvinder Grewal"}},
		{"a dated role joined by a hyphen", "The then-minister of infrastructure Talvinder Grewal said the money was there.",
			"Talvinder Grewal", Person, []string{"Talvinder Grewal"}},
		{"a one-word person's name that is also a town, over many mentions", "The season went on with Denton handing out roses. Denton told one woman she was funny. Later Denton kissed another woman on a beach. Denton sent four women home. At the end Denton cried. The next week Denton flew to Spain. There Denton met the families. Denton chose nobody, and Denton went home.",
			"Denton", Person, []string{"Denton"}},
		{"a nominee opening a line of a list", awardList,
			"Thandie Newton", Person, []string{"Thandie Newton"}},
		{"several nominees in one line", awardList,
			"Nick Vallelonga", Person, []string{"Nick Vallelonga"}},
		{"a title listed after a nominee", awardList,
			"Tully", Misc, []string{"Tully"}},
	})
}

// awardList is a list of nominees and their works, as award stories print
// them: capitals prove nothing in its lines.
const awardList = `Stars gathered in Los Angeles on Sunday for the awards.

Best Actress in a Motion Picture – Musical or Comedy

Emily Blunt, Mary Poppins Returns

** WINNER: Olivia Colman, The Favourite

Charlize Theron, Tully

Best Screenplay

** WINNER: Peter Farrelly, Nick Vallelonga, Brian Currie, Green Book

Best Actress in a Television Series – Drama

Thandie Newton (Westworld)

Elisabeth Moss (Handmaid’s Tale)
`

// TestNewsListLinesNeedAList checks that one line of the shape of a
// nominee's ("Charlize Theron, Tully") is no list: a headline or a
// caption may read so.
func TestNewsListLinesNeedAList(t *testing.T) {
	ents := recognize(t, "Stars gathered on Sunday.\n\nCharlize Theron, Tully\n\nThe show ran long, and Tully Marsh said so.\n")
	e := byName(ents, "Tully Marsh")
	require.NotNil(t, e, "no entity %q in %v", "Tully Marsh", names(ents))
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
