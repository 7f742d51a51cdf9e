package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

// data holds the lexicons written by internal/cmd/gazetteer (see gen.go);
// see NOTICE for their sources and licenses.
//
//go:embed data/*.txt.gz
var data embed.FS

// lists maps each embedded file to the classes of its phrases. A line is
// a phrase, or tab-separated fields; see parseList.
var lists = []struct {
	file string
	kind Kind
}{
	{"countries", Country},
	{"capitals", Capital | City},
	{"cities", City},
	{"regions", Region},
	{"continents", Continent},
	{"water", Water},
	{"landforms", Landform},
	{"demonyms", Demonym},
	{"groups", Group},
	{"male", MaleName},
	{"female", FemaleName},
	{"titles", PersonTitle},
	{"title_modifiers", titleModifier},
	{"orgwords", OrgWord},
	{"facwords", FacWord},
	{"locwords", LocWord},
	{"gpewords", GPEWord},
	{"organizations", Organization},
}

// Default returns the Gazetteer of the embedded lexicons, loaded on first
// use and shared afterwards.
func Default() *Gazetteer { return loadDefault() }

var loadDefault = sync.OnceValue(func() *Gazetteer {
	g, err := load(data)
	if err != nil {
		// The data is compiled in and checked by tests: failing here is a
		// build defect, not bad input.
		panic(err)
	}
	return g
})

// load builds a Gazetteer from the list files in fsys.
func load(fsys embed.FS) (*Gazetteer, error) {
	g := New()
	for _, l := range lists {
		raw, err := fsys.ReadFile("data/" + l.file + ".txt.gz")
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		if err := parseList(g, raw, l.kind); err != nil {
			return nil, fmt.Errorf("gazetteer: %s: %w", l.file, err)
		}
	}
	return g, nil
}

// entry reads one field of a list: a leading '^' marks a name that is also
// a common word, to be matched only when capitalized.
func entry(field string, kind Kind, country string) Entry {
	phrase, capitalized := strings.CutPrefix(field, "^")
	return Entry{Phrase: phrase, Kind: kind, Country: country, Capitalized: capitalized}
}

// parseList adds the lines of one gzipped list to g. Blank lines and lines
// starting with '#' are skipped; a field starting with '^' is a name that
// is also a common word. In the countries list the first field is a
// country's usual name and the others its other names; in the demonyms
// list the first field is a country and the others its nationality words;
// in the capitals list the second field is the country. Elsewhere every
// field is a phrase of the list's kind.
func parseList(g *Gazetteer, raw []byte, kind Kind) error {
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		switch {
		case kind == Demonym:
			country := strings.TrimPrefix(fields[0], "^")
			for _, f := range fields[1:] {
				g.add(entry(f, kind, country))
			}
		case kind == Country:
			country := strings.TrimPrefix(fields[0], "^")
			for _, f := range fields {
				g.add(entry(f, kind, country))
			}
		case kind.Has(Capital):
			g.add(entry(fields[0], kind, ""))
		default:
			for _, f := range fields {
				g.add(entry(f, kind, ""))
			}
		}
	}
	return sc.Err()
}
