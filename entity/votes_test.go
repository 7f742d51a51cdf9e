package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTypeClassesOrder checks the order best's unrolled class sums assume.
func TestTypeClassesOrder(t *testing.T) {
	want := [len(typeList)]class{classPerson, classOrg, classPlace, classPlace, classPlace, classOther, classOther}
	assert.Equal(t, want, typeClasses)
}
