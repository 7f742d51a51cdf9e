package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ErrBadGold is returned for a gold file that cannot be used.
var ErrBadGold = errors.New("eval: bad gold file")

// Gold is one article's reference answers, as in testdata/gold/*.json.
type Gold struct {
	// Doc is the base name of the article's text file.
	Doc string `json:"doc"`
	// CommentsStart is a verbatim snippet where non-article matter begins,
	// or "" when there is none. Nothing from there on is scored.
	CommentsStart string `json:"comments_start"`
	// Source names the corpus the text comes from, in gold-news files
	// ("polnear-dev", "ggt-dev"); "" for the seeds.
	Source   string       `json:"source,omitempty"`
	Entities []GoldEntity `json:"entities"`
	Claims   []GoldClaim  `json:"claims"`
}

// GoldEntity is one real-world entity named in the article body.
type GoldEntity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
	Titles  []string `json:"titles"`
	// Where is "credit" ([GoldCredit]) for an entity named only in a
	// byline, a photo credit or a "with files from" line, "" otherwise.
	// Such an entity is still one of the article's.
	Where string `json:"where,omitempty"`
}

// GoldCredit is GoldEntity.Where for an entity named only in credits.
const GoldCredit = "credit"

// Credit reports whether the entity is named only in credits.
func (ge *GoldEntity) Credit() bool { return ge.Where == GoldCredit }

// GoldClaim is one attributed statement.
type GoldClaim struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
	// Speaker is the canonical name of the source entity, or nil for an
	// unnamed source.
	Speaker     *string `json:"speaker"`
	SpeakerText string  `json:"speaker_text"`
	Cue         string  `json:"cue"`
	// Nested claims lie inside another statement; they count for neither
	// side.
	Nested bool `json:"nested,omitempty"`
	// Joint claims are copies of one statement made by several sources.
	Joint bool `json:"joint,omitempty"`
}

// ReadGold decodes one gold file.
func ReadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("eval: %s: %w: %w", path, ErrBadGold, err)
	}
	if g.Doc == "" {
		return nil, fmt.Errorf("eval: %s: %w: no doc", path, ErrBadGold)
	}
	return &g, nil
}

// Seed is a gold file together with its article text.
type Seed struct {
	// Name is the article's base name without extension.
	Name string
	Text string
	Gold *Gold
}

// LoadSeeds reads every *.json in goldDir and the article each names from
// textDir, in file-name order.
func LoadSeeds(goldDir, textDir string) ([]Seed, error) {
	return loadGold(goldDir, func(g *Gold) (string, error) {
		return filepath.Join(textDir, filepath.Base(g.Doc)), nil
	})
}

// loadGold reads every *.json in dir, in file-name order, and the text
// each names, found at the path textOf gives.
func loadGold(dir string, textOf func(*Gold) (string, error)) ([]Seed, error) {
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
		path, err := textOf(g)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", p, err)
		}
		b, err := os.ReadFile(path)
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

// BodyEnd returns the byte offset where the gold's non-article matter starts
// in text, or len(text) when there is none or the snippet is not found
// verbatim (the README promises a verbatim snippet).
func (g *Gold) BodyEnd(text string) int {
	if g == nil || strings.TrimSpace(g.CommentsStart) == "" {
		return len(text)
	}
	if i := strings.Index(text, g.CommentsStart); i >= 0 {
		return i
	}
	return len(text)
}

// entity returns the gold entity with that canonical name, or nil.
func (g *Gold) entity(name string) *GoldEntity {
	for i := range g.Entities {
		if g.Entities[i].Name == name {
			return &g.Entities[i]
		}
	}
	n := norm(name)
	for i := range g.Entities {
		if norm(g.Entities[i].Name) == n {
			return &g.Entities[i]
		}
	}
	return nil
}
