package eval

import (
	"fmt"
	"path/filepath"
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
	return loadGold(dir, func(g *Gold) (string, error) {
		sub, ok := goldNewsTexts[g.Source]
		if !ok {
			return "", fmt.Errorf("%w: unknown source %q", ErrBadGold, g.Source)
		}
		return filepath.Join(dir, "..", sub, filepath.Base(g.Doc)), nil
	})
}
