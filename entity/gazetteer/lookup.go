package gazetteer

import (
	"strings"
	"sync"
)

// tok is one input word resolved against the lexicon: id 0 is a word the
// lexicon does not know.
type tok = Word

// withCase returns w written in case wc.
func (w Word) withCase(wc wordCase) Word {
	w.info = w.info&^caseMask | uint32(wc)
	return w
}

// wc returns the case w is written in.
func (w Word) wc() wordCase { return wordCase(w.info & caseMask) }

// maxLen returns the length of the longest phrase that starts with w.
func (w Word) maxLen() int { return int(w.info >> maxLenShift & 0xf) }

// single returns the palette index of w's classes as a one-word phrase.
func (w Word) single() uint32 { return w.info >> paletteShift }

// tokPool recycles the per-call token scratch of Match and Title.
var tokPool = sync.Pool{New: func() any { s := make([]tok, 0, 256); return &s }}

// encode resolves words to their ids, reusing dst.
func (g *Gazetteer) encode(dst []tok, words []string) []tok {
	var buf [64]byte
	for _, w := range words {
		key, wc := normWord(buf[:0], w)
		dst = append(dst, g.ix.word(key).withCase(wc))
	}
	return dst
}

// kindsOf returns the public and internal classes of the phrase made of
// toks, honoring capitals-only entries.
func (g *Gazetteer) kindsOf(toks []tok) Kind {
	var ks kinds
	if len(toks) == 1 {
		ks = g.palette[toks[0].single()]
	} else {
		var ids [maxWords]uint32
		for i, t := range toks {
			ids[i] = t.id
		}
		ks = g.palette[g.ix.phrase(ids[:len(toks)])]
	}
	if ks.capital == 0 && ks.caps == 0 {
		return ks.any
	}
	wc := anyCase
	for _, t := range toks {
		wc &= t.wc()
	}
	return ks.of(wc)
}

// known returns how many of toks, from the first, could form a phrase
// starting at toks[0]: all known words, no more than the longest phrase
// that starts with toks[0].
func (g *Gazetteer) known(toks []tok) int {
	if len(toks) == 0 || toks[0].id == 0 {
		return 0
	}
	limit := min(toks[0].maxLen(), len(toks))
	n := 1
	for n < limit && toks[n].id != 0 {
		n++
	}
	return n
}

// longest returns the length of the longest phrase at the start of toks
// whose classes intersect want, and those classes.
func (g *Gazetteer) longest(toks []tok, want Kind) (int, Kind) {
	n := g.known(toks)
	if n >= 2 && !g.mayStart(toks[0].id, toks[1].id) {
		n = 1 // no phrase of two words or more starts here
	}
	for ; n > 0; n-- {
		if k := g.kindsOf(toks[:n]) & want; k != 0 {
			return n, k
		}
	}
	return 0, 0
}

// Lookup returns the classes of the exact phrase, ignoring case,
// diacritics, periods and other punctuation: "new york city", "U.S." and
// "St. Petersburg" are all found. Short acronyms ("US", "UK") are only
// found when written in capitals, and names that are also common words
// ("Nice", "Turkey", "Will") only when capitalized. It returns 0 for
// unknown phrases.
func (g *Gazetteer) Lookup(phrase string) Kind {
	// As phraseWords, without building the words: every word must be
	// known, and the phrase's case is that of all its words.
	var toks [maxWords]tok
	var buf [64]byte
	n, wc := 0, anyCase
	for f := range strings.FieldsSeq(phrase) {
		key, c := normWord(buf[:0], f)
		if len(key) == 0 {
			continue
		}
		if n == maxWords {
			return 0
		}
		w := g.ix.word(key)
		if w.id == 0 {
			return 0
		}
		toks[n] = w
		n++
		wc &= c
	}
	if n == 0 {
		return 0
	}
	for i := range n {
		toks[i] = toks[i].withCase(wc)
	}
	return g.kindsOf(toks[:n]) & public
}

// Match finds known phrases in a sequence of tokens, scanning left to right
// and taking at each position the longest phrase that starts there, so the
// matches never overlap. Tokens are compared as Lookup compares phrases; a
// token that is only punctuation ends any phrase. words is not modified.
func (g *Gazetteer) Match(words []string) []Match {
	return g.AppendMatches(nil, words)
}

// AppendMatches appends to dst the matches Match finds in words and returns
// the extended slice. It allocates nothing when dst has room, which suits
// callers that match many sentences with one scratch slice.
func (g *Gazetteer) AppendMatches(dst []Match, words []string) []Match {
	sp := tokPool.Get().(*[]tok)
	toks := g.encode((*sp)[:0], words)
	dst = g.appendMatches(dst, toks, public)
	*sp = toks
	tokPool.Put(sp)
	return dst
}

// A Word is a token resolved against a Gazetteer by Encode. Callers that
// see the same words again and again (a tagger's vocabulary) encode them
// once and match with AppendMatchesWords, which skips normalizing and
// looking up every token. A Word is meaningful only to the Gazetteer that
// made it; the zero Word is a word it does not know.
type Word struct {
	id uint32 // the offset of the word's entry in the index
	// info packs what matching needs of the word, so that it need not
	// read the index again: its classes as a one-word phrase (a palette
	// index, from bit paletteShift up), the length of the longest phrase
	// it starts (4 bits at maxLenShift), and the case it is written in
	// (a wordCase, the low bits).
	info uint32
}

const (
	caseMask     = 0xf
	maxLenShift  = 4
	paletteShift = 8
	// maxPalette bounds the number of distinct sets of classes that a
	// Gazetteer's words and phrases may have.
	maxPalette = 1 << (32 - paletteShift)
)

// Encode resolves one token for AppendMatchesWords.
func (g *Gazetteer) Encode(word string) Word {
	var buf [64]byte
	key, wc := normWord(buf[:0], word)
	return g.ix.word(key).withCase(wc)
}

// AppendMatchesWords is AppendMatches over tokens encoded by g.Encode; it
// never allocates when dst has room.
func (g *Gazetteer) AppendMatchesWords(dst []Match, words []Word) []Match {
	return g.appendMatches(dst, words, public)
}

// AppendMatchesWordsOf is AppendMatchesWords restricted to the classes
// in kinds: phrases of no other class are not matched, and a match
// reports only its classes in kinds. A reader trained on some classes
// (the sequence model of entity/model) sees the lexicons as it was
// trained on them when classes are added.
func (g *Gazetteer) AppendMatchesWordsOf(dst []Match, words []Word, kinds Kind) []Match {
	return g.appendMatches(dst, words, kinds&public)
}

func (g *Gazetteer) appendMatches(dst []Match, toks []tok, kinds Kind) []Match {
	for i := 0; i < len(toks); {
		n, k := g.longest(toks[i:], kinds)
		if n == 0 {
			i++
			continue
		}
		dst = append(dst, Match{Start: i, End: i + n, Kind: k})
		i += n
	}
	return dst
}

// Demonym returns the country of a nationality word or phrase: "Russian"
// and "Russians" give "Russia", "Dutch" gives "Netherlands".
func (g *Gazetteer) Demonym(word string) (country string, ok bool) {
	// The key phraseWords and joinWords would give, built without
	// allocating.
	var scratch [64]byte
	var buf [128]byte
	key := buf[:0]
	for f := range strings.FieldsSeq(word) {
		w, _ := normWord(scratch[:0], f)
		if len(w) == 0 {
			continue
		}
		if len(key) > 0 {
			key = append(key, ' ')
		}
		key = append(key, w...)
	}
	if len(key) == 0 {
		return "", false
	}
	return lookup(&g.ix.demonyms, key)
}

// Country returns the usual name of a country named by name: "America"
// and "U.S." give "United States", "Britain" gives "United Kingdom".
func (g *Gazetteer) Country(name string) (country string, ok bool) {
	words, _ := phraseWords(name)
	if len(words) == 0 || !g.Lookup(name).Has(Country) {
		return "", false // "us" is no country, though "US" is
	}
	return lookup(&g.ix.countries, joinWords(words))
}

// Gender returns the gender of a first name, Unknown when the name is not
// in the lexicon or is given to men and women alike.
func (g *Gazetteer) Gender(firstName string) Gender { return g.Lookup(firstName).Gender() }

// Title returns the number of words of the person title that starts at
// words[0], 0 if none: "Foreign Minister Ivan Petrov" gives 2, "Deputy
// Prime Minister" 3. Modifiers such as "Deputy", "Acting" or "Vice" are
// taken in only when a title follows them.
func (g *Gazetteer) Title(words []string) int {
	if len(words) > 4*maxWords {
		words = words[:4*maxWords]
	}
	sp := tokPool.Get().(*[]tok)
	toks := g.encode((*sp)[:0], words)
	best := 0
	for i := 0; i < len(toks); {
		if n, _ := g.longest(toks[i:], PersonTitle); n > 0 {
			best = i + n
		}
		m, _ := g.longest(toks[i:], titleModifier)
		if m == 0 {
			break
		}
		i += m
	}
	*sp = toks
	tokPool.Put(sp)
	return best
}
