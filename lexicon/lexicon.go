package lexicon

import (
	"embed"
	"io"
	"io/fs"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Lexicon is a table of cue verbs and of cue, role and head words. It
// never changes once built and is safe for concurrent use.
type Lexicon struct {
	verbs  []Verb
	byForm map[string]int // a form's verb, an index of verbs
	words  []Word
	byWord map[string]int // an index of words
}

// embedded holds the data files that Default parses.
//
//go:embed data/*.txt
var embedded embed.FS

// Data returns the embedded data files, at the root of the file system,
// for Load to read with extra lines.
func Data() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		panic(err) // "data" is a valid path: fs.Sub cannot fail
	}
	return sub
}

// defaultLexicon parses the embedded data once, on first use.
var defaultLexicon = sync.OnceValue(func() *Lexicon {
	l, err := Load(Data())
	if err != nil {
		// The embedded data is tested; a bad line is a build mistake.
		panic(err)
	}
	return l
})

// Default returns the lexicon of the embedded data files. It is parsed
// once, on first use, and shared.
func Default() *Lexicon { return defaultLexicon() }

// Load parses every .txt file at the root of fsys, in name order, and
// then each of extra, as one lexicon. Load(Data(), extra) is the default
// lexicon with extra lines.
func Load(fsys fs.FS, extra ...io.Reader) (*Lexicon, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, err
	}
	var b builder
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, err
		}
		err = b.read(name, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	for i, r := range extra {
		if err := b.read("extra "+strconv.Itoa(i+1), r); err != nil {
			return nil, err
		}
	}
	return b.lexicon(), nil
}

// Parse parses one lexicon from r.
func Parse(r io.Reader) (*Lexicon, error) {
	var b builder
	if err := b.read("input", r); err != nil {
		return nil, err
	}
	return b.lexicon(), nil
}

// Verb returns the verb that form is a form of. When two verbs share a
// form, the verb whose lemma it is wins, then the verb written first.
func (l *Lexicon) Verb(form string) (Verb, bool) {
	i, ok := l.byForm[strings.ToLower(form)]
	if !ok {
		return Verb{}, false
	}
	return l.verbs[i], true
}

// Verbs returns every verb, in the order of the data.
func (l *Lexicon) Verbs() iter.Seq[Verb] { return slices.Values(l.verbs) }

// Lemmas returns the lemmas of the verbs with flag f.
func (l *Lexicon) Lemmas(f Flag) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, v := range l.verbs {
			if v.Has(f) && !yield(v.lemma) {
				return
			}
		}
	}
}

// Forms returns the spellings of the forms in kinds of the verbs with
// flag f: Forms(Agentless, Participle) gives "expected", "said". A form
// that two verbs share comes once per verb.
func (l *Lexicon) Forms(f Flag, kinds Form) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, v := range l.verbs {
			if !v.Has(f) {
				continue
			}
			for _, s := range v.Forms(kinds) {
				if !yield(s) {
					return
				}
			}
		}
	}
}

// Word returns the entry of a word.
func (l *Lexicon) Word(w string) (Word, bool) {
	i, ok := l.byWord[strings.ToLower(w)]
	if !ok {
		return Word{}, false
	}
	return l.words[i], true
}

// Words returns the words of class c, in the order of the data.
func (l *Lexicon) Words(c Class) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range l.words {
			if w.Is(c) && !yield(w.text) {
				return
			}
		}
	}
}

// Set collects words into a new set, for the rules that look words up
// one at a time: Set(l.Lemmas(Clause)).
func Set(words iter.Seq[string]) map[string]bool {
	m := map[string]bool{}
	for w := range words {
		m[w] = true
	}
	return m
}
