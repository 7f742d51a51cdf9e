package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// synset is the part of a WordNet noun synset the generator needs.
type synset struct {
	words     []string
	hyponyms  []string // "~" pointers
	instances []string // "~i" pointers
}

// readNouns parses data.noun into synsets by offset.
func readNouns(dir string) (map[string]*synset, error) {
	f, err := os.Open(filepath.Join(dir, "data.noun"))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w (install Debian's wordnet-base)", err)
	}
	defer f.Close()
	out := map[string]*synset{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // license header
		}
		body, _, _ := strings.Cut(line, " | ")
		fs := strings.Fields(body)
		if len(fs) < 4 {
			continue
		}
		s := &synset{}
		n, err := strconv.ParseInt(fs[3], 16, 32)
		if err != nil || len(fs) < 4+2*int(n)+1 {
			continue
		}
		i := 4
		for range n {
			s.words = append(s.words, strings.ReplaceAll(fs[i], "_", " "))
			i += 2
		}
		p, err := strconv.Atoi(fs[i])
		if err != nil {
			continue
		}
		i++
		for range p {
			if i+3 >= len(fs) {
				break
			}
			switch fs[i] {
			case "~":
				s.hyponyms = append(s.hyponyms, fs[i+1])
			case "~i":
				s.instances = append(s.instances, fs[i+1])
			}
			i += 4
		}
		out[fs[0]] = s
	}
	return out, sc.Err()
}

// readCommon returns the single words that WordNet writes in lower case
// in any synset (common nouns, verbs, adjectives and adverbs) and their
// irregular inflections.
func readCommon(dir string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		f, err := os.Open(filepath.Join(dir, "data."+pos))
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w (install Debian's wordnet-base)", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
		for sc.Scan() {
			fs := strings.Fields(sc.Text())
			if len(fs) < 4 || strings.HasPrefix(sc.Text(), "  ") {
				continue
			}
			n, err := strconv.ParseInt(fs[3], 16, 32)
			if err != nil || len(fs) < 4+2*int(n) {
				continue
			}
			for i := range int(n) {
				w, _, _ := strings.Cut(fs[4+2*i], "(") // adjective markers: "big(a)"
				if w != "" && w[0] >= 'a' && w[0] <= 'z' && !strings.ContainsAny(w, "_-") {
					out[w] = true
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	// Irregular inflections ("said", "went", "geese") are common words too.
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		raw, err := os.ReadFile(filepath.Join(dir, pos+".exc"))
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		for line := range strings.SplitSeq(string(raw), "\n") {
			if w, _, ok := strings.Cut(line, " "); ok && !strings.ContainsAny(w, "_-") {
				out[w] = true
			}
		}
	}
	return out, nil
}

// sense returns the synset offset of a noun sense written "lemma" (the
// first sense) or "lemma#n".
func sense(dir, lemma string) (string, error) {
	n := 1
	if l, num, ok := strings.Cut(lemma, "#"); ok {
		lemma = l
		if v, err := strconv.Atoi(num); err == nil && v > 0 {
			n = v
		}
	}
	f, err := os.Open(filepath.Join(dir, "index.noun"))
	if err != nil {
		return "", fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 4 || fs[0] != lemma {
			continue
		}
		// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets...
		p, err := strconv.Atoi(fs[3])
		if err != nil || len(fs) < 4+p+2+n {
			break
		}
		return fs[4+p+1+n], nil
	}
	return "", fmt.Errorf("gazetteer: WordNet has no noun %q", lemma)
}

// instancesOf returns the capitalized names of the instances of each
// lemma's sense and of all its hyponyms ("Nile" is an instance of
// river; "Etna" of volcano, a kind of mountain).
func (g *generator) instancesOf(nouns map[string]*synset, lemmas ...string) ([]string, error) {
	seen := map[string]bool{}
	var queue []string
	for _, l := range lemmas {
		off, err := sense(g.wordnet, l)
		if err != nil {
			return nil, err
		}
		queue = append(queue, off)
	}
	var out []string
	for len(queue) > 0 {
		off := queue[0]
		queue = queue[1:]
		if seen[off] {
			continue
		}
		seen[off] = true
		s := nouns[off]
		if s == nil {
			continue
		}
		queue = append(queue, s.hyponyms...)
		for _, inst := range s.instances {
			is := nouns[inst]
			if is == nil {
				continue
			}
			for _, w := range is.words {
				if w != "" && w[0] >= 'A' && w[0] <= 'Z' && !strings.ContainsAny(w, "()") && !g.stopped(w) {
					out = append(out, w)
				}
			}
		}
	}
	return out, nil
}

func (g *generator) genWordNet() error {
	nouns, err := readNouns(g.wordnet)
	if err != nil {
		return err
	}
	notCountry := func(names []string) []string {
		var out []string
		for _, n := range names {
			if _, ok := g.countryOf[strings.ToLower(n)]; !ok {
				out = append(out, n)
			}
		}
		return out
	}
	water, err := g.instancesOf(nouns, "river", "lake", "sea", "ocean", "gulf", "bay", "strait", "waterfall", "canal#3")
	if err != nil {
		return err
	}
	land, err := g.instancesOf(nouns, "mountain", "mountain_peak", "hill", "mountain_range", "volcano#2", "desert", "island",
		"peninsula", "valley", "plateau", "archipelago", "cape", "canyon", "glacier", "forest#2", "plain")
	if err != nil {
		return err
	}
	if g.wnCities, err = g.instancesOf(nouns, "city", "town"); err != nil {
		return err
	}
	if g.wnRegions, err = g.instancesOf(nouns, "state", "province"); err != nil {
		return err
	}
	g.wnCities = notCountry(g.wnCities)
	g.wnRegions = notCountry(g.wnRegions)
	lic := "Source: WordNet 3.0 (Debian wordnet-base 1:3.0-37), WordNet 3.0 license (permissive, notice required)."
	if err := g.write("water", []string{
		"Named bodies of water: instances of river, lake, sea, ocean, gulf, bay, strait, waterfall, canal.", lic,
	}, notCountry(water)); err != nil {
		return err
	}
	return g.write("landforms", []string{
		"Named landforms: instances of mountain, peak, hill, range, volcano, desert, island, peninsula, valley, plateau,",
		"archipelago, cape, canyon, glacier, forest, plain; islands that are countries left out.", lic,
	}, notCountry(land))
}
