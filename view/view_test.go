package view

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/extract"
)

// seedResults runs the pipeline (opts) over the seed articles.
func seedResults(t *testing.T, opts ...extract.Option) []*extract.Result {
	t.Helper()
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	p, err := extract.New(opts...)
	require.NoError(t, err)
	var rs []*extract.Result
	for _, path := range paths {
		a, err := corpus.ReadFile(path)
		require.NoError(t, err)
		a.ID = filepath.Base(path)
		r, err := p.Extract(context.Background(), a)
		require.NoError(t, err)
		rs = append(rs, r)
	}
	return rs
}

func render(t *testing.T, rs ...*extract.Result) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, HTML(&b, rs))
	return b.String()
}

func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }

// checkPage asserts that the page of r alone shows every claim and every
// mention of r, each element's text being its span's, and that it is
// well formed and nested.
func checkPage(t *testing.T, r *extract.Result) {
	t.Helper()
	d, err := readDOM(render(t, r))
	require.NoError(t, err)
	text := r.Doc.Text
	for i, c := range r.Claims {
		key := "data-claim=" + strconv.Itoa(i)
		require.Positive(t, d.counts[key], "claim %d missing: %q", i, c.Text)
		assert.Equal(t, noSpace(c.In(text)), noSpace(d.text("data-claim", i)), "claim %d", i)
		assert.Equal(t, c.Speaker.Entity, d.attr(key, "data-speaker"), "claim %d", i)
		assert.Equal(t, "s0-c"+strconv.Itoa(i), d.attr(key, "id"), "claim %d", i)
		if c.CueSpan.Len() > 0 {
			assert.Equal(t, noSpace(c.CueSpan.In(text)), noSpace(d.text("data-cue", i)), "cue of claim %d", i)
		}
	}
	n := 0
	for _, e := range r.Entities {
		assert.Positive(t, d.counts["data-entity="+e.ID], "entity %s missing", e.ID)
		for _, m := range e.Mentions {
			key := "data-mention=" + strconv.Itoa(n)
			assert.Equal(t, m.Text, d.text("data-mention", n), "mention %d of %s", n, e.ID)
			assert.Equal(t, e.ID, d.attr(key, "data-entity"))
			n++
		}
	}
}

func TestHTMLSeeds(t *testing.T) {
	sets := []struct {
		name string
		opts []extract.Option
	}{
		{"statements", nil},
		{"all acts", []extract.Option{extract.WithActs(claim.AllActs()...)}},
	}
	for _, set := range sets {
		rs := seedResults(t, set.opts...)
		for _, r := range rs {
			t.Run(set.name+"/"+r.Doc.Article.ID, func(t *testing.T) {
				require.NotEmpty(t, r.Claims)
				checkPage(t, r)
			})
		}
		t.Run(set.name+"/corpus", func(t *testing.T) {
			all := render(t, rs...)
			_, err := readDOM(all)
			require.NoError(t, err)
			assert.Equal(t, len(rs), strings.Count(all, "<section "))
			assert.Contains(t, all, `<nav class="toc">`)
			for k, r := range rs {
				assert.Contains(t, all, `<a href="#s`+strconv.Itoa(k)+`">`)
				for i := range r.Claims {
					assert.Contains(t, all, `id="s`+strconv.Itoa(k)+`-c`+strconv.Itoa(i)+`"`)
				}
			}
		})
	}
}

// TestHTMLEscapes checks that markup in the article's text is shown as
// text, in the body, the side list and the attributes.
func TestHTMLEscapes(t *testing.T) {
	texts := []string{
		"Ana Ruiz said <script>alert('x')</script> was fine & safe.\n\n" +
			"“We will <b>win</b> the vote,” Dale Finch said on Monday.",
		"“</span></p><script>alert(1)</script>,” said Ana Ruiz.",
		"Dale Finch <Dale@example.org> said the \"plan\" would work.",
	}
	p, err := extract.New()
	require.NoError(t, err)
	for _, text := range texts {
		t.Run(text[:12], func(t *testing.T) {
			r, err := p.Extract(context.Background(), &corpus.Article{ID: "<id>&", Text: text})
			require.NoError(t, err)
			require.NotEmpty(t, r.Claims)
			out := render(t, r)
			assert.Equal(t, 1, strings.Count(out, "<script"), "only the page's own script")
			assert.NotContains(t, out, "<b>")
			assert.Contains(t, out, "&lt;")
			assert.Contains(t, out, "&lt;id&gt;&amp;")
			checkPage(t, r)
		})
	}
}

// longResult analyses an article of 30,000 words: the seeds one after the
// other until there are as many.
func longResult(tb testing.TB) *extract.Result {
	tb.Helper()
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(tb, err)
	require.NotEmpty(tb, paths)
	var b strings.Builder
	for words := 0; words < 30000; {
		for _, path := range paths {
			text, err := os.ReadFile(path)
			require.NoError(tb, err)
			b.Write(text)
			b.WriteString("\n\n")
			words += len(strings.Fields(string(text)))
		}
	}
	p, err := extract.New()
	require.NoError(tb, err)
	r, err := p.Extract(context.Background(), &corpus.Article{ID: "long", Text: b.String()})
	require.NoError(tb, err)
	return r
}

// TestHTMLLong makes the page of an article of 30,000 words.
func TestHTMLLong(t *testing.T) {
	r := longResult(t)
	require.GreaterOrEqual(t, len(strings.Fields(r.Doc.Text)), 30000)
	checkPage(t, r)
}

// BenchmarkHTML writes the page of an article of 30,000 words:
//
//	go test ./view -run '^$' -bench HTML
func BenchmarkHTML(b *testing.B) {
	rs := []*extract.Result{longResult(b)}
	b.SetBytes(int64(len(rs[0].Doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		require.NoError(b, HTML(io.Discard, rs))
	}
}

func TestHTMLEmpty(t *testing.T) {
	tests := []struct {
		name string
		rs   []*extract.Result
	}{
		{"none", nil},
		{"nil result", []*extract.Result{nil}},
		{"no document", []*extract.Result{{}}},
		{"empty text", []*extract.Result{{Doc: &corpus.Document{Article: &corpus.Article{ID: "a"}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readDOM(render(t, tt.rs...))
			require.NoError(t, err)
			var b bytes.Buffer
			require.NoError(t, Table(&b, tt.rs))
		})
	}
}

func TestTableSeeds(t *testing.T) {
	for _, r := range seedResults(t, extract.WithActs(claim.AllActs()...)) {
		t.Run(r.Doc.Article.ID, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, Table(&b, []*extract.Result{r}))
			out := b.String()
			assert.True(t, strings.HasPrefix(out, "== "+r.Doc.Article.ID+"\n"))
			for _, e := range r.Entities {
				assert.Regexp(t, `(?m)^.*  `+regexp.QuoteMeta(e.ID)+`  +`+strconv.Itoa(len(e.Mentions))+`$`, out)
			}
			for _, g := range speakers(r) {
				assert.Contains(t, out, shorten(g.label(), 32))
			}
			rows := 0
			for line := range strings.Lines(out) {
				if strings.Contains(line, "  0.") || strings.Contains(line, "  1.00  ") {
					rows++
				}
			}
			assert.Equal(t, len(r.Claims), rows, "one row per claim")
		})
	}
}

// TestWritePages writes each seed's page and JSON, and the page of all
// seeds, into the folder $SAYSO_VIEW_DIR, for scripts/browser-test.sh.
// The claims are of every act, to show them all. Without the variable
// the test is skipped.
func TestWritePages(t *testing.T) {
	dir := os.Getenv("SAYSO_VIEW_DIR")
	if dir == "" {
		t.Skip("SAYSO_VIEW_DIR not set")
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	rs := seedResults(t, extract.WithActs(claim.AllActs()...))
	for _, r := range rs {
		base := strings.TrimSuffix(filepath.Base(r.Doc.Article.ID), ".txt")
		js, err := json.Marshal(r)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, base+".json"), js, 0o644))
		require.NoError(t, os.WriteFile(filepath.Join(dir, base+".html"), []byte(render(t, r)), 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "all.html"), []byte(render(t, rs...)), 0o644))
}

type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

// TestWriteError checks that a writer's error is returned, wrapped.
func TestWriteError(t *testing.T) {
	errFull := errors.New("disk full")
	rs := seedResults(t)[:1]
	tests := []struct {
		name  string
		write func(io.Writer, []*extract.Result) error
	}{
		{"Table", Table},
		{"HTML", HTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ErrorIs(t, tt.write(failingWriter{errFull}, rs), errFull)
		})
	}
}
