package ortho

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsASCII(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"", true},
		{"Reuters", true},
		{"U.S. $5\t\n~\x7f", true},
		{"Élysée", false},
		{"naïve", false},
		{"“quoted”", false},
		{"no\u00a0break", false},
		{"\xff", false}, // invalid UTF-8 is not ASCII
		{"abc\x80", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, IsASCII(tt.s), "%q", tt.s)
	}
}
