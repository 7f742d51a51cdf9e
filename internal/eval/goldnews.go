package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// goldNewsTexts maps a gold-news file's "source" to the folder of its
// texts, relative to the folder above gold-news (the shared data root).
var goldNewsTexts = map[string]string{
	"polnear-dev": filepath.Join("corpora", "polnear", "dev", "text"),
	"ggt-dev":     filepath.Join("corpora", "ggt", "dev"),
}

// LoadGoldNews reads every *.json in dir, gold answers in the seeds'
// format whose "source" names the corpus holding the text, and the text
// each names, in file-name order. The texts are looked for beside dir:
// ../corpora/polnear/dev/text/DOC for "polnear-dev", ../corpora/ggt/dev/DOC
// for "ggt-dev". An unknown source is ErrBadGold.
func LoadGoldNews(dir string) ([]Seed, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	slices.Sort(paths)
	var out []Seed
	for _, p := range paths {
		g, err := ReadGold(p)
		if err != nil {
			return nil, err
		}
		sub, ok := goldNewsTexts[g.Source]
		if !ok {
			return nil, fmt.Errorf("eval: %s: %w: unknown source %q", p, ErrBadGold, g.Source)
		}
		b, err := os.ReadFile(filepath.Join(dir, "..", sub, filepath.Base(g.Doc)))
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", p, err)
		}
		out = append(out, Seed{Name: strings.TrimSuffix(g.Doc, filepath.Ext(g.Doc)), Text: string(b), Gold: g})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("eval: %s: %w: no gold files", dir, ErrBadGold)
	}
	return out, nil
}
