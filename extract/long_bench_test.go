package extract_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
)

// BenchmarkLong runs the whole pipeline over one long article of 256 KB
// and of 8 MB, in three shapes: news paragraphs (the seeds repeated), one
// paragraph (the seeds with their line breaks as spaces) and one name
// repeated. Time per byte should not grow with the size:
//
//	go test ./extract -run '^$' -bench Long -benchtime 1x
func BenchmarkLong(b *testing.B) {
	as, _ := seedArticles(b)
	var seeds strings.Builder
	for _, a := range as {
		seeds.WriteString(a.Text)
		seeds.WriteString("\n\n")
	}
	shapes := []struct{ name, unit string }{
		{"news", seeds.String()},
		{"paragraph", strings.Join(strings.Fields(seeds.String()), " ") + " "},
		{"name", "Ana Ruiz, "},
	}
	p, err := extract.New()
	require.NoError(b, err)
	for _, s := range shapes {
		for _, size := range []int{256 << 10, 8 << 20} {
			text := strings.Repeat(s.unit, size/len(s.unit)+1)
			for !utf8.RuneStart(text[size]) {
				size-- // cut on a character boundary
			}
			text = text[:size]
			b.Run(fmt.Sprintf("%s/%dKB", s.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					_, err := p.Extract(context.Background(), &corpus.Article{ID: "long", Text: text})
					require.NoError(b, err)
				}
			})
		}
	}
}
