package eval

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// tallyTable writes tallies as rows of an aligned table, one column per
// figure, so that names and counts of any width line up.
type tallyTable struct {
	tw *tabwriter.Writer
}

// newTallyTable starts a table on w with its header line, which names the
// number of articles, docs, the figures are over. Call flush when done.
func newTallyTable(w io.Writer, docs int) tallyTable {
	t := tallyTable{tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)}
	fmt.Fprintf(t.tw, "  %s\tP\tR\tF1\tright/sys\tfound/gold\n", plural(docs, "article"))
	return t
}

// row writes one tally: precision, recall, F1 and the counts behind them.
func (t tallyTable) row(name string, x Tally) {
	fmt.Fprintf(t.tw, "  %s\t%.3f\t%.3f\t%.3f\t%d/%d\t%d/%d\n",
		name, x.Precision(), x.Recall(), x.F1(), x.Correct, x.System, x.Found, x.Gold)
}

// flush writes out the rows; a line written after it is no part of the
// table's columns.
func (t tallyTable) flush() { t.tw.Flush() }

// plural writes n and noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
