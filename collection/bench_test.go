package collection_test

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/extract"
)

// copies returns the seeds' Results n times over, each under its own
// article ID.
func copies(b *testing.B, n int) []*extract.Result {
	results := seedResults(b)
	out := make([]*extract.Result, 0, n*len(results))
	for i := range n {
		for _, r := range results {
			out = append(out, renamed(r, fmt.Sprintf("%s-%d", r.Doc.Article.ID, i)))
		}
	}
	return out
}

// heap returns the bytes in use after a full collection.
func heap() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// BenchmarkAddMemory adds the seeds' Results 2,000 times under distinct
// IDs and reports the heap a collection holds after one copy and after
// all, and what each article added beyond the first copy cost. Run it
// once: go test -run X -bench AddMemory -benchtime 1x ./collection/
func BenchmarkAddMemory(b *testing.B) {
	const n = 2000
	all := copies(b, n)
	seeds := len(all) / n
	b.ReportAllocs()
	for b.Loop() {
		base := heap()
		c := collection.New()
		for i, r := range all {
			require.NoError(b, c.Add(r))
			if i == seeds-1 {
				b.ReportMetric(float64(heap()-base)/1e6, "MB-1copy")
			}
		}
		full := heap() - base
		b.ReportMetric(float64(full)/1e6, "MB-2000copies")
		runtime.KeepAlive(c)
	}
}

// BenchmarkAdd measures adding the seeds' Results, one copy or a hundred
// under distinct IDs.
func BenchmarkAdd(b *testing.B) {
	for _, n := range []int{1, 100} {
		all := copies(b, n)
		b.Run(fmt.Sprintf("copies=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c := collection.New()
				for _, r := range all {
					if err := c.Add(r); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkSnapshot measures laying out a collection of the seeds, one
// copy or a hundred: the part-of links are found then.
func BenchmarkSnapshot(b *testing.B) {
	for _, n := range []int{1, 100} {
		c := collection.New()
		for _, r := range copies(b, n) {
			require.NoError(b, c.Add(r))
		}
		b.Run(fmt.Sprintf("copies=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.Snapshot()
			}
		})
	}
}
