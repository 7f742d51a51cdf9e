package model

// The entity lexicon (FeatLexicon) lists the capitalized words seen inside
// gold entities of the training data, with the types and positions they
// were seen in: the "known entity words" of the training set. During
// training each document sees a lexicon built from the other folds only
// (jackknifing), so that the model learns how far an unseen-name lexicon
// deserves trust, as it must at inference.

// lexFolds is the number of folds the training lexicon is built in.
const lexFolds = 5

// Lexicon bits of a word: for entity type t, bit 2t says it was seen first
// in an entity of type t, bit 2t+1 later in one; lexOther says it was seen
// capitalized outside entities, not first in its sentence.
const lexOther = 1 << (2 * len(types))

// lexiconWords adds to lex the capitalized words of one document with
// their bits.
func lexiconWords(lex map[string]uint16, doc []Sentence, gold []uint8) {
	at := 0
	for _, sent := range doc {
		for i, t := range sent {
			l := gold[at]
			at++
			var in wordInfo
			scanWord(t.Text, &in)
			if !in.upperFirst || !in.hasLower {
				continue
			}
			switch {
			case l != 0:
				bit := uint16(1) << (2 * typeOf(l))
				if k := kindOf(l); k == bilouI || k == bilouL {
					bit <<= 1
				}
				lex[t.Text] |= bit
			case i > 0:
				lex[t.Text] |= lexOther
			}
		}
	}
}

// lexicon holds the lexicon's words (see lexiconWords) twice: in a sorted
// list, which the model file holds, and by word hash, which tagging looks
// up without building strings.
type lexicon struct {
	list wordList
	tab  wordTable
}

func newLexicon(words wordList) lexicon {
	l := lexicon{list: words, tab: newWordTable(len(words.words))}
	for i, w := range words.words {
		l.tab.set(hashString(w), int32(words.vals[i]))
	}
	return l
}

// bits returns the lexicon bits of a token: of its word as written
// (in.wordLex, see resolve), or in title case in a headline.
func (l *lexicon) bits(in *tokInfo) uint16 {
	switch {
	case l.tab.n == 0 || !in.upperFirst:
		return 0
	case in.capsSent:
		return l.of(in.title)
	}
	return in.wordLex
}

// of returns the lexicon bits of the word with hash h.
func (l *lexicon) of(h uint64) uint16 {
	if v, ok := l.tab.get(h); ok {
		return uint16(v)
	}
	return 0
}

// lexFeatures appends the lexicon features of token i of sent.
func (fx *featurer) lexFeatures(dst []uint32, sent []tokInfo, i int) []uint32 {
	in := &sent[i]
	if in.lex != 0 {
		for b := in.lex; b != 0; b &= b - 1 {
			dst = fx.feat(dst, tLex, uint64(b&-b))
		}
		dst = fx.feat(dst, tLexAll, uint64(in.lex))
		dst = fx.feat(dst, tLexShape, mix(uint64(in.lex), in.short))
	}
	if i > 0 && sent[i-1].lex != 0 {
		dst = fx.feat(dst, tLexM1, uint64(sent[i-1].lex))
	}
	if i+1 < len(sent) && sent[i+1].lex != 0 {
		dst = fx.feat(dst, tLexP1, uint64(sent[i+1].lex))
	}
	return dst
}
