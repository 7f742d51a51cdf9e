package postag

import (
	"testing"
	"unsafe"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/jdkato/prose/v3/token"
	"github.com/sayso/sayso/internal/cputime"
	"github.com/sayso/sayso/internal/postag/tables"
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

// BenchmarkLoad measures reading the model: the embedded tables, what the
// first New in a process costs, and, for comparison, prose's model into
// prose's own tagger, what the first tag.New costs.
func BenchmarkLoad(b *testing.B) {
	for _, l := range []struct {
		name string
		load func([]byte) error
	}{
		{"prose", func(data []byte) error { _, err := tag.FromBytes(data); return err }},
		{"postag", func([]byte) error {
			t, err := tables.Decode(unsafe.Slice(unsafe.StringData(tablesFile), len(tablesFile)))
			if err == nil {
				newModel(t)
			}
			return err
		}},
	} {
		b.Run(l.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu := cputime.Used()
			for b.Loop() {
				if err := l.load(aptagmodel.English); err != nil {
					b.Fatal(err)
				}
			}
			if cpu = cputime.Used() - cpu; cpu > 0 {
				b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/op")
			}
		})
	}
}
