package gazetteer

// The lists internal/cmd/gazetteer writes, data/*.txt.gz, are the source
// of the index that Default reads, data/index.bin: TestIndex builds the
// index from them and checks that the embedded one is the same, and
// "go test -run ^TestIndex$ . -update" (run by go generate) writes it.

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// lists maps each list file to the classes of its phrases. A line is
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

// readLists returns a builder holding the entries of the list files in
// fsys, named as in lists.
func readLists(fsys fs.FS) (*builder, error) {
	b := newBuilder()
	for _, l := range lists {
		raw, err := fs.ReadFile(fsys, l.file+".txt.gz")
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		if err := parseList(b, raw, l.kind); err != nil {
			return nil, fmt.Errorf("gazetteer: %s: %w", l.file, err)
		}
	}
	return b, nil
}

// entry reads one field of a list: a leading '^' marks a name that is also
// a common word, to be matched only when capitalized.
func entry(field string, kind Kind, country string) Entry {
	phrase, capitalized := strings.CutPrefix(field, "^")
	return Entry{Phrase: phrase, Kind: kind, Country: country, Capitalized: capitalized}
}

// parseList adds the lines of one gzipped list to b. Blank lines and lines
// starting with '#' are skipped; a field starting with '^' is a name that
// is also a common word. In the countries list the first field is a
// country's usual name and the others its other names; in the demonyms
// list the first field is a country and the others its nationality words;
// in the capitals list the second field is the country. Elsewhere every
// field is a phrase of the list's kind.
func parseList(b *builder, raw []byte, kind Kind) error {
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
				b.add(entry(f, kind, country))
			}
		case kind == Country:
			country := strings.TrimPrefix(fields[0], "^")
			for _, f := range fields {
				b.add(entry(f, kind, country))
			}
		case kind.Has(Capital):
			b.add(entry(fields[0], kind, ""))
		default:
			for _, f := range fields {
				b.add(entry(f, kind, ""))
			}
		}
	}
	return sc.Err()
}
