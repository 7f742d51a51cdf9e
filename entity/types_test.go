package entity

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTypeTableHasAFullRowPerType checks that every Type constant has one
// row in typeTable, with a class that has a full row in classTable, and
// that Types follows the table.
func TestTypeTableHasAFullRowPerType(t *testing.T) {
	all := []Type{Person, Org, GPE, Loc, Fac, NORP, Misc}
	require.Len(t, typeTable, len(all), "a Type constant without a row, or a row without a constant")
	assert.Equal(t, all, Types, "Types lists the table's types in its order")
	for _, typ := range all {
		i := typeIndex(typ)
		require.GreaterOrEqual(t, i, 0, "no row for %s", typ)
		row := typeTable[i]
		assert.Less(t, row.class, numClasses, typ)
		c := classTable[row.class]
		assert.NotEmpty(t, c.name, typ)
		assert.NotEmpty(t, c.conll, typ)
		assert.Equal(t, row.class, classOf(c.def), "the default type of %s's class is in the class", typ)
		mc, ok := modelClass(c.conll)
		assert.True(t, ok, typ)
		assert.Equal(t, row.class, mc, "the model's label %s reads as %s's class", c.conll, typ)
	}
}

func TestTypeCoNLLAndPlace(t *testing.T) {
	for typ, want := range map[Type]string{Person: "PER", Org: "ORG", GPE: "LOC", Loc: "LOC", Fac: "LOC",
		NORP: "MISC", Misc: "MISC", "": "MISC", "EVENT": "MISC"} {
		assert.Equal(t, want, typ.CoNLL(), typ)
		assert.Equal(t, want == "LOC", typ.Place(), typ)
	}
}

// TestTypeJSON checks that a Type is written as its OntoNotes label.
func TestTypeJSON(t *testing.T) {
	b, err := json.Marshal([]Type{Person, Org, GPE, Loc, Fac, NORP, Misc})
	require.NoError(t, err)
	assert.JSONEq(t, `["PERSON","ORG","GPE","LOC","FAC","NORP","MISC"]`, string(b))
}
