package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func entityNames(t *testing.T, text string) []string {
	t.Helper()
	var names []string
	for _, e := range recognize(t, text) {
		names = append(names, e.Name)
	}
	return names
}

func TestCasingAndLabels(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"month as a surname", "Prime Minister Anna May met the mayor in Oslo on Friday. Talks began in May.",
			[]string{"Anna May"}, []string{"May"}},
		{"party label", "The bill was drafted by Senator Paula Reyes (D-Ohio) and passed on Monday.",
			[]string{"Paula Reyes"}, []string{"D-Ohio"}},
		{"time zone", "The show airs at 9 p.m. Eastern on the main channel, Tom Hale said.",
			[]string{"Tom Hale"}, []string{"Eastern"}},
		{"quoted common word", "Reyes said: \u201cWithout a budget, nothing works.\u201d Reyes left without a word.",
			nil, []string{"Without"}},
		{"run-in heading", "Budget Talks Stalled by Partisan Fights: The finance committee met in Oslo on Monday.",
			[]string{"Oslo"}, []string{"Budget Talks Stalled", "Partisan Fights"}},
		{"headline role word", "Mayor Opens Major Annual Festival.\n\nThe festival opened in Bergen on Friday.",
			nil, []string{"Annual Festival"}},
		{"organization head before a complement", "Researchers at the Halden Center for Policy Research said rents rose.",
			[]string{"Halden Center for Policy Research"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			names := entityNames(t, tt.text)
			for _, w := range tt.want {
				assert.Contains(t, names, w)
			}
			for _, n := range tt.not {
				assert.NotContains(t, names, n)
			}
		})
	}
}

func TestNameShaped(t *testing.T) {
	for w, want := range map[string]bool{
		"McTavish": true, "O'Neill": true, "LeBlanc": true, "Al-Qaeda": true,
		"Well-Known": false, "Union-Backed": false, "NATO": false, "PACs": false, "Senate": false,
		"a--B": false, "-X": false, "al--Y": false,
	} {
		assert.Equal(t, want, nameShaped(w), w)
	}
}
