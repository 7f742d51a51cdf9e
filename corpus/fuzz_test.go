package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics and that every span it reports
// locates its text, whatever the bytes.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b[:min(len(b), 600)]))
		}
	}
	for _, s := range nonASCIICases {
		f.Add(s.text)
	}
	f.Add("PHOTO: a\n\nText.\n\n  1. reply\n    more\n")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := Parse(context.Background(), &Article{ID: "fuzz", Text: text})
		if err != nil {
			if !errors.Is(err, ErrNoText) {
				t.Fatalf("Parse: %v", err)
			}
			return
		}
		if err := checkDocument(d); err != nil {
			t.Fatalf("%v\ntext: %q", err, text)
		}
		_ = Check(&Article{Text: text})
		_ = TitleOf(text)
		_ = DateOf(text)
	})
}

// FuzzFindMeta checks that FindMeta never panics and that its spans and
// names locate their text, are ordered and nest as documented, whatever
// the bytes.
func FuzzFindMeta(f *testing.F) {
	for _, s := range metaOffsetCases {
		f.Add(s)
	}
	f.Add("By Jane Roe, Daily Courier\n\nOSLO (AP) — It rained.\n\n(Jane Roe/AFP/Getty Images)\n")
	f.Add("Jane Roe / PA Images via Getty Images The ministers\n— With files from City Radio's Jane Roe\n")
	f.Add("(Reporting by Jane Roe; Editing by\n/ / via via (Photo: )\nA/B/C/D/E/F/G\n")
	f.Fuzz(func(t *testing.T, text string) {
		if err := checkMeta(text, FindMeta(text)); err != nil {
			t.Fatalf("%v\ntext: %q", err, text)
		}
	})
}

// FuzzRecords checks that reading JSON Lines never panics, that every
// record yields an article or an error, and that error offsets lie in the
// input.
func FuzzRecords(f *testing.F) {
	f.Add(jsonl)
	f.Add("{\"text\":\"a\"}\r\n\ufeff{}\n")
	f.Fuzz(func(t *testing.T, in string) {
		for a, err := range Records(strings.NewReader(in), "f") {
			if a == nil && err == nil {
				t.Fatal("nil article without an error")
			}
			var e *Error
			if errors.As(err, &e) && (e.Offset < -1 || e.Offset > int64(len(in))) {
				t.Fatalf("offset %d outside input of %d bytes", e.Offset, len(in))
			}
		}
	})
}
