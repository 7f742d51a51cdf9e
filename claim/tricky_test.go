package claim_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// want is one expected claim: its kind, its text, and its speaker's name
// or description (a substring of Speaker.Name or Speaker.Text).
type want struct {
	kind    claim.Kind
	text    string
	speaker string
}

// trickyCases are the constructions news uses to attribute speech, one
// short invented text each.
var trickyCases = []struct {
	name string
	text string
	want []want
}{
	{"quote then name cue", "“We will not give up,” Smith said.",
		[]want{{claim.Direct, "We will not give up", "Smith"}}},
	{"inverted said X", "“The talks were useful,” said Maria Lopez.",
		[]want{{claim.Direct, "The talks were useful", "Maria Lopez"}}},
	{"apposition after name", "“Prices will rise,” Tom Baker, the bank’s chief economist, said.",
		[]want{{claim.Direct, "Prices will rise", "Tom Baker"}}},
	{"colon introduction", "Angela Merkel said: “Europe must stand together.”",
		[]want{{claim.Direct, "Europe must stand together.", "Angela Merkel"}}},
	{"colon after adjunct", "Governor Sam Reed said after the vote: “This is a victory for all.”",
		[]want{{claim.Direct, "This is a victory for all.", "Sam Reed"}}},
	{"interrupted quote", "“We are ready,” Jones said, “but we need more time.”",
		[]want{{claim.Direct, "We are ready", "Jones"}, {claim.Direct, "but we need more time.", "Jones"}}},
	{"straight quotes interrupted", `"It is over," Ben Cole said, "and we lost."`,
		[]want{{claim.Direct, "It is over", "Ben Cole"}, {claim.Direct, "and we lost.", "Ben Cole"}}},
	{"straight quotes inverted", `"We will appeal," said lawyer Mark Stone.`,
		[]want{{claim.Direct, "We will appeal", "Mark Stone"}}},
	{"pronoun across sentences", "Peter Novak arrived in Paris on Monday. He said the summit would fail.",
		[]want{{claim.Indirect, "the summit would fail", "Peter Novak"}}},
	{"pronoun after quote", "Sarah Connor spoke to reporters. “It was a mistake,” she said.",
		[]want{{claim.Direct, "It was a mistake", "Sarah Connor"}}},
	{"pronoun chain", "Peter Novak spoke first. He said the plan was fair. He added that it would cost less.",
		[]want{{claim.Indirect, "the plan was fair", "Peter Novak"}, {claim.Indirect, "it would cost less", "Peter Novak"}}},
	{"according to at end", "The dam will open next week, according to Mayor Lisa Grant.",
		[]want{{claim.Indirect, "The dam will open next week", "Lisa Grant"}}},
	{"according to at start", "According to the World Health Organization, cases fell by half.",
		[]want{{claim.Indirect, "cases fell by half", "World Health Organization"}}},
	{"told reporters that", "Boris Ivanov told reporters that the plan was dead.",
		[]want{{claim.Indirect, "the plan was dead", "Boris Ivanov"}}},
	{"told reporters no that", "Boris Ivanov told reporters the plan was dead.",
		[]want{{claim.Indirect, "the plan was dead", "Boris Ivanov"}}},
	{"told name clause", "Boris Ivanov told Peter Novak the deal was off.",
		[]want{{claim.Indirect, "the deal was off", "Boris Ivanov"}}},
	{"multi-paragraph quote", "“The first paragraph of the speech is here.\n\n“And the second paragraph ends it,” said Paul Adams.",
		[]want{{claim.Direct, "The first paragraph of the speech is here.", "Paul Adams"},
			{claim.Direct, "And the second paragraph ends it", "Paul Adams"}}},
	{"nested quote", "“He told me ‘never again’ and I believed him,” Clara Diaz said.",
		[]want{{claim.Direct, "He told me ‘never again’ and I believed him", "Clara Diaz"}}},
	{"scare quote only", "The so-called “peace plan” was rejected by parliament.", nil},
	{"quoted name only", "The ship, named “Freedom”, sailed at dawn.", nil},
	{"apostrophes", "“We don’t know what’s next,” Sean O’Neill said.",
		[]want{{claim.Direct, "We don’t know what’s next", "O’Neill"}}},
	{"organization speaker", "The State Department said the talks would resume.",
		[]want{{claim.Indirect, "the talks would resume", "State Department"}}},
	{"possessive organization", "Brazil’s Foreign Ministry said the report was false.",
		[]want{{claim.Indirect, "the report was false", "Foreign Ministry"}}},
	{"anonymous one official", "One official said the deal was close.",
		[]want{{claim.Indirect, "the deal was close", "One official"}}},
	{"anonymous senior official", "A senior U.S. official said the talks would continue.",
		[]want{{claim.Indirect, "the talks would continue", "A senior U.S. official"}}},
	{"anonymous with place", "A Western diplomat in Vienna said the mood was tense.",
		[]want{{claim.Indirect, "the mood was tense", "A Western diplomat in Vienna"}}},
	{"plural unnamed", "Critics say the law is too vague.",
		[]want{{claim.Indirect, "the law is too vague", "Critics"}}},
	{"unnamed quote", "“The mood is grim,” one diplomat said.",
		[]want{{claim.Direct, "The mood is grim", "one diplomat"}}},
	{"military source", "A military source said the base was hit.",
		[]want{{claim.Indirect, "the base was hit", "A military source"}}},
	{"block quotation", "Helen Clark said of the proposal:\n\nThe plan is not workable. It ignores the facts.\n\nWe will oppose it in parliament.",
		[]want{{claim.Direct, "The plan is not workable. It ignores the facts.", "Helen Clark"}, {claim.Direct, "We will oppose it in parliament.", "Helen Clark"}}},
	{"block quotation after told", "Maria Santos told the council on Monday of the need for action:\n\nWe cannot wait any longer.",
		[]want{{claim.Indirect, "the need for action", "Maria Santos"}, {claim.Direct, "We cannot wait any longer.", "Maria Santos"}}},
	{"headline attribution", "Angela Merkel: Germany will not send troops\n\nThe chancellor spoke in Berlin on Monday.",
		[]want{{claim.Indirect, "Germany will not send troops", "Angela Merkel"}}},
	{"title case headline", "Helen Park: The Long Road Ahead For Peace Talks\n\nThe talks resume today.", nil},
	{"title line with a full stop", "Angela Merkel: Germany Will Not Send Troops.\n\nThe chancellor spoke in Berlin on Monday.",
		[]want{{claim.Indirect, "Germany Will Not Send Troops.", "Angela Merkel"}}},
	{"title line ending in a quotation", "Angela Merkel: Plan ‘Not Fit For The Union.’\n\nThe chancellor spoke in Berlin on Monday.",
		[]want{{claim.Indirect, "Plan ‘Not Fit For The Union.’", "Angela Merkel"}}},
	{"comparison after reported speech", "Most voters say the economy is weak, compared with 40 percent who say it is strong.",
		[]want{{claim.Indirect, "the economy is weak", "Most voters"}, {claim.Indirect, "it is strong", "40 percent"}}},
	{"second speaker after and", "Two-thirds of members said the plan is fair, and half said the cost was too high.",
		[]want{{claim.Indirect, "the plan is fair", "Two-thirds of members"}, {claim.Indirect, "the cost was too high", "half"}}},
	{"verb with its preposition", "The senator pointed to rising costs in rural hospitals.",
		[]want{{claim.Indirect, "rising costs in rural hospitals", "The senator"}}},
	{"railed against", "John Doe railed against the trade deal at a rally.",
		[]want{{claim.Indirect, "the trade deal at a rally", "John Doe"}}},
	{"quantity subject after and", "Half of the members said the plan was fair, and more than 4 in 10 said it cost too much.",
		[]want{{claim.Indirect, "the plan was fair", "Half of the members"}, {claim.Indirect, "it cost too much", "4 in 10"}}},
	{"pronoun subject after a comma", "Mark Stone said the vote was close, she did say the count would go on.",
		[]want{{claim.Indirect, "the vote was close", "Mark Stone"}, {claim.Indirect, "the count would go on", "she"}}},
	{"writer's first person stays unresolved", "Mark Stone spoke to the council on Monday.\n\nI think the new budget will not survive the winter.",
		[]want{{claim.Indirect, "the new budget will not survive the winter", "I"}}},
	{"participle modifier is no cue", "The study, released Monday, concluded that the program failed.",
		[]want{{claim.Indirect, "the program failed", "The study"}}},
	{"name-calling with a gerund noun", "Jane Roe called the ruling a disgrace.",
		[]want{{claim.Indirect, "the ruling a disgrace", "Jane Roe"}}},
	{"continued beside a quotation", "Jane Roe spoke at length.\n\n“Applying those questions,” Jane Roe continued, “you and I should unite.”",
		[]want{{claim.Direct, "Applying those questions", "Jane Roe"}, {claim.Direct, "you and I should unite.", "Jane Roe"}}},
	{"saying with a long subject", "Jane Roe opened the rally with a jab at the mayor, saying his long-delayed plan to close the old library would hurt families.",
		[]want{{claim.Indirect, "his long-delayed plan to close the old library would hurt families", "Jane Roe"}}},
	{"dateline before a colon is no source", "LONDON (AP) — The latest on the vote count:\n\nThe polls closed at ten in every region.", nil},
	{"here before a colon is no source", "Here are the winners this year:\n\nThe first prize went to a team from Leeds.", nil},
	{"relative clause with its own report", "Jane Roe urged the judge to show mercy, which she said was the only fair outcome.",
		[]want{{claim.Indirect, "to show mercy", "Jane Roe"}, {claim.Indirect, "was the only fair outcome", "she"}}},
	{"while with a participle cue", "Mark Stone defended the budget, while acknowledging that the cuts would hurt.",
		[]want{{claim.Indirect, "the budget", "Mark Stone"}, {claim.Indirect, "the cuts would hurt", "Mark Stone"}}},
	{"name-calling a pronoun", "Jane Roe called him divisive and dangerous.",
		[]want{{claim.Indirect, "him divisive and dangerous", "Jane Roe"}}},
	{"calling someone back is no claim", "Jane Roe called him back later.", nil},
	{"according to after an opener", "In addition, according to the ministry, nearly nine million workers will qualify.",
		[]want{{claim.Indirect, "nearly nine million workers will qualify", "the ministry"}}},
	{"according to without a comma", "The mayor leads the race by ten points according to a count by the city.",
		[]want{{claim.Indirect, "The mayor leads the race by ten points", "a count"}}},
	{"pro-form content", "Seventy percent of members said yes, but 40 percent said the same of the old plan.",
		[]want{{claim.Indirect, "yes", "Seventy percent of members"}, {claim.Indirect, "the same of the old plan", "40 percent"}}},
	{"concessive clause after reported speech", "Jane Roe said the plan would fail, although the mayor has defended it.",
		[]want{{claim.Indirect, "the plan would fail", "Jane Roe"}}},
	{"joint speakers", "John Smith and Mary Jones said the agreement was fair.",
		[]want{{claim.Indirect, "the agreement was fair", "John Smith"}}},
	{"joint countries", "France and Germany said the sanctions would stay.",
		[]want{{claim.Indirect, "the sanctions would stay", "France"}}},
	{"nominal minister", "Foreign Minister Ali Reza met his counterpart in Rome. The minister said the visit was a success.",
		[]want{{claim.Indirect, "the visit was a success", "Ali Reza"}}},
	{"nominal with modifier", "Interior Minister Karl Berg and Finance Minister Olga Ries met. The finance minister said taxes would fall.",
		[]want{{claim.Indirect, "taxes would fall", "Olga Ries"}}},
	{"passive quoted as saying", "Hill was quoted as saying that the vote was rigged.",
		[]want{{claim.Indirect, "the vote was rigged", "Hill"}}},
	{"in a statement", "Acme Corp said in a statement that profits had fallen.",
		[]want{{claim.Indirect, "profits had fallen", "Acme Corp"}}},
	{"mixed quote", "Emma Wright said the vaccine was “safe and effective” for adults.",
		[]want{{claim.Mixed, "the vaccine was “safe and effective” for adults", "Emma Wright"}}},
	{"postposed reported", "The economy will grow by 3 percent this year, the central bank said.",
		[]want{{claim.Indirect, "The economy will grow by 3 percent this year", "central bank"}}},
	{"inverted reported", "Inflation will ease soon, said Governor Mark Carney.",
		[]want{{claim.Indirect, "Inflation will ease soon", "Mark Carney"}}},
	{"said on day that", "Elena Petrova said on Monday that the border would reopen.",
		[]want{{claim.Indirect, "the border would reopen", "Elena Petrova"}}},
	{"time phrase before cue", "Elena Petrova on Tuesday said the border was closed.",
		[]want{{claim.Indirect, "the border was closed", "Elena Petrova"}}},
	{"adjectival cue", "Coach Dan Miller was optimistic that the team would recover.",
		[]want{{claim.Indirect, "the team would recover", "Dan Miller"}}},
	{"warned of", "Daniel Okafor warned of a long and costly war.",
		[]want{{claim.Indirect, "a long and costly war", "Daniel Okafor"}}},
	{"stressed the need", "Keiko Tanaka stressed the need for new elections.",
		[]want{{claim.Indirect, "the need for new elections", "Keiko Tanaka"}}},
	{"coordinated cues", "Rob Stein said the plan was sound, but warned that costs could rise.",
		[]want{{claim.Indirect, "the plan was sound", "Rob Stein"}, {claim.Indirect, "costs could rise", "Rob Stein"}}},
	{"participle saying", "Julia Marsh left the theater, saying it was a masterpiece.",
		[]want{{claim.Indirect, "it was a masterpiece", "Julia Marsh"}}},
	{"adding that", "Omar Haddad said the road was closed, adding that aid could not get through.",
		[]want{{claim.Indirect, "the road was closed", "Omar Haddad"}, {claim.Indirect, "aid could not get through", "Omar Haddad"}}},
	{"question quote", "“Why should we wait?” asked Lena Olsen.",
		[]want{{claim.Direct, "Why should we wait?", "Lena Olsen"}}},
	{"exclamation unnamed", "“Get out now!” the officer shouted.",
		[]want{{claim.Direct, "Get out now!", "the officer"}}},
	{"continuation next sentence", "“We have done our part,” Kim Lee said. “Now it is up to them.”",
		[]want{{claim.Direct, "We have done our part", "Kim Lee"}, {claim.Direct, "Now it is up to them.", "Kim Lee"}}},
	{"continuation next paragraph", "“Our troops are ready,” General Ray Hunt said.\n\n“They have been trained for this.”",
		[]want{{claim.Direct, "Our troops are ready", "Ray Hunt"}, {claim.Direct, "They have been trained for this.", "Ray Hunt"}}},
	{"spokesperson title", "Health ministry spokesperson Ana Ruiz said the hospitals were full.",
		[]want{{claim.Indirect, "the hospitals were full", "Ana Ruiz"}}},
	{"pronoun it for company", "Google reported higher profits. It said demand was strong.",
		[]want{{claim.Indirect, "higher profits", "Google"}, {claim.Indirect, "demand was strong", "Google"}}},
	{"pronoun they for residents", "Local residents said the water was unsafe. They said the river smelled of oil.",
		[]want{{claim.Indirect, "the water was unsafe", "Local residents"}, {claim.Indirect, "the river smelled of oil", "Local residents"}}},
	{"told that quote", "Carla Mendes told the BBC that “nothing has changed.”",
		[]want{{claim.Direct, "nothing has changed.", "Carla Mendes"}}},
	{"denied that", "The ministry denied that soldiers had fired on protesters.",
		[]want{{claim.Indirect, "soldiers had fired on protesters", "ministry"}}},
	{"analysts believe", "Some analysts believe the rally will not last.",
		[]want{{claim.Indirect, "the rally will not last", "Some analysts"}}},
	{"tweeted that", "Harold Quint tweeted that the election was rigged.",
		[]want{{claim.Indirect, "the election was rigged", "Harold Quint"}}},
	{"announced that", "Toyota announced that it would close two plants.",
		[]want{{claim.Indirect, "it would close two plants", "Toyota"}}},
	{"apposition with participle", "Helen Park, speaking in Vienna, said the talks were useful.",
		[]want{{claim.Indirect, "the talks were useful", "Helen Park"}}},
	{"apposition title name", "The agency’s director, Paula Grant, said the funds were gone.",
		[]want{{claim.Indirect, "the funds were gone", "Paula Grant"}}},
	{"quote before cue with pronoun", "Ivan Petrov left the room. “I have nothing to add,” he said later.",
		[]want{{claim.Direct, "I have nothing to add", "Ivan Petrov"}}},
	{"no attribution narrative", "The river rose two meters overnight and the bridge was closed.", nil},
	{"has said perfect", "Hans Weber has said the bank will not raise rates.",
		[]want{{claim.Indirect, "the bank will not raise rates", "Hans Weber"}}},
	{"one of them", "Officials said the talks had stalled. “Nothing is moving,” one of them said.",
		[]want{{claim.Indirect, "the talks had stalled", "Officials"}, {claim.Direct, "Nothing is moving", "one of them"}}},
	{"adjuncts before that", "Prime Minister Rishi Sunak said in a speech in London on Monday that Britain would meet its targets.",
		[]want{{claim.Indirect, "Britain would meet its targets", "Rishi Sunak"}}},
	{"parallel that clauses", "Tom Jones said that he would resign and that the board had agreed.",
		[]want{{claim.Indirect, "he would resign", "Tom Jones"}, {claim.Indirect, "the board had agreed", "Tom Jones"}}},
	{"dash signature", "“It is our greatest shame.” ― Sonya Herridge",
		[]want{{claim.Direct, "It is our greatest shame.", "Sonya Herridge"}}},
	{"participle colon quote", "Kate Moss spoke for an hour, adding: “We are on track.”",
		[]want{{claim.Direct, "We are on track.", "Kate Moss"}}},
	{"relative clause apposition", "The National Institute for Public Health, which tracks the outbreak, said ten people died.",
		[]want{{claim.Indirect, "ten people died", "National Institute for Public Health"}}},
	{"inverted with long apposition", "“We need the money,” said Joseph Ruiz, who has four children.",
		[]want{{claim.Direct, "We need the money", "Joseph Ruiz"}}},
	{"negated non-speech", "The senator’s office did not respond to a request for comment.", nil},
	{"nominal cue in statement", "In a statement, the ministry said the strike had hit a depot.",
		[]want{{claim.Indirect, "the strike had hit a depot", "the ministry"}}},
	{"contrast clause cut", "Mark Hill said the deal was close, but the rebels rejected it.",
		[]want{{claim.Indirect, "the deal was close", "Mark Hill"}}},
	{"transcript line", "Chris Wallace moderated the debate.\n\nWALLACE: If I may, sir, we have limited time.",
		[]want{{claim.Direct, "If I may, sir, we have limited time.", "Chris Wallace"}}},
	{"possessive claim noun", "Harold Quint’s claim that crime has soared is false.",
		[]want{{claim.Indirect, "crime has soared", "Harold Quint"}}},
	{"plural nominal pair", "Tom Baker met Jack Reed in Rome. The two men said the talks went well.",
		[]want{{claim.Indirect, "the talks went well", "Jack Reed"}}},
	{"called for", "The United Nations called for a ceasefire in the city.",
		[]want{{claim.Indirect, "a ceasefire in the city", "United Nations"}}},
	{"party parenthetical", "“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said.",
		[]want{{claim.Direct, "It is a dog whistle", "Gwen Moore"}}},
	{"transcript without names", "HOST: Welcome back to the show tonight.\n\nGUEST: Thank you for having me here.\n\nHOST: Let us start with the budget.",
		[]want{{claim.Direct, "Welcome back to the show tonight.", "HOST"}, {claim.Direct, "Thank you for having me here.", "GUEST"},
			{claim.Direct, "Let us start with the budget.", "HOST"}}},
	{"document as source", "A video shows that the police officer fired first.",
		[]want{{claim.Indirect, "the police officer fired first", "A video"}}},
	{"source close to", "A source close to the talks said: “Nobody is happy.”",
		[]want{{claim.Direct, "Nobody is happy.", "A source close to the talks"}}},
	{"people familiar with", "People familiar with the matter said the deal was off.",
		[]want{{claim.Indirect, "the deal was off", "People familiar with the matter"}}},
	{"quote inside reported clause", "Keir Starmer accused the government of “gross incompetence” on Monday.",
		[]want{{claim.Mixed, "the government of “gross incompetence” on Monday", "Keir Starmer"}}},
	{"anonymity request not a claim", "“We were told to leave,” said one resident, who asked not to be named.",
		[]want{{claim.Direct, "We were told to leave", "one resident"}}},
	{"bare weekday after cue", "President Joe Biden said Tuesday he would sign the bill.",
		[]want{{claim.Indirect, "he would sign the bill", "Joe Biden"}}},
	{"single quotes british style", "‘We are not going anywhere,’ said Jane Smith, the club’s chairwoman.",
		[]want{{claim.Direct, "We are not going anywhere", "Jane Smith"}}},
	{"unbalanced quote mark", "“We will win the final,” the coach said. The fans were loud.",
		[]want{{claim.Direct, "We will win the final", "the coach"}}},
	// Stance verbs of the learned list take a noun phrase or an infinitive.
	{"learned stance verb", "The former governor endorsed Maria Lopez for the Senate seat.",
		[]want{{claim.Indirect, "Maria Lopez for the Senate seat", "The former governor"}}},
	{"learned verb with infinitive", "The mayor wants to raise the sales tax.",
		[]want{{claim.Indirect, "to raise the sales tax", "The mayor"}}},
	{"learned verb before preposition", "The senator pushed for a vote on the bill.", nil},
	{"unresolved source kept as written", "Nearly eight in ten voters say the economy is getting worse.",
		[]want{{claim.Indirect, "the economy is getting worse", "Nearly eight in ten voters"}}},
	{"progressive cue", "The teachers union is demanding that the district reopen talks.",
		[]want{{claim.Indirect, "the district reopen talks", "The teachers union"}}},
	{"modal before cue", "The lawyer could not explain why the files were missing.",
		[]want{{claim.Indirect, "why the files were missing", "The lawyer"}}},
	{"relative clause source", "Among the critics was an economist who said tariffs would raise prices.",
		[]want{{claim.Indirect, "tariffs would raise prices", "an economist who"}}},
	{"plural nominal with number", "Tom Baker, Jack Reed and Ann Cole met in Rome. The three men said the meeting was useful.",
		[]want{{claim.Indirect, "the meeting was useful", "The three men"}}},
	{"plural nominal without number", "Local officials said the river was rising. The officials said the dam would hold.",
		[]want{{claim.Indirect, "the river was rising", "Local officials"}, {claim.Indirect, "the dam would hold", "The officials"}}},
	{"joint with quantified part", "The board and several investors said the merger was a mistake.",
		[]want{{claim.Indirect, "the merger was a mistake", "The board"}}},
	{"transcript quoted paragraph by paragraph", "Dana Lee interviewed Mark Stone.\n\n\"LEE: Will you run again next year?\n\n\"STONE: I have not decided yet, to be honest.\n\n\"LEE: When will you decide on it?",
		[]want{{claim.Direct, "Will you run again next year?", "Dana Lee"}, {claim.Direct, "I have not decided yet, to be honest.", "Mark Stone"},
			{claim.Direct, "When will you decide on it?", "Dana Lee"}}},
	{"call names as", "The senator called the plan reckless and cruel.",
		[]want{{claim.Indirect, "the plan reckless and cruel", "The senator"}}},
	{"call without naming", "She called the police after the break-in.", nil},
	{"possessive noun cue with of", "The senator’s criticism of the new budget was sharp.",
		[]want{{claim.Indirect, "the new budget", "The senator"}}},
	{"second cue after and", "The governor said the budget was balanced and noted that taxes would not rise.",
		[]want{{claim.Indirect, "the budget was balanced", "The governor"}, {claim.Indirect, "taxes would not rise", "The governor"}}},
	{"second learned cue after comma and", "The mayor proposes a new tax, and plans to hold a vote in May.",
		[]want{{claim.Indirect, "a new tax", "The mayor"}, {claim.Indirect, "to hold a vote in May", "The mayor"}}},
	{"new subject after subordinate clause", "While she acknowledged the risks, the treasurer also noted that the plan was popular.",
		[]want{{claim.Indirect, "the risks", "she"}, {claim.Indirect, "the plan was popular", "the treasurer"}}},
	{"adjective cue with of", "The senator has been critical of the new budget.",
		[]want{{claim.Indirect, "the new budget", "The senator"}}},
	{"adjective cue with to", "The mayor is eager to sign the bill.",
		[]want{{claim.Indirect, "to sign the bill", "The mayor"}}},
	{"survey shows noun phrase", "A new survey shows a close race in the state.",
		[]want{{claim.Indirect, "a close race in the state", "A new survey"}}},
}

func TestTrickyConstructions(t *testing.T) {
	ctx := context.Background()
	rec, err := entity.New()
	require.NoError(t, err)
	x, err := claim.New()
	require.NoError(t, err)
	for _, tc := range append(trickyCases, trickyMore...) {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := corpus.Parse(ctx, &corpus.Article{ID: tc.name, Text: tc.text})
			require.NoError(t, err)
			ents, err := rec.Recognize(ctx, doc)
			require.NoError(t, err)
			got, err := x.Extract(ctx, doc, ents)
			require.NoError(t, err)
			require.Len(t, got, len(tc.want), "claims: %v", brief(got))
			for i, w := range tc.want {
				c := got[i]
				assert.Equal(t, w.kind, c.Kind, "kind of %q", c.Text)
				assert.Equal(t, w.text, c.Text)
				assert.True(t, strings.Contains(c.Speaker.Name, w.speaker) || strings.Contains(c.Speaker.Text, w.speaker),
					"speaker of %q: got %q (%q, %s), want %q", c.Text, c.Speaker.Name, c.Speaker.Text, c.Rule, w.speaker)
				assert.Equal(t, c.Text, doc.Text[c.Start:c.End])
				assert.Equal(t, c.Cue, doc.Text[c.CueSpan.Start:c.CueSpan.End])
				assert.Equal(t, c.Speaker.Text, doc.Text[c.Speaker.Start:c.Speaker.End])
			}
		})
	}
}

func brief(cs []claim.Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, string(c.Kind)+": "+c.Text+" <- "+c.Speaker.Name+" ["+c.Rule.String()+"]")
	}
	return out
}
