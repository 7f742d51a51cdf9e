package gazetteer

import (
	"maps"
	"slices"
)

// Entry is one phrase to add to a Gazetteer with New or With.
type Entry struct {
	// Phrase is the name as written ("Lake Victoria", "U.S.").
	Phrase string
	// Kind is the set of classes the phrase belongs to.
	Kind Kind
	// Country names the country of a Demonym entry ("Russia" for
	// "Russian"), which Demonym returns, or the usual name of a Country
	// entry ("United States" for "America"), which Country returns. It
	// is ignored for other kinds.
	Country string
	// Capitalized makes the entry match only words that start with a
	// capital letter. Names that are also common words use it, so that
	// "Nice" and "Turkey" are places but "nice" and "turkey" are not.
	Capitalized bool
}

// Match is a phrase found by Gazetteer.Match: words[Start:End] is in the
// classes Kind.
type Match struct {
	Start, End int
	Kind       Kind
}

// kinds holds the classes of one stored phrase: any applies whatever the
// case of the text, capital only when every word starts with a capital
// letter, caps only when every word is written in capitals.
type kinds struct {
	any, capital, caps Kind
}

// of returns the classes that apply to text written in case wc.
func (ks kinds) of(wc wordCase) Kind {
	k := ks.any
	if wc&capitalized != 0 {
		k |= ks.capital
	}
	if wc&allCaps != 0 {
		k |= ks.caps
	}
	return k
}

// phraseKey identifies a phrase of 2 to maxWords words by its word ids.
type phraseKey struct {
	n   uint8
	ids [maxWords]uint32
}

// wordInfo is what is known of one normalized word: its classes as a
// one-word phrase, and the longest phrase that starts with it.
type wordInfo struct {
	single kinds
	maxLen uint8
}

// Gazetteer is a lexicon of phrases with their classes. Build one with
// Default, New or With; it is immutable afterwards and safe for concurrent
// use by any number of goroutines.
type Gazetteer struct {
	ids      map[string]uint32 // normalized word -> index into info
	info     []wordInfo
	phrases  map[phraseKey]kinds
	demonyms map[string]string // normalized demonym phrase -> country
	// countries maps each normalized name of a country to its usual name.
	countries map[string]string
	// starts has the bit pairBit set for the first two words of every
	// phrase of two words or more, so that a scan skips the phrase
	// lookups where no phrase can start.
	starts []uint64
}

// pairBits is the size of the starts filter, in bits.
const pairBits = 1 << 20

// pairBit hashes two word ids to a bit of the starts filter.
func pairBit(a, b uint32) uint {
	h := uint64(a)*0x9E3779B97F4A7C15 ^ uint64(b)*0xC2B2AE3D27D4EB4F
	return uint(h>>32) % pairBits
}

// mayStart reports whether some phrase may begin with the words a, b; it
// is false only when none does.
func (g *Gazetteer) mayStart(a, b uint32) bool {
	bit := pairBit(a, b)
	return g.starts[bit/64]&(1<<(bit%64)) != 0
}

// New returns a Gazetteer holding only the given entries. Entries with an
// empty phrase, or longer than 8 words, are skipped.
func New(entries ...Entry) *Gazetteer {
	g := &Gazetteer{
		ids:       map[string]uint32{},
		info:      []wordInfo{{}}, // id 0 means "unknown word"
		phrases:   map[phraseKey]kinds{},
		demonyms:  map[string]string{},
		countries: map[string]string{},
		starts:    make([]uint64, pairBits/64),
	}
	for _, e := range entries {
		g.add(e)
	}
	return g
}

// With returns a new Gazetteer holding g's entries and the given ones; g is
// not changed. Use it to extend Default with your own names.
func (g *Gazetteer) With(entries ...Entry) *Gazetteer {
	c := &Gazetteer{
		ids:       maps.Clone(g.ids),
		info:      slices.Clone(g.info),
		phrases:   maps.Clone(g.phrases),
		demonyms:  maps.Clone(g.demonyms),
		countries: maps.Clone(g.countries),
		starts:    slices.Clone(g.starts),
	}
	for _, e := range entries {
		c.add(e)
	}
	return c
}

// Len returns the number of distinct normalized phrases in g.
func (g *Gazetteer) Len() int {
	n := len(g.phrases)
	for _, in := range g.info {
		if in.single != (kinds{}) {
			n++
		}
	}
	return n
}

// add stores e under each of its spellings; only build code calls it.
func (g *Gazetteer) add(e Entry) {
	words, wc := phraseWords(e.Phrase)
	if len(words) == 0 || len(words) > maxWords || e.Kind == 0 {
		return
	}
	// Short all-capital forms ("US", "U.S.", "UK") match only capitals,
	// so that "us" and "it" stay pronouns.
	need := wordCase(0)
	switch {
	case wc&allCaps != 0 && isShort(words):
		need = allCaps
	case e.Capitalized:
		need = capitalized
	}
	for _, v := range variants(words) {
		if len(v) > maxWords {
			continue
		}
		g.store(v, e.Kind, need)
		switch {
		case e.Kind.Has(Demonym) && e.Country != "":
			g.demonyms[joinWords(v)] = e.Country
		case e.Kind.Has(Country) && e.Country != "":
			g.countries[joinWords(v)] = e.Country
		}
	}
}

// store adds k to the classes of words, for text written in case need (0
// for any case).
func (g *Gazetteer) store(words []string, k Kind, need wordCase) {
	var key phraseKey
	key.n = uint8(len(words))
	for i, w := range words {
		id, ok := g.ids[w]
		if !ok {
			id = uint32(len(g.info))
			g.ids[w] = id
			g.info = append(g.info, wordInfo{})
		}
		key.ids[i] = id
	}
	first := &g.info[key.ids[0]]
	first.maxLen = max(first.maxLen, key.n)
	if key.n >= 2 {
		bit := pairBit(key.ids[0], key.ids[1])
		g.starts[bit/64] |= 1 << (bit % 64)
	}
	var ks kinds
	if key.n == 1 {
		ks = first.single
	} else {
		ks = g.phrases[key]
	}
	switch need {
	case allCaps:
		ks.caps |= k
	case capitalized:
		ks.capital |= k
	default:
		ks.any |= k
	}
	if key.n == 1 {
		first.single = ks
	} else {
		g.phrases[key] = ks
	}
}

// isShort reports whether every word is at most 5 letters, the length of
// acronyms that must be written in capitals to match.
func isShort(words []string) bool {
	for _, w := range words {
		if len(w) > 5 {
			return false
		}
	}
	return true
}

func joinWords(words []string) string {
	n := len(words) - 1
	for _, w := range words {
		n += len(w)
	}
	b := make([]byte, 0, n)
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return string(b)
}
