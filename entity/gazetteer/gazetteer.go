package gazetteer

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
	ix      index
	palette []kinds // the index's palette, decoded
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

// fromIndex returns the Gazetteer of an index.
func fromIndex(ix index) *Gazetteer {
	g := &Gazetteer{ix: ix, starts: make([]uint64, pairBits/64)}
	g.palette = make([]kinds, len(ix.palette)/12)
	for i := range g.palette {
		g.palette[i] = ix.kinds(i)
	}
	for _, e := range ix.phrases.all {
		bit := pairBit(le32(e.key, 0), le32(e.key, 4))
		g.starts[bit/64] |= 1 << (bit % 64)
	}
	return g
}

// build returns the Gazetteer of the entries of b.
func (b *builder) build() *Gazetteer {
	ix, err := readIndex(b.freeze())
	if err != nil {
		panic(err) // freeze writes what readIndex reads
	}
	return fromIndex(ix)
}

// New returns a Gazetteer holding only the given entries. Entries with an
// empty phrase, or longer than 8 words, are skipped. New and With panic if
// the entries have more than 2^24 distinct sets of classes.
func New(entries ...Entry) *Gazetteer {
	b := newBuilder()
	for _, e := range entries {
		b.add(e)
	}
	return b.build()
}

// With returns a new Gazetteer holding g's entries and the given ones; g is
// not changed. Use it to extend Default with your own names.
func (g *Gazetteer) With(entries ...Entry) *Gazetteer {
	b := g.ix.thaw()
	for _, e := range entries {
		b.add(e)
	}
	return b.build()
}

// Len returns the number of distinct normalized phrases in g.
func (g *Gazetteer) Len() int { return g.ix.singles + g.ix.phrases.len() }
