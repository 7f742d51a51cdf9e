package ortho

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsDash(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"-", true},
		{"--", true},
		{"–", true}, // en dash
		{"—", true}, // em dash
		{"", false},
		{"---", false},
		{"―", false},      // horizontal bar
		{"\u2010", false}, // hyphen
		{"\u2011", false}, // non-breaking hyphen
		{"−", false},      // minus sign
		{"well-known", false},
		{"— ", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, IsDash(tt.w), "%q", tt.w)
	}
}
