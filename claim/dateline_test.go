package claim_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/entity"
)

// TestDatelineNeverInAClaim checks that a claim cut from the sentence a
// dateline opens starts after the dateline.
func TestDatelineNeverInAClaim(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"em dash", "OSLO — The talks will resume next week, an official said on Monday.", "The talks will resume next week"},
		{"agency", "WASHINGTON (AP) — The talks will resume next week, officials said.", "The talks will resume next week"},
		{"region and date", "BERGEN, Norway, Jan. 3 (Reuters) - The talks will resume, Jane Roe said.", "The talks will resume"},
		{"no-break space", "ÅLESUND\u00a0—\u00a0The talks will resume next week, officials said.", "The talks will resume next week"},
	}
	rec, err := entity.New()
	require.NoError(t, err)
	x, err := claim.New()
	require.NoError(t, err)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, claims := extractText(t, rec, x, tc.name, tc.text)
			require.NotZero(t, d.Meta.Dateline.All.Len(), "a dateline in %q", tc.text)
			require.Len(t, claims, 1)
			c := claims[0]
			assert.Equal(t, tc.want, strings.TrimSpace(c.Text))
			assert.False(t, c.Span.Overlaps(d.Meta.Dateline.All), "claim %+v overlaps the dateline", c.Span)
			assert.Equal(t, c.Text, tc.text[c.Start:c.End])
		})
	}
}
