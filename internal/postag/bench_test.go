package postag

import (
	"testing"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/jdkato/prose/v3/token"
	"github.com/sayso/sayso/internal/cputime"
)

// BenchmarkTagTokens tags the seed sentences with prose's tagger and with
// this package's, on the same tokens. MB/s is over the tokens' text;
// tokens/cpu-s, tokens per second of CPU time, is the figure to compare on a
// machine shared with other jobs.
func BenchmarkTagTokens(b *testing.B) {
	sents := seedSentences(b)
	n, size := 0, 0
	for _, s := range sents {
		n += len(s)
		for _, t := range s {
			size += len(t.Text)
		}
	}
	for _, tg := range []struct {
		name string
		tag  func([]token.Token)
	}{
		{"prose", prose(b).TagTokens},
		{"postag", ours(b).TagTokens},
	} {
		b.Run(tg.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			cpu := cputime.Used()
			for b.Loop() {
				for _, s := range sents {
					tg.tag(s)
				}
			}
			if cpu = cputime.Used() - cpu; cpu > 0 {
				b.ReportMetric(float64(b.N*n)/cpu.Seconds(), "tokens/cpu-s")
			}
		})
	}
}

// BenchmarkLoad measures decoding prose's model into the hashed table: what
// the first New in a process costs.
func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(aptagmodel.English)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(aptagmodel.English); err != nil {
			b.Fatal(err)
		}
	}
}
