package corpus

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// creditData is the word list of bylines and credits; its header says
// where the words come from.
//
//go:embed data/credits.txt
var creditData string

// creditClass is the class of a word of data/credits.txt.
type creditClass uint8

const (
	classAgency  creditClass = 1 << iota // a news agency or picture library
	classHead                            // ends an outlet's name
	classNoName                          // names no one: "File", "Handout"
	classPicture                         // makes a credit a photo credit: "Images"
	classJob                             // ends a journalist's job
	classLead                            // capitals that open a line but are no place
)

// creditClasses is the one table of the classes, keyed by their names in
// the data file.
var creditClasses = map[string]creditClass{
	"agency": classAgency, "head": classHead, "noname": classNoName, "picture": classPicture, "job": classJob, "lead": classLead,
}

// creditWords holds the entries of the data file in lower case: single
// words with their classes, and the agency names of several words.
type creditWords struct {
	word map[string]creditClass
	// agencies are the agency names of several words, sorted.
	agencies []string
}

// creditTable parses the embedded list once, on first use, and is never
// changed afterwards, which makes sharing it safe.
var creditTable = sync.OnceValue(func() *creditWords {
	w, err := parseCreditWords(creditData)
	if err != nil {
		panic(err) // the embedded file is tested: a bad line is a build mistake
	}
	return w
})

// parseCreditWords reads the format of data/credits.txt.
func parseCreditWords(data string) (*creditWords, error) {
	w := &creditWords{word: map[string]creditClass{}}
	for n, l := range strings.Split(data, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Fields(l)
		c, ok := creditClasses[f[0]]
		if !ok || len(f) < 2 {
			return nil, fmt.Errorf("corpus: data/credits.txt:%d: bad line %q", n+1, l)
		}
		name := strings.ToLower(strings.Join(f[1:], " "))
		if len(f) > 2 {
			w.agencies = append(w.agencies, name)
			continue
		}
		w.word[name] |= c
	}
	slices.Sort(w.agencies)
	return w, nil
}

// is reports whether word w (any case) is of class c.
func (cw *creditWords) is(w string, c creditClass) bool {
	return cw.word[strings.ToLower(w)]&c != 0
}

// isAgency reports whether s, any case, with or without a leading "The",
// is the name of a news agency or picture library.
func (cw *creditWords) isAgency(s string) bool {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimPrefix(s, "the ")
	if cw.word[s]&classAgency != 0 {
		return true
	}
	_, found := slices.BinarySearch(cw.agencies, s)
	return found
}
