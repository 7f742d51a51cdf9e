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
	tests := []struct {
		class, text string
		name        string
		typ         Type
		aliases     []string
	}{
		{"a person whose surname is also a town", "Savannah Kent, a union lawyer, said the plan would fail. Kent added that members were tired.",
			"Savannah Kent", Person, []string{"Savannah Kent", "Kent"}},
		{"a person the model reads as an organization", "The host invited Gennifer Roses, who once worked for him, to sit in the front row. Roses declined.",
			"Gennifer Roses", Person, []string{"Gennifer Roses", "Roses"}},
		{"a surname written alone after the full name", "The moderator, Lester Vale of ABC News, will be fair. The candidate later accused Vale of bias.",
			"Lester Vale", Person, []string{"Lester Vale", "Vale"}},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			ents := recognize(t, tt.text)
			e := byName(ents, tt.name)
			require.NotNil(t, e, "no entity %q in %v", tt.name, names(ents))
			assert.Equal(t, tt.typ, e.Type)
			for _, a := range tt.aliases {
				assert.Contains(t, e.Aliases, a)
			}
		})
	}
}
