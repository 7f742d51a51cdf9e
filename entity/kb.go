package entity

import (
	"strings"
	"sync"

	"github.com/sayso/sayso/entity/gazetteer"
	"github.com/sayso/sayso/internal/ortho"
)

// knowledge is what the recognizer asks of the gazetteers. The methods take
// normalized words (corpus.Normalize) as written.
type knowledge interface {
	// place returns GPE, LOC or FAC when words name a known place, or "".
	place(words []string) Type
	// norp returns a key shared by all forms of a nationality or group
	// ("German", "Germans" -> "Germany") and whether word is one.
	norp(word string) (string, bool)
	// firstName reports whether word is a known first name, and its gender.
	firstName(word string) (Gender, bool)
	// known reports whether the gazetteers know the word or phrase at all,
	// as a place, group, first name or named organization.
	known(words []string) bool
	// major reports whether words name a country, capital or continent:
	// places too well known to be anybody's surname.
	major(words []string) bool
	// country returns the usual name of the country words name
	// ("America" -> "United States"), or "".
	country(words []string) string
	// org reports whether words name a known organization.
	org(words []string) bool
	// word returns the head-word classes of a single word.
	word(w string) gazetteer.Kind
}

// gazKB answers from a gazetteer.Gazetteer. With a memo, it remembers the
// answers for one document: the same names are asked about many times (for
// each mention, each type rule, each merge test), and each gazetteer
// lookup normalizes and splits its phrase anew. A gazKB with a memo is not
// safe for concurrent use; Recognize makes one per call.
type gazKB struct {
	g    *gazetteer.Gazetteer
	memo *kbMemo
}

// kbMemo holds the answers of the gazetteer for one document.
type kbMemo struct {
	kinds map[string]gazetteer.Kind
	norps map[string]norpAnswer
	// places holds the answers of place, keyed by the words as
	// appendWords writes them: place asks about the words, the first
	// and last alone and the shorter phrases, and is asked about each
	// name many times.
	places map[string]Type
	buf    []byte // scratch for phrase keys
	key    []byte // scratch for the keys of places
}

// norpAnswer is what norp returns for one word.
type norpAnswer struct {
	key string
	ok  bool
}

// memoPool holds emptied memos for reuse, so that each document does not
// grow its maps anew.
var memoPool = sync.Pool{New: func() any {
	return &kbMemo{kinds: make(map[string]gazetteer.Kind, 256), norps: make(map[string]norpAnswer, 64), places: make(map[string]Type, 256)}
}}

// withMemo returns a copy of k that remembers its answers. Call
// releaseMemo when done with it.
func (k gazKB) withMemo() gazKB {
	k.memo = memoPool.Get().(*kbMemo)
	return k
}

// releaseMemo empties k's memo and returns it to the pool; k must not be
// used after.
func (k gazKB) releaseMemo() {
	if k.memo == nil {
		return
	}
	clear(k.memo.kinds)
	clear(k.memo.norps)
	clear(k.memo.places)
	memoPool.Put(k.memo)
}

// kind returns the gazetteer's kinds of phrase p.
func (k gazKB) kind(p string) gazetteer.Kind {
	if k.memo == nil {
		return k.g.Lookup(p)
	}
	kind, ok := k.memo.kinds[p]
	if !ok {
		kind = k.g.Lookup(p)
		k.memo.kinds[p] = kind
	}
	return kind
}

func (k gazKB) lookup(words []string) gazetteer.Kind {
	if len(words) == 0 || len(words) > maxNameWords {
		return 0
	}
	p := words[0]
	if len(words) > 1 {
		if k.memo != nil {
			// A phrase already asked is found without building its string.
			b := k.memo.buf[:0]
			for i, w := range words {
				if i > 0 {
					b = append(b, ' ')
				}
				b = append(b, w...)
			}
			k.memo.buf = b
			kind, ok := k.memo.kinds[string(b)]
			if ok && (kind != 0 || !strings.Contains(string(b), "-")) {
				return kind
			}
			p = string(b)
			if !ok {
				kind = k.g.Lookup(p)
				k.memo.kinds[p] = kind
			}
			if kind == 0 && strings.Contains(p, "-") {
				kind = k.kind(strings.ReplaceAll(p, "-", " "))
			}
			return kind
		}
		p = strings.Join(words, " ")
	}
	kind := k.kind(p)
	if kind == 0 && strings.Contains(p, "-") {
		kind = k.kind(strings.ReplaceAll(p, "-", " "))
	}
	return kind
}

func (k gazKB) place(words []string) Type {
	if len(words) == 0 || len(words) > maxNameWords {
		return ""
	}
	if k.memo == nil {
		return k.askPlace(words)
	}
	k.memo.key = appendWords(k.memo.key[:0], words)
	if t, ok := k.memo.places[string(k.memo.key)]; ok {
		return t
	}
	t := k.askPlace(words)
	// askPlace asks place of shorter phrases, which overwrite the key.
	k.memo.key = appendWords(k.memo.key[:0], words)
	k.memo.places[string(k.memo.key)] = t
	return t
}

// askPlace answers place from the gazetteer.
func (k gazKB) askPlace(words []string) Type {
	kind := k.lookup(words)
	if k.isOrg(words, kind) {
		return ""
	}
	if len(words) == 1 && ortho.Uppercase(words[0]) && kind&gazetteer.Country == 0 {
		// Capitals mark an acronym ("NASA", "ACLU") far more often than a
		// town, whose acronym-like spelling is then a coincidence. Only
		// country codes are listed in capitals ("UK", "UAE"). Place names in
		// lines set in capitals reach here in title case (see typer.evidence).
		return ""
	}
	switch {
	case kind&(gazetteer.Country|gazetteer.Capital|gazetteer.City) != 0:
		return GPE
	case kind&gazetteer.Region != 0 && kind&(gazetteer.Group|gazetteer.Demonym) == 0:
		return GPE // "Ohio" the state before the river
	case kind&(gazetteer.Continent|gazetteer.Water|gazetteer.Landform) != 0:
		return Loc
	case len(words) == 1 && kind == gazetteer.FacWord && ortho.Capitalized(words[0]):
		return Fac // "the Kremlin": a facility known by its head word
	}
	if len(words) > 1 {
		// "Kharkiv Province", "Lake Como", "Abbey Road".
		last, first := k.kind(words[len(words)-1]), k.kind(words[0])
		switch {
		case last.Has(gazetteer.GPEWord) && k.place(words[:len(words)-1]) == GPE:
			return GPE
		case last.Has(gazetteer.LocWord) || first.Has(gazetteer.LocWord) && len(words) == 2 &&
			last&(gazetteer.OrgWord|gazetteer.FacWord) == 0 && classesOf(strings.ToLower(words[1]))&(wcOrgHead|wcMiscHead) == 0:
			return Loc
		}
	}
	return ""
}

// isOrg reports whether the gazetteer lists a name as an organization: a
// name of several words or an acronym among the organization words
// ("United Nations", "U.N."), or any named organization ("Reuters",
// "Twitter").
func (k gazKB) isOrg(words []string, kind gazetteer.Kind) bool {
	const places = gazetteer.Country | gazetteer.Capital | gazetteer.Continent | gazetteer.Water
	if kind&places != 0 {
		return false
	}
	return kind.Has(gazetteer.Organization) || kind.Has(gazetteer.OrgWord) && (len(words) > 1 || ortho.Uppercase(words[0]))
}

func (k gazKB) org(words []string) bool { return len(words) > 0 && k.isOrg(words, k.lookup(words)) }

func (k gazKB) norp(word string) (string, bool) {
	if k.memo == nil {
		return k.askNorp(word)
	}
	a, ok := k.memo.norps[word]
	if !ok {
		a.key, a.ok = k.askNorp(word)
		k.memo.norps[word] = a
	}
	return a.key, a.ok
}

// askNorp answers norp from the gazetteer.
func (k gazKB) askNorp(word string) (string, bool) {
	if c, ok := k.g.Demonym(word); ok {
		return c, true
	}
	kind := k.kind(word)
	if kind.Has(gazetteer.Group) || kind.Has(gazetteer.Demonym) {
		return groupStem(word), true
	}
	return "", false
}

// groupStem reduces the forms of a group word to one key: "Finns",
// "Finn" and "Finnish" -> "finn"; "Democrats", "Democrat" and
// "Democratic" -> "democrat".
func groupStem(w string) string {
	w = foldWord(w)
	if len(w) > 3 && strings.HasSuffix(w, "s") {
		w = w[:len(w)-1]
	}
	for _, suf := range []string{"ish", "ic"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func (k gazKB) firstName(word string) (Gender, bool) {
	if !ortho.Capitalized(word) || ortho.Uppercase(word) && len(word) > 1 {
		return Unknown, false
	}
	kind := k.kind(word)
	return kind.Gender(), kind.Any(gazetteer.FirstName)
}

func (k gazKB) known(words []string) bool {
	const names = gazetteer.Country | gazetteer.Capital | gazetteer.City | gazetteer.Region |
		gazetteer.Continent | gazetteer.Water | gazetteer.Landform | gazetteer.Demonym |
		gazetteer.Group | gazetteer.MaleName | gazetteer.FemaleName | gazetteer.Organization
	return k.lookup(words)&names != 0
}

func (k gazKB) word(w string) gazetteer.Kind { return k.kind(w) }

func (k gazKB) major(words []string) bool {
	return k.lookup(words)&(gazetteer.Country|gazetteer.Capital|gazetteer.Continent) != 0
}

func (k gazKB) country(words []string) string {
	if len(words) == 0 || len(words) > maxNameWords || k.lookup(words)&gazetteer.Country == 0 {
		return ""
	}
	c, _ := k.g.Country(strings.Join(words, " "))
	return c
}
