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
		"“The plan is clear,” Ann Cole, a former United States ambassador to Russia, said of the deal.",
		[]want{{claim.Direct, "The plan is clear", "Ann Cole"}}},
	{"a relative clause inside an apposition before the cue",
		"Tom Baker, a historian who attended the session, recalled, “Out of nowhere, she said it was over.”",
		[]want{{claim.Direct, "Out of nowhere, she said it was over.", "Tom Baker"}}},
	{"a cue closing the sentence after words that finish the quoted phrase",
		"“This is wrong,” Ann Cole said.\n\n“The only way the banks will change will be if executives face jail time” for criminal behavior, she said.",
		[]want{{claim.Direct, "This is wrong", "Ann Cole"}, {claim.Direct, "The only way the banks will change will be if executives face jail time", "she"}}},
	{"a quotation with its own cue after a colon introduction",
		"Ann Cole sat at home on the night of the speech.\n\nThe woman’s delight is recorded in detail:\n\n“Here comes the boss,” she said, clapping.",
		[]want{{claim.Direct, "Here comes the boss", "she"}}},
	{"a participle cue after a sentence opened by a phrase and a comma",
		"At his party, the band leader called the guests to the stage, singing “It's our time.”",
		[]want{{claim.Direct, "It's our time.", "the band leader"}}},
	{"a participle with its preposition after the source's head",
		"Protesters marching through the streets chanted “What curfew?” and kept going.",
		[]want{{claim.Direct, "What curfew?", "Protesters"}}},
	{"a cue word as the head of a source after a name",
		"The fund warned of slow growth.\n\n“The impact remains very unclear,” the IMF report stated.",
		[]want{{claim.Indirect, "slow growth", "The fund"}, {claim.Direct, "The impact remains very unclear", "the IMF report"}}},
	{"a past form the tagger reads as a noun after a quotation",
		"A Times article praised the mayor.\n\n“Business leaders honored the mayor yesterday for the comeback of the decade,” the article read.",
		[]want{{claim.Indirect, "the mayor", "A Times article"}, {claim.Direct, "Business leaders honored the mayor yesterday for the comeback of the decade", "the article"}}},
	{"an abbreviation's stop inside the apposition after a quotation",
		"“The veto will be overridden,” Senate Majority Leader Tom Baker, R-Ky., said Tuesday.",
		[]want{{claim.Direct, "The veto will be overridden", "Senate Majority Leader Tom Baker"}}},
	{"a quotation with no cue goes on with the last quotation's speaker past a stance",
		"Tom Baker faced Ann Cole in the hall. The vote was “a catastrophic defeat,” Mr. Baker told the House before slamming Ms. Cole's offer to meet. “She is only reaching out now to keep her plan alive.”",
		[]want{{claim.Mixed, "The vote was “a catastrophic defeat,”", "Mr. Baker"}, {claim.Indirect, "to meet", "Ms. Cole"}, {claim.Direct, "She is only reaching out now to keep her plan alive.", "Mr. Baker"}}},
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
