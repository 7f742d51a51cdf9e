package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewsNameClasses holds one short invented text per class of error
// met on news sayso was not built on: each names its entity, its type and
// aliases that must all belong to it.
func TestNewsNameClasses(t *testing.T) {
	checkNames(t, []nameCase{
		{"a person whose surname is also a town", "Savannah Kent, a union lawyer, said the plan would fail. Kent added that members were tired.",
			"Savannah Kent", Person, []string{"Savannah Kent", "Kent"}},
		{"a person the model reads as an organization", "The host invited Florina Roses, who once worked for him, to speak at the gala. Roses declined.",
			"Florina Roses", Person, []string{"Florina Roses", "Roses"}},
		{"a surname written alone after the full name", "The moderator, Fletcher Vale of ABC News, ran the debate. The candidate later said Vale had been unfair.",
			"Fletcher Vale", Person, []string{"Fletcher Vale", "Vale"}},
		{"a title whose complement opens the run of capitals", "Secretary of State Ana Quill met her counterpart in Lima. Quill said the talks went well.",
			"Ana Quill", Person, []string{"Ana Quill", "Quill"}},
		{"a role word before the name", "The league MVP Jalen Stroud scored 30 points. Stroud said he was happy.",
			"Jalen Stroud", Person, []string{"Jalen Stroud", "Stroud"}},
		{"a suffix kept in the name", "The suit was filed by Thomas A. Bream Sr., a rancher. Bream said the state had ignored him.",
			"Thomas A. Bream Sr.", Person, []string{"Thomas A. Bream Sr.", "Bream"}},
		{"a middle initial kept in the name", "Peter J. Quarry said the bill was unfair. Quarry spoke for an hour.",
			"Peter J. Quarry", Person, []string{"Peter J. Quarry", "Quarry"}},
		{"names glued by scraping: an honorific", "Sen. Ann MorrowRep. Dale Finch and Gov. Ron DeSantis met Sen. Frank LoBiondo.",
			"Ann Morrow", Person, []string{"Ann Morrow"}},
		{"names glued by scraping: a first name", "The panel heard Ann MorrowDale Finch on Monday.",
			"Dale Finch", Person, []string{"Dale Finch"}},
		{"inner capitals are no glue", "Sen. Ann MorrowRep. Dale Finch and Gov. Ron DeSantis met Sen. Frank LoBiondo.",
			"Frank LoBiondo", Person, []string{"Frank LoBiondo"}},
		{"a dash between a dateline and its sentence", "TUCSON\u2014The council met on Monday. The mayor of Tucson said it would meet again.",
			"Tucson", GPE, []string{"TUCSON", "Tucson"}},
		{"a long name with \"for the\", before the town where it is", "Nadia Brill, head of research at the Centre for the Public Good in Washington, said so.",
			"Centre for the Public Good", Org, []string{"Centre for the Public Good"}},
		{"a legal suffix with its full stop heads a company", "Dale Motor Co. said it would cut jobs. Shares of Dale Motor Co. fell.",
			"Dale Motor Co.", Org, []string{"Dale Motor Co."}},
		{"a bill's number after its head word", "The Senate passed Bill C-48 on Monday. Bill C-48 bans tankers.",
			"Bill C-48", Misc, []string{"Bill C-48"}},
		{"a platform opening a sentence", "The posts were removed. Twitter said the account broke its rules.",
			"Twitter", Org, []string{"Twitter"}},
		{"a newspaper whose name ends in a date word", "The plan was leaked to USA TODAY on Monday.",
			"USA TODAY", Org, []string{"USA TODAY"}},
		{"a party's short name", "The GOP nominee spoke first. GOP leaders said little.",
			"GOP", Org, []string{"GOP"}},
		{"a country's other name", "The United States will act, the envoy said. America has never backed down.",
			"United States", GPE, []string{"United States", "America"}},
		{"a party's adjective and its members", "The Democratic nominee won. Democrats cheered in Denver.",
			"Democratic", NORP, []string{"Democrats", "Democratic"}},
		{"a surname goes to the person, not the administration named after him", "President Donald Quist spoke. The Quist administration said little. Quist left early.",
			"Donald Quist", Person, []string{"Donald Quist", "Quist"}},
		{"an institution that speaks", "The White House said it would veto the bill.",
			"White House", Org, []string{"White House"}},
	})
}

// TestNewsPeopleKeptApart holds texts in which two people share a name or
// part of one: they stay two entities, and a bare name goes to the one
// the context points to.
func TestNewsPeopleKeptApart(t *testing.T) {
	tests := []struct {
		class, text string
		a, b        string // names of two distinct entities
		bare        string // a name written alone ...
		at          int    // ... at this byte offset, which belongs to a
	}{
		{"a first name alone introduces a relative", "The figures were given by police chief Daniel Mwangi. Ostrander's father, Daniel, says his son loved the city.",
			"Daniel Mwangi", "Daniel", "", 0},
		{"husband and wife", "Mark Trelawny and his wife, Gabby Trelawny, arrived in Tucson. Gabby Trelawny said she was proud. Mark Trelawny said he was too. Trelawny then left.",
			"Mark Trelawny", "Gabby Trelawny", "Trelawny", 129},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			ents := recognize(t, tt.text)
			a, b := byName(ents, tt.a), byName(ents, tt.b)
			require.NotNil(t, a, "no entity %q in %v", tt.a, names(ents))
			require.NotNil(t, b, "no entity %q in %v", tt.b, names(ents))
			assert.NotSame(t, a, b)
			if tt.bare == "" {
				return
			}
			assert.Equal(t, tt.bare, tt.text[tt.at:tt.at+len(tt.bare)])
			found := false
			for _, m := range a.Mentions {
				found = found || m.Start == tt.at
			}
			assert.True(t, found, "%q at %d is not %s's", tt.bare, tt.at, tt.a)
		})
	}
}
