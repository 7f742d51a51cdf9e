package ortho

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSingular(t *testing.T) {
	tests := []struct {
		w, singular, trimmed string
	}{
		{"officials", "official", "official"},
		{"ministers", "minister", "minister"},
		{"agencies", "agency", "agency"},
		{"spokesmen", "spokesman", "spokesman"},
		{"women", "woman", "woman"},
		{"chairwomen", "chairwoman", "chairwoman"},
		// Where the two differ.
		{"men", "man", "men"},
		{"analysis", "analysis", "analysi"},
		{"crisis", "crisis", "crisi"},
		{"this", "this", "thi"},
		// Left alone by both.
		{"his", "his", "his"},
		{"press", "press", "press"},
		{"census", "census", "census"},
		{"gas", "gas", "gas"},
		{"ties", "tie", "tie"},
		{"children", "children", "children"},
		{"minister", "minister", "minister"},
		{"", "", ""},
		{"s", "s", "s"},
		// Lower case is expected: capitals are not cut.
		{"OFFICIALS", "OFFICIALS", "OFFICIALS"},
		// Non-ASCII words follow the same endings.
		{"députés", "député", "député"},
		{"ministères", "ministère", "ministère"},
		{"señores", "señore", "señore"},
		{"chargés", "chargé", "chargé"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.singular, Singular(tt.w), "Singular(%q)", tt.w)
		assert.Equal(t, tt.trimmed, TrimPlural(tt.w), "TrimPlural(%q)", tt.w)
	}
}

func TestPlural(t *testing.T) {
	tests := []struct {
		noun, want string
	}{
		{"claim", "claims"},
		{"Iraqi", "Iraqis"},
		{"Russian", "Russians"},
		{"willingness", "willingnesses"},
		{"wish", "wishes"},
		{"speech", "speeches"},
		{"tax", "taxes"},
		{"blitz", "blitzes"},
		{"Malagasy", "Malagasys"}, // no y to ies
		{"Émirati", "Émiratis"},
		{"député", "députés"},
		{"", "s"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Plural(tt.noun), "Plural(%q)", tt.noun)
	}
}
