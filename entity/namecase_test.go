package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nameCase is an invented text and an entity it must hold: the class of
// error it guards against, the entity's name, its type and aliases that
// must all belong to it.
type nameCase struct {
	class, text string
	name        string
	typ         Type
	aliases     []string
}

// checkNames recognizes each case's text and checks its entity.
func checkNames(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, tt := range cases {
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
