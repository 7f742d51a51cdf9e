package gazetteer

import (
	"os"
	"strings"
	"testing"
)

var benchText = strings.Fields(`The foreign ministers of France and Germany met in Brussels on
Tuesday , and U.S. Secretary of State officials said the talks on the Middle East would
continue in Geneva . Residents of Mosul and Homs said Russian and Syrian jets struck
near the Euphrates River , while Kurdish fighters held the road to Raqqa . Dr. Maria
Lopez , a spokeswoman for the World Health Organization in Cairo , said 12 hospitals
were damaged .`)

func BenchmarkMatch(b *testing.B) {
	g := Default()
	n := 0
	for _, w := range benchText {
		n += len(w) + 1
	}
	b.ReportAllocs()
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		g.Match(benchText)
	}
	b.ReportMetric(float64(b.N*len(benchText))/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad measures what Default does once: reading the embedded
// index.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		ix, err := readIndex(embedded)
		if err != nil {
			b.Fatal(err)
		}
		fromIndex(ix)
	}
}

// BenchmarkReadLists measures building the index from the lists, as
// TestIndex does (and as Default did before the index).
func BenchmarkReadLists(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		l, err := readLists(os.DirFS("data"))
		if err != nil {
			b.Fatal(err)
		}
		l.freeze()
	}
}

func BenchmarkAppendMatchesWords(b *testing.B) {
	g := Default()
	n := 0
	enc := make([]Word, len(benchText))
	for i, w := range benchText {
		n += len(w) + 1
		enc[i] = g.Encode(w)
	}
	var buf []Match
	b.ReportAllocs()
	b.SetBytes(int64(n))
	for b.Loop() {
		buf = g.AppendMatchesWords(buf[:0], enc)
	}
	b.ReportMetric(float64(b.N*len(benchText))/b.Elapsed().Seconds(), "tokens/s")
}
