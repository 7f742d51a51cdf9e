package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// readJSON decodes the file at path under the node_modules directory.
func (g *generator) readJSON(path string, v any) error {
	raw, err := os.ReadFile(filepath.Join(g.npm, path))
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("gazetteer: %s: %w", path, err)
	}
	return nil
}

var parenRE = regexp.MustCompile(`\s*\(([^)]*)\)`)

// cleanNames splits a display name into the plain names it holds:
// "Myanmar (Burma)" gives "Myanmar" and "Burma". Names that are really
// descriptions ("Congo - Kinshasa", "Korea, Republic of") give nothing.
func cleanNames(s string) []string {
	s = strings.TrimSpace(strings.TrimRight(s, "¹²³*"))
	var out []string
	if m := parenRE.FindStringSubmatch(s); m != nil {
		s = parenRE.ReplaceAllString(s, "")
		// "Myanmar (Burma)" holds another name; "Congo (Republic)" only
		// a qualifier.
		if !strings.ContainsAny(m[1], ",-") && !strings.Contains(m[1], " of ") && !strings.HasPrefix(m[1], "Rep") {
			out = append(out, m[1])
		}
	}
	if s == "" || strings.Contains(s, " - ") || strings.Contains(s, ",") || strings.Contains(s, "&") {
		return out
	}
	return append([]string{s}, out...)
}

func (g *generator) genCountries() error {
	var cl map[string]struct {
		Name    string   `json:"name"`
		Alias   []string `json:"alias"`
		Capital string   `json:"capital"`
	}
	if err := g.readJSON("countries-list/countries.min.json", &cl); err != nil {
		return err
	}
	var iso struct {
		Countries map[string]json.RawMessage `json:"countries"`
	}
	if err := g.readJSON("i18n-iso-countries/langs/en.json", &iso); err != nil {
		return err
	}
	territories, err := g.territories()
	if err != nil {
		return err
	}
	g.countries = map[string]*country{}
	for code, c := range cl {
		if len(code) != 2 {
			continue
		}
		cc := &country{code: code, name: c.Name, capital: c.Capital}
		cc.aliases = append(cc.aliases, cleanNames(c.Name)...)
		for _, a := range c.Alias {
			cc.aliases = append(cc.aliases, cleanNames(a)...)
		}
		g.countries[code] = cc
	}
	for code, raw := range iso.Countries {
		cc := g.countries[code]
		if cc == nil {
			continue
		}
		var names []string
		if json.Unmarshal(raw, &names) != nil {
			var one string
			if err := json.Unmarshal(raw, &one); err != nil {
				return fmt.Errorf("gazetteer: i18n-iso-countries %s: %w", code, err)
			}
			names = []string{one}
		}
		for _, n := range names {
			cc.aliases = append(cc.aliases, cleanNames(n)...)
		}
	}
	for key, name := range territories {
		code, _, _ := strings.Cut(key, "-alt-")
		if cc := g.countries[code]; cc != nil {
			cc.aliases = append(cc.aliases, cleanNames(name)...)
		}
	}
	extra, err := g.readList("country_aliases.txt")
	if err != nil {
		return err
	}
	for _, f := range extra {
		if cc := g.countries[f[0]]; cc != nil {
			cc.aliases = append(cc.aliases, f[1:]...)
		}
	}
	g.countryOf = map[string]string{}
	var lines, capitals []string
	for _, cc := range g.countries {
		cc.aliases = slices.DeleteFunc(cc.aliases, func(a string) bool { return a == cc.name })
		slices.Sort(cc.aliases)
		cc.aliases = slices.Compact(cc.aliases)
		lines = append(lines, strings.Join(append([]string{cc.name}, cc.aliases...), "\t"))
		g.countryOf[strings.ToLower(cc.name)] = cc.name
		for _, a := range cc.aliases {
			g.countryOf[strings.ToLower(a)] = cc.name
		}
		for _, c := range strings.Split(cc.capital, ",") {
			if c = strings.TrimSpace(c); c != "" {
				capitals = append(capitals, c+"\t"+cc.name)
			}
		}
	}
	header := []string{
		"Countries and territories: canonical name, then other names, tab-separated.",
		"Sources: countries-list 3.4.1 (MIT), i18n-iso-countries 7.14.0 (MIT),",
		"CLDR 48 cldr-localenames-full (Unicode-3.0), internal/cmd/gazetteer/lists/country_aliases.txt.",
	}
	if err := g.write("countries", header, lines); err != nil {
		return err
	}
	g.capitals = capitals
	return nil
}

// genericWords are the words of region names such as "Central",
// "Northern" or "Upper East", which name a province in some country but
// read as plain words everywhere else.
var genericWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true,
	"centre": true, "center": true, "capital": true, "coast": true,
	"coastal": true, "gulf": true, "lakes": true, "upper": true, "lower": true,
	"middle": true, "islands": true, "island": true, "interior": true,
	"littoral": true, "far": true, "north-east": true, "north-west": true,
	"south-east": true, "south-west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "border": true,
	"mountain": true, "highlands": true, "plateau": true, "lake": true,
	"river": true, "savannah": true, "valley": true, "city": true,
}

// generic reports whether a name of one or two words is made only of
// genericWords.
func generic(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !genericWords[w] {
			return false
		}
	}
	return true
}

func (g *generator) genRegions() error {
	var sub struct {
		Subdivisions struct {
			LocaleDisplayNames struct {
				Subdivisions map[string]string `json:"subdivisions"`
			} `json:"localeDisplayNames"`
		} `json:"subdivisions"`
	}
	if err := g.readJSON("cldr-subdivisions-full/subdivisions/en/en.json", &sub); err != nil {
		return err
	}
	var cont struct {
		Supplemental struct {
			SubdivisionContainment map[string]struct {
				Contains []string `json:"_contains"`
			} `json:"subdivisionContainment"`
		} `json:"supplemental"`
	}
	if err := g.readJSON("cldr-core/supplemental/subdivisionContainment.json", &cont); err != nil {
		return err
	}
	names := sub.Subdivisions.LocaleDisplayNames.Subdivisions
	var lines []string
	for parent, c := range cont.Supplemental.SubdivisionContainment {
		// First-level subdivisions are those a country (an upper-case
		// code) contains directly.
		if parent != strings.ToUpper(parent) {
			continue
		}
		for _, code := range c.Contains {
			for _, n := range cleanNames(names[code]) {
				if !g.stopped(n) && !generic(n) {
					lines = append(lines, n)
				}
			}
		}
	}
	lines = append(lines, g.wnRegions...)
	extra, err := g.readList("regions.txt")
	if err != nil {
		return err
	}
	for _, f := range extra {
		lines = append(lines, f...)
	}
	header := []string{
		"First-level subdivisions: states, provinces, governorates, regions.",
		"Sources: CLDR 48 cldr-subdivisions-full and cldr-core subdivisionContainment (Unicode-3.0),",
		"WordNet 3.0 instances of state and province (WordNet 3.0 license), internal/cmd/gazetteer/lists/regions.txt.",
	}
	return g.write("regions", header, lines)
}

func (g *generator) genContinents() error {
	territories, err := g.territories()
	if err != nil {
		return err
	}
	var lines []string
	for code, name := range territories {
		// Numeric codes are UN M.49 world regions; 001 is "world".
		if code[0] >= '0' && code[0] <= '9' && code != "001" {
			lines = append(lines, cleanNames(name)...)
		}
	}
	extra, err := g.readList("continents.txt")
	if err != nil {
		return err
	}
	for _, f := range extra {
		lines = append(lines, f...)
	}
	header := append([]string{
		"Continents and world regions (LOC).",
		"Sources: CLDR 48 cldr-localenames-full M.49 regions (Unicode-3.0), internal/cmd/gazetteer/lists/continents.txt:",
	}, g.listHeader("continents.txt")...)
	return g.write("continents", header, lines)
}

// territories returns CLDR's English names of countries and world regions,
// by code.
func (g *generator) territories() (map[string]string, error) {
	var cldr struct {
		Main struct {
			En struct {
				LocaleDisplayNames struct {
					Territories map[string]string `json:"territories"`
				} `json:"localeDisplayNames"`
			} `json:"en"`
		} `json:"main"`
	}
	if err := g.readJSON("cldr-localenames-full/main/en/territories.json", &cldr); err != nil {
		return nil, err
	}
	return cldr.Main.En.LocaleDisplayNames.Territories, nil
}
