package claim_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/entity"
)

// actCase is an invented text with the act, speaker name and text start
// of each claim it should give.
type actCase struct {
	name string
	text string
	want []actWant
}

type actWant struct {
	act     claim.Act
	speaker string // the speaker's canonical name
	starts  string // the first words of the claim's text
}

var actCases = []actCase{
	{"said is a statement", "Mayor Ana Ruiz said the bridge will open in May.",
		[]actWant{{claim.Statement, "Ana Ruiz", "the bridge"}}},
	{"believes is a thought", "Mayor Ana Ruiz believes the bridge will open in May.",
		[]actWant{{claim.Thought, "Ana Ruiz", "the bridge"}}},
	{"found is a finding", "A study by the Hale Institute found that rents rose by a third.",
		[]actWant{{claim.Finding, "Hale Institute", "rents rose"}}},
	{"refused to is a stance", "Senator Tom Baker refused to comment on the vote.",
		[]actWant{{claim.Stance, "Tom Baker", "to comment"}}},
	{"an infinitive right after a statement verb is a stance", "Senator Tom Baker promised to meet the farmers this week.",
		[]actWant{{claim.Stance, "Tom Baker", "to meet"}}},
	{"an infinitive after an addressee is a statement", "Police chief Omar Haddad warned the public on Friday not to spread rumours about the fire.",
		[]actWant{{claim.Statement, "Omar Haddad", "not to spread"}}},
	{"a noun phrase after a statement verb is a stance", "Prime Minister Ana Ruiz denied any interference in the election.",
		[]actWant{{claim.Stance, "Ana Ruiz", "any interference"}}},
	{"a noun phrase before a subordinate clause is a stance", "Forward Ray Dunmore announced his retirement when the season ended.",
		[]actWant{{claim.Stance, "Ray Dunmore", "his retirement"}}},
	{"a noun phrase with a relative clause is a stance", "Singer Tom Vale reads a poem to his niece, which becomes the opening of a ballad.",
		[]actWant{{claim.Stance, "Tom Vale", "a poem"}}},
	{"a clause whose subject has a relative clause is a statement", "Mayor Ana Ruiz said the plan, which was approved on Monday, will cost five million dollars.",
		[]actWant{{claim.Statement, "Ana Ruiz", "the plan"}}},
	{"state with an adjunct before that", "Jan Vorel, an engineer at the lab, stated in the lab's yearly newsletter that the leaks came from one office.",
		[]actWant{{claim.Statement, "Jan Vorel", "the leaks"}}},
	{"a negated statement verb is a stance", "Chief executive Ana Ruiz did not say whether the plant would close.",
		[]actWant{{claim.Stance, "Ana Ruiz", "whether"}}},
	{"reported content that opens with a subordinate clause", "Greta Dorsey said that if she chooses to stand, she would try to mend the party.",
		[]actWant{{claim.Statement, "Greta Dorsey", "if she chooses to stand, she would try"}}},
	{"a participle after by takes the clause's subject", "Mayor Dana Whitcombe began by saying she would never close the library.",
		[]actWant{{claim.Statement, "Dana Whitcombe", "she would never"}}},
	{"a participle after before takes the clause's subject", "Senator Tom Baker spoke for an hour before insisting he had the votes.",
		[]actWant{{claim.Statement, "Tom Baker", "he had the votes"}}},
	{"an addressee after with is not content", "Most economists agreed with Ana Ruiz that the tax would slow growth.",
		[]actWant{{claim.Statement, "economists", "the tax would"}}},
	{"has yet to say is no statement", "Dale Finch has yet to say whether he will run.",
		[]actWant{{claim.Stance, "Dale Finch", "whether he will run"}}},
	{"a fronted participle clause has the subject after it", "After saying the bridge was safe, Marcus Tolland left the room.",
		[]actWant{{claim.Statement, "Marcus Tolland", "the bridge was safe"}}},
	{"a quotation is a statement", "“We are close,” Ana Ruiz said.",
		[]actWant{{claim.Statement, "Ana Ruiz", "We are close"}}},
	{"a quoted paragraph runs on after reported speech", "Union leader Terry Chase says the goals are not met.\n\n“Waiting times can reach an hour in a small town.”",
		[]actWant{{claim.Statement, "Terry Chase", "the goals"}, {claim.Statement, "Terry Chase", "Waiting times"}}},
	{"a quotation over two paragraphs gives two claims", "“The first part is here.\n\n“The second part ends it,” said Paul Adams.",
		[]actWant{{claim.Statement, "Paul Adams", "The first part"}, {claim.Statement, "Paul Adams", "The second part"}}},
	{"an indefinite description named later in the paragraph", "A spokesman for the Hale Institute said the vote was coming. The spokesman, Karim Nassar, said no one would be harmed.",
		[]actWant{{claim.Statement, "Karim Nassar", "the vote"}, {claim.Statement, "Karim Nassar", "no one"}}},
	{"a name opening the sentence before a long apposition", "Dennis Oduya, head of a cooperative that sells seed to small farms in the valley, said the harvest was lost.",
		[]actWant{{claim.Statement, "Dennis Oduya", "the harvest was"}}},
	{"a description after a name with a relative clause", "Irina Sokol, an analyst who studies the navy, noted that the rivals will treat any delay as a sign of doubt.",
		[]actWant{{claim.Statement, "Irina Sokol", "the rivals"}}},
	{"a lower-case role with its complement before a name", "The then-minister of tourism Ravinder Gill said the grants were ready.",
		[]actWant{{claim.Statement, "Ravinder Gill", "the grants"}}},
	{"a participle inside a role before a name", "“We are worried,” Corvane’s Irish managing director Piet Vermeer said.",
		[]actWant{{claim.Statement, "Piet Vermeer", "We are worried"}}},
	{"a role noun that is also a verb before a name", "Cyclists advocate Gil Hardy told reporters the new lanes are too narrow.",
		[]actWant{{claim.Statement, "Gil Hardy", "the new lanes"}}},
	{"a clause verb with its lexicon preposition reports its object, a stance", "The Lopez campaign did not immediately respond to requests for comment.",
		[]actWant{{claim.Stance, "Lopez", "requests for comment"}}},
	{"a relative that after a plural noun is the subject of a stance verb", "Most of the towns that support the new permits voted on Monday.",
		[]actWant{{claim.Stance, "towns", "the new permits"}}},
	{"a relative that is the subject of a thought verb", "The mayor met residents that believe the rents will rise.",
		[]actWant{{claim.Thought, "residents", "the rents will rise"}}},
	{"a relative that is no source of a statement verb, but the object of a learned action verb", "The ministry issued a bulletin that warned of the danger of floods.",
		[]actWant{{claim.Stance, "ministry", "a bulletin that warned"}}},
	{"a raising verb's content opens with its subject", "Still, the shortage of nurses in rural clinics seems to be a mounting worry for the ministry.",
		[]actWant{{claim.Finding, "", "the shortage of nurses in rural clinics seems to be"}}},
	{"a poll's heading is a finding", "Poll: Lopez and Cole tied in the race for mayor.\n\nThe two candidates met on Monday.",
		[]actWant{{claim.Finding, "Poll", "Lopez and Cole tied"}}},
	{"a heading of plural role nouns is a statement", "Insiders: Lopez will win the county vote.\n\nThe two candidates met on Monday.",
		[]actWant{{claim.Statement, "Insiders", "Lopez will win"}}},
	{"a report's heading is a statement", "Report: Lopez to speak at the party convention.\n\nThe two candidates met on Monday.",
		[]actWant{{claim.Statement, "Report", "Lopez to speak"}}},
	{"a section label's heading reports nothing", "Video: Rescuers brave the floods in the valley\n\nThe water rose on Monday.",
		[]actWant{}},
}

func TestActs(t *testing.T) {
	rec, err := entity.New()
	require.NoError(t, err)
	x, err := claim.New()
	require.NoError(t, err)
	for _, tc := range actCases {
		t.Run(tc.name, func(t *testing.T) {
			_, got := extractText(t, rec, x, tc.name, tc.text)
			require.Len(t, got, len(tc.want), "claims: %v", brief(got))
			for i, w := range tc.want {
				assert.Equal(t, w.act, got[i].Act, "act of %q (cue %q)", got[i].Text, got[i].Cue)
				assert.Contains(t, got[i].Speaker.Name, w.speaker, "speaker of %q (%s)", got[i].Text, got[i].Rule)
				assert.Regexp(t, "^"+w.starts, got[i].Text)
			}
		})
	}
}

func TestWithActsSelects(t *testing.T) {
	ctx := context.Background()
	rec, err := entity.New()
	require.NoError(t, err)
	doc, ents := parsed(t, rec, "acts", "Mayor Ana Ruiz said the bridge will open in May. She believes the cost will fall. The council refused to comment.")
	for _, tt := range []struct {
		acts []claim.Act
		want []claim.Act
	}{
		{claim.AllActs(), []claim.Act{claim.Statement, claim.Thought, claim.Stance}},
		{[]claim.Act{claim.Statement}, []claim.Act{claim.Statement}},
		{[]claim.Act{claim.Thought, claim.Stance}, []claim.Act{claim.Thought, claim.Stance}},
	} {
		x, err := claim.New(claim.WithActs(tt.acts...))
		require.NoError(t, err)
		got, err := x.Extract(ctx, doc, ents)
		require.NoError(t, err)
		var acts []claim.Act
		for _, c := range got {
			acts = append(acts, c.Act)
		}
		assert.Equal(t, tt.want, acts, "%v", tt.acts)
	}
	_, err = claim.New(claim.WithActs())
	assert.ErrorIs(t, err, claim.ErrOption)
}

func TestWriterFirstPersonKeptWhenUnattributedAsked(t *testing.T) {
	rec, err := entity.New()
	require.NoError(t, err)
	x, err := claim.New(claim.WithUnattributed(true))
	require.NoError(t, err)
	_, got := extractText(t, rec, x, "writer", "Mark Stone spoke to the council on Monday.\n\nI think the new budget will not survive the winter.")
	require.Len(t, got, 1)
	assert.Equal(t, claim.RulePronounUnresolved, got[0].Rule)
	assert.Equal(t, "I", got[0].Speaker.Text)
	assert.Empty(t, got[0].Speaker.Entity, "the writer is no entity of the article")
}

func TestLearnedVerbWithNoLexiconActIsAStance(t *testing.T) {
	rec, err := entity.New()
	require.NoError(t, err)
	x, err := claim.New(claim.WithCueVerbs("hum:hums:hummed"))
	require.NoError(t, err)
	_, got := extractText(t, rec, x, "learned", "Mayor Ana Ruiz hummed that the bridge will open in May.")
	require.Len(t, got, 1, "claims: %v", brief(got))
	assert.Equal(t, claim.Stance, got[0].Act, "a verb learned from its claims, which the lexicon does not know, reports an action")
	assert.Equal(t, "the bridge will open in May", got[0].Text)
}
