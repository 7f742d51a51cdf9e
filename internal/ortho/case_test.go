package ortho

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCase(t *testing.T) {
	tests := []struct {
		w                                 string
		capitalized, startsLower, initial bool
		allCaps, uppercase                bool
	}{
		{w: ""},
		{w: "Paris", capitalized: true},
		{w: "said", startsLower: true},
		{w: "Élysée", capitalized: true},
		{w: "état", startsLower: true},
		{w: "McKay", capitalized: true},
		{w: "B", capitalized: true, initial: true, uppercase: true},
		{w: "É", capitalized: true, initial: true, uppercase: true},
		{w: "b", startsLower: true},
		{w: "B.", capitalized: true, uppercase: true},
		{w: "NATO", capitalized: true, allCaps: true, uppercase: true},
		{w: "ÉTAT", capitalized: true, allCaps: true, uppercase: true},
		{w: "U.N.", capitalized: true, allCaps: true, uppercase: true},
		{w: "O'NEILL", capitalized: true, allCaps: true, uppercase: true},
		{w: "O’NEILL", capitalized: true, allCaps: true, uppercase: true},
		{w: "AL-RASHID", capitalized: true, allCaps: true, uppercase: true},
		{w: "F-16", capitalized: true, uppercase: true},
		{w: "SMITH:", capitalized: true, uppercase: true},
		{w: "PACs", capitalized: true},
		{w: "2024"},
		{w: "“HELLO", uppercase: true},
		{w: "北京"},
		{w: "Σωκράτης", capitalized: true},
		{w: "ΣΩΚΡΆΤΗΣ", capitalized: true, allCaps: true, uppercase: true},
		{w: "ǅ"}, // title case: neither upper nor lower
		{w: "\xffA", uppercase: true},
		{w: "\xff"},
	}
	for _, tt := range tests {
		t.Run(tt.w, func(t *testing.T) {
			assert.Equal(t, tt.capitalized, Capitalized(tt.w), "Capitalized")
			assert.Equal(t, tt.startsLower, StartsLower(tt.w), "StartsLower")
			assert.Equal(t, tt.initial, Initial(tt.w), "Initial")
			assert.Equal(t, tt.allCaps, AllCaps(tt.w), "AllCaps")
			assert.Equal(t, tt.uppercase, Uppercase(tt.w), "Uppercase")
		})
	}
}
