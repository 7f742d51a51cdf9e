package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/entity"
)

// TestTablesAlign checks that every report's table puts each figure of a
// row under its header, whatever the widths of names and counts, and that
// no line ends in spaces.
func TestTablesAlign(t *testing.T) {
	small, large := Tally{1, 1, 2, 1}, Tally{12345, 9876, 54321, 9999}
	for _, tc := range []struct {
		name  string
		write func(*strings.Builder)
		rows  int
	}{
		{"report", func(b *strings.Builder) {
			Report{Docs: 2, Claims: large, Kinds: map[claim.Kind]Tally{claim.Direct: small},
				Entities: small, EntityTypes: map[entity.Type]Tally{entity.Person: large}}.WriteTable(b)
		}, 9},
		{"entity table", func(b *strings.Builder) {
			Report{Docs: 1, Entities: large, Mentions: small}.WriteEntityTable(b)
		}, 3},
		{"GGT", func(b *strings.Builder) {
			GGTReport{Docs: 3, Quotes: large, People: small}.WriteTable(b)
		}, 4},
		{"PolNeAR", func(b *strings.Builder) {
			PolReport{Docs: 84, All: PolCounts{Content: large}, Direct: PolCounts{Cue: small}}.WriteTable(b)
		}, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			tc.write(&b)
			lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			require.Greater(t, len(lines), tc.rows)
			header := lines[0]
			cols := []int{strings.Index(header, " P ") + 1, strings.Index(header, " R ") + 1,
				strings.Index(header, " F1 ") + 1, strings.Index(header, " right/sys ") + 1,
				strings.Index(header, " found/gold") + 1}
			for _, c := range cols {
				require.Positive(t, c, "header %q", header)
			}
			for _, line := range lines {
				assert.Equal(t, strings.TrimRight(line, " "), line, "trailing spaces")
			}
			for _, row := range lines[1 : 1+tc.rows] {
				for _, c := range cols {
					require.Less(t, c, len(row), "row %q", row)
					assert.Equal(t, "  ", row[c-2:c], "row %q: a gap before column %d", row, c)
					assert.True(t, row[c] >= '0' && row[c] <= '9', "row %q: a figure at column %d", row, c)
				}
			}
		})
	}
}
