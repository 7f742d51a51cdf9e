package claim_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/entity"
)

// speakerSpans are constructions where the speaker's words, as written
// beside the claim, matter: annotated corpora mark the mention that
// attributes the words, so Speaker.Text must be that mention, not only
// the right entity.
var speakerSpans = []struct {
	name string
	text string
	want []want // speaker is Speaker.Text, exactly
}{
	{"a role the tagger reads as a verb inside an apposition",
		"“The plan is clear,” Ann Cole, the retired United States ambassador to Chile, said of the treaty.",
		[]want{{claim.Direct, "The plan is clear", "Ann Cole"}}},
	{"a relative clause inside an apposition before the cue",
		"Tom Baker, a scholar who joined the meeting, recalled, “All of a sudden, she said it was done.”",
		[]want{{claim.Direct, "All of a sudden, she said it was done.", "Tom Baker"}}},
	{"a cue closing the sentence after words that finish the quoted phrase",
		"“This is unfair,” Ann Cole said.\n\n“The only way the firms will learn is if their bosses pay fines” for the missing funds, she said.",
		[]want{{claim.Direct, "This is unfair", "Ann Cole"}, {claim.Mixed, "“The only way the firms will learn is if their bosses pay fines” for the missing funds", "she"}}},
	{"a quotation with its own cue after a colon introduction",
		"Ann Cole sat at home on the night of the speech.\n\nThe woman’s joy fills the page:\n\n“Here comes the chief,” she said, waving.",
		[]want{{claim.Direct, "Here comes the chief", "she"}}},
	{"a participle cue after a sentence opened by a phrase and a comma",
		"At her picnic, the choir director called the guests to the porch, singing “This is our day.”",
		[]want{{claim.Direct, "This is our day.", "the choir director"}}},
	{"a participle with its preposition after the source's head",
		"Students walking across the square chanted “Which rule?” and kept going.",
		[]want{{claim.Direct, "Which rule?", "Students"}}},
	{"a cue word as the head of a source after a name",
		"The fund warned of weak exports.\n\n“The outlook remains rather murky,” the OECD report stated.",
		[]want{{claim.Indirect, "weak exports", "The fund"}, {claim.Direct, "The outlook remains rather murky", "the OECD report"}}},
	{"a past form the tagger reads as a noun after a quotation",
		"A Times article praised the mayor.\n\n“Shop owners cheered the mayor on Friday for reopening the old harbour,” the article read.",
		[]want{{claim.Indirect, "the mayor", "A Times article"}, {claim.Direct, "Shop owners cheered the mayor on Friday for reopening the old harbour", "the article"}}},
	{"an abbreviation's stop inside the apposition after a quotation",
		"“The bill will pass easily,” Senate Majority Leader Tom Baker, R-Tenn., said Wednesday.",
		[]want{{claim.Direct, "The bill will pass easily", "Senate Majority Leader Tom Baker"}}},
	{"a quotation with no cue goes on with the last quotation's speaker past a stance",
		"Tom Baker faced Ann Cole in the hall. The result was “a crushing blow,” Mr. Baker told the chamber before mocking Ms. Cole's offer to talk. “She only wants to talk now to save her budget.”",
		[]want{{claim.Mixed, "The result was “a crushing blow,”", "Mr. Baker"}, {claim.Indirect, "to talk", "Ms. Cole"}, {claim.Direct, "She only wants to talk now to save her budget.", "Mr. Baker"}}},
}

func TestSpeakerSpans(t *testing.T) {
	rec, err := entity.New()
	require.NoError(t, err)
	x, err := claim.New()
	require.NoError(t, err)
	for _, tc := range speakerSpans {
		t.Run(tc.name, func(t *testing.T) {
			doc, got := extractText(t, rec, x, tc.name, tc.text)
			require.Len(t, got, len(tc.want), "claims: %v", brief(got))
			for i, w := range tc.want {
				c := got[i]
				assert.Equal(t, w.kind, c.Kind, "kind of %q", c.Text)
				assert.Equal(t, w.text, c.Text)
				assert.Equal(t, w.speaker, c.Speaker.Text, "speaker of %q (%s)", c.Text, c.Rule)
				assert.Equal(t, c.Speaker.Text, doc.Text[c.Speaker.Start:c.Speaker.End])
			}
		})
	}
}

// TestSaidOfIsNoSource checks that the object of "said of" is never taken
// for the source after the cue: "X, an aide, said of the deal" names what
// X spoke about.
func TestSaidOfIsNoSource(t *testing.T) {
	rec, err := entity.New()
	require.NoError(t, err)
	x, err := claim.New()
	require.NoError(t, err)
	_, got := extractText(t, rec, x, "said of", "The plan is clear, Ann Cole, an aide to the mayor, said of the deal.")
	for _, c := range got {
		assert.NotEqual(t, "the deal", c.Speaker.Text, "claim %q", c.Text)
	}
}
