package claim_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/lexicon"
)

// TestWithLexiconNewVerb adds one line to the default lexicon, a made-up
// cue verb with the act and flags of "whisper", and checks that it
// reports in every shape as "whispered" and "said" do: one line gives the
// verb every behaviour of its class.
func TestWithLexiconNewVerb(t *testing.T) {
	ctx := context.Background()
	lex, err := lexicon.Load(lexicon.Data(), strings.NewReader("[verbs]\nmurmur statement cue\n"))
	require.NoError(t, err)
	rec, err := entity.New()
	require.NoError(t, err)
	withMurmur, err := claim.New(claim.WithLexicon(lex))
	require.NoError(t, err)
	plain, err := claim.New()
	require.NoError(t, err)

	extract := func(t *testing.T, x *claim.Extractor, text string) []claim.Claim {
		doc, err := corpus.Parse(ctx, &corpus.Article{ID: "lexicon", Text: text})
		require.NoError(t, err)
		ents, err := rec.Recognize(ctx, doc)
		require.NoError(t, err)
		cs, err := x.Extract(ctx, doc, ents)
		require.NoError(t, err)
		return cs
	}
	// Each text has %s where the verb goes.
	tests := []struct {
		shape, text string
		speaker     string
		rule        string
	}{
		{"direct, pronoun", "Ann Lee spoke to reporters. “The plan is dead,” she %s.", "Ann Lee", "quote-cue-pronoun"},
		{"direct, name", "“The plan is dead,” Ann Lee %s.", "Ann Lee", "quote-cue-name"},
		{"direct, colon", "Dr. Lee %s: “The plan is dead.”", "Lee", "quote-cue-name"},
		{"reported, role", "The minister %s that the plan was dead.", "The minister", "unnamed"},
		{"reported, name", "Ann Lee %s that the plan was dead.", "Ann Lee", "cue-subject"},
		{"inverted, quotation", "“The plan is dead,” %s Dr. Lee.", "Lee", "quote-cue-name"},
		{"inverted, clause", "The plan is dead, %s Dr. Lee.", "Lee", "cue-subject"},
	}
	for _, tt := range tests {
		t.Run(tt.shape, func(t *testing.T) {
			got := extract(t, withMurmur, fmt.Sprintf(tt.text, "murmured"))
			require.Len(t, got, 1, "claims: %v", brief(got))
			assert.Contains(t, got[0].Speaker.Name, tt.speaker)
			assert.Equal(t, tt.rule, got[0].Rule.String())
			assert.Equal(t, "murmured", got[0].Cue)
			for _, verb := range []string{"whispered", "said"} {
				want := extract(t, withMurmur, fmt.Sprintf(tt.text, verb))
				require.Len(t, want, 1, "%s: %v", verb, brief(want))
				assert.Equal(t, want[0].Kind, got[0].Kind, verb)
				assert.Equal(t, want[0].Text, got[0].Text, verb)
				assert.Equal(t, want[0].Speaker.Name, got[0].Speaker.Name, verb)
				assert.Equal(t, want[0].Rule, got[0].Rule, verb)
			}
			if !strings.Contains(tt.text, "“") {
				// Without the lexicon line the verb is no cue, and a
				// sentence with no quotation reports nothing.
				assert.Empty(t, extract(t, plain, fmt.Sprintf(tt.text, "murmured")))
			}
		})
	}
}
