package model

import (
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
	"github.com/sayso/sayso/entity/gazetteer"
	"github.com/sayso/sayso/internal/postag"
)

// Features is a set of feature groups, for training models with some groups
// switched off (ablation). The zero value means FeatAll.
type Features uint32

// The feature groups. Word, lower-case form and shape of the token itself,
// and the previous predicted tags, are always on.
const (
	FeatAffix     Features = 1 << iota // prefixes and suffixes of 1-4 runes
	FeatContext                        // words at -2..+2, word bigrams, neighbour shapes
	FeatPOS                            // part-of-speech tags at -1..+1
	FeatPosition                       // first/last in sentence
	FeatCaps                           // whole sentence upper-case (headlines)
	FeatClusters                       // word-cluster path prefixes
	FeatDoc                            // document-level context aggregation
	FeatGazetteer                      // gazetteer membership (entity/gazetteer)
	FeatRuns                           // runs of capitalized words: length, position, words around
	FeatHistory                        // second pass: more first-pass labels (±2, nearest occurrences, run ends)
	FeatLexicon                        // words seen in training entities, by type (jackknifed)
	FeatRunEnds                        // gazetteer and lexicon classes of the first and last word of the capitalized run

	// FeatLean is not a group but a switch: it drops the full shape, shape
	// and POS n-grams and the fine cluster prefixes of neighbours, for speed.
	FeatLean Features = 1 << 12

	// FeatAll is every group that pays on CoNLL-2003 valid (see README.md);
	// FeatRuns does not and is left out.
	FeatAll = FeatAffix | FeatContext | FeatPOS | FeatPosition | FeatCaps | FeatClusters | FeatDoc | FeatGazetteer | FeatHistory | FeatLexicon | FeatRunEnds
)

// Feature templates; each is mixed with a value hash. Affix and cluster
// templates take ranges (length added to the base).
const (
	tBias      uint64 = 1
	tWord      uint64 = 2
	tLower     uint64 = 3
	tShape     uint64 = 4
	tShort     uint64 = 5
	tPre       uint64 = 6
	tSuf       uint64 = 14
	tLowerM2   uint64 = 22
	tLowerM1   uint64 = 23
	tLowerP1   uint64 = 24
	tLowerP2   uint64 = 25
	tBiM1      uint64 = 26
	tBiP1      uint64 = 27
	tShapeM1   uint64 = 28
	tShapeP1   uint64 = 29
	tShape3    uint64 = 30
	tPOS       uint64 = 31
	tPOSM1     uint64 = 32
	tPOSP1     uint64 = 33
	tPOSBiM1   uint64 = 34
	tPOSBiP1   uint64 = 35
	tFirst     uint64 = 36
	tLast      uint64 = 37
	tCapsLower uint64 = 38
	tCapsShape uint64 = 39
	tClu       uint64 = 40
	tCluM1     uint64 = 72
	tCluP1     uint64 = 104
	tAggM1     uint64 = 136
	tAggP1     uint64 = 137
	tAggShape  uint64 = 138
	tDocLower  uint64 = 139
	tDocTitle  uint64 = 140
	tP1        uint64 = 141
	tP2P1      uint64 = 142
	tP1Lower   uint64 = 143
	tP1Shape   uint64 = 144
	tPOSShort  uint64 = 145
	tGaz       uint64 = 146
	tGazAll    uint64 = 147
	tGazM1     uint64 = 148
	tGazP1     uint64 = 149
	tRun       uint64 = 150
	tRunPrev   uint64 = 151
	tRunNext   uint64 = 152
	tLex       uint64 = 153
	tLexAll    uint64 = 154
	tLexShape  uint64 = 155
	tLexM1     uint64 = 156
	tLexP1     uint64 = 157
	tRunFirst  uint64 = 158
	tRunLast   uint64 = 159
)

var cluPrefixes = [...]int{4, 6, 10, 20}

// wordInfo holds what features need of one word, computed once per
// distinct word of a document (see docwords.go).
type wordInfo struct {
	word, lower, shape, short       uint64
	clu                             uint32 // cluster path bits
	cluLen                          uint8  // 0: no cluster
	upperFirst, hasLower, hasLetter bool
	blocks                          uint8              // recUsable<<role for each block summed (see docScratch.block)
	nblk                            [cacheRoles]uint8  // features in each block
	top                             [cacheRoles]uint16 // largest lane of each block (see pair)
	blk                             int32              // where the blocks are (see docScratch.block)
	wordLex                         uint16             // entity-lexicon bits of the word as written (see lexicon.bits)
	gazW                            gazetteer.Word     // gazetteer encoding, if the model reads the gazetteer
}

// tokInfo holds what features need of one token, computed once.
type tokInfo struct {
	wordInfo
	title, pos       uint64
	runLo, runHi     int32  // the run of the document's order sharing lower (see groupWords)
	gaz              uint32 // gazetteer kinds of the match covering the token
	runStart, runEnd int32  // the run of capitalized words holding the token
	idx, slen        int32  // index in the sentence, sentence length
	lex              uint16 // entity-lexicon bits (see lexicon.go)
	gazPos           uint8  // its BILOU position in that match
	posI             uint8  // 1 + index of the tag in posTags, 0 if not there
	capsSent, first  bool
}

// usable reports whether block role of the word is summed (see
// listBlocks).
func (in *wordInfo) usable(role int) bool {
	return in.blocks&(recUsable<<role) != 0
}

var (
	hashBOS = hashString("<S>")
	hashEOS = hashString("</S>")
)

// scanWord computes in one pass the hashes of a word's lower-case form,
// shape and short shape (runs collapsed), and its letter flags.
func scanWord(s string, in *wordInfo) {
	lower, full, short := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var last rune = -1
	n := 0
	for j, r := range s {
		var c, lr rune
		switch {
		case 'a' <= r && r <= 'z':
			c, lr = 'x', r
		case 'A' <= r && r <= 'Z':
			c, lr = 'X', r+'a'-'A'
		case '0' <= r && r <= '9':
			c, lr = 'd', r
		case r < utf8.RuneSelf:
			c, lr = r, r
		case unicode.IsUpper(r):
			c, lr = 'X', unicode.ToLower(r)
		case unicode.IsLower(r):
			c, lr = 'x', r
		case unicode.IsDigit(r):
			c, lr = 'd', r
		default:
			c, lr = r, unicode.ToLower(r)
		}
		if r == utf8.RuneError {
			lower = hashByte(lower, s[j])
		} else {
			lower = hashRune(lower, lr)
		}
		switch c {
		case 'x':
			in.hasLetter, in.hasLower = true, true
		case 'X':
			in.hasLetter = true
			if j == 0 {
				in.upperFirst = true
			}
		default:
			if r >= utf8.RuneSelf && unicode.IsLetter(r) {
				in.hasLetter = true
			}
		}
		if n < 12 {
			full = hashRune(full, c)
		}
		n++
		if c != last {
			short = hashRune(short, c)
			last = c
		}
	}
	in.lower, in.shape, in.short = lower, full, short
}

// fillInfo computes the per-token information of one sentence, whose
// tokens' words are dwords[tokWord[k]] (see readWords).
func (m *Model) fillInfo(sent Sentence, info []tokInfo, tokWord []int32, s *docScratch) {
	letters, lowers := 0, 0
	// A sentence with no tags at all is tagged here, with the tagger the
	// model was trained with, into scratch space: the input is not changed.
	var tags []token.Token
	if m.fx.feats&FeatPOS != 0 && len(sent) > 0 && untagged(sent) {
		s.tags = s.tags[:0]
		for _, t := range sent {
			s.tags = append(s.tags, token.Token{Text: t.Text})
		}
		if tg, err := postag.New(); err == nil {
			tg.TagTokens(s.tags)
			tags = s.tags
		}
	}
	tokWord = tokWord[:len(sent)]
	info = info[:len(sent)]
	for i, t := range sent {
		in := &info[i]
		*in = tokInfo{wordInfo: s.dwords[tokWord[i]].wordInfo}
		if tags != nil {
			in.pos = hashString(tags[i].Tag)
		} else {
			in.pos = hashString(t.POS)
		}
		if v, ok := m.pos.idx.get(in.pos); ok {
			in.posI = uint8(v + 1)
		}
		in.first = i == 0
		in.idx, in.slen = int32(i), int32(len(sent))
		if in.hasLetter {
			letters++
			if in.hasLower {
				lowers++
			}
		}
	}
	caps := letters >= 2 && lowers == 0
	for i := range info {
		in := &info[i]
		in.capsSent = caps
		if caps {
			in.title = hashTitle(sent[i].Text)
		}
		if m.fx.feats&FeatLexicon != 0 {
			in.lex = m.lex.bits(in)
		}
	}
	for i := 0; i < len(info); {
		j := i + 1
		if info[i].upperFirst {
			for j < len(info) && info[j].upperFirst {
				j++
			}
		}
		for k := i; k < j; k++ {
			info[k].runStart, info[k].runEnd = int32(i), int32(j)
		}
		i = j
	}
	if m.gaz != nil {
		s.words = s.words[:0]
		for i := range info {
			s.words = append(s.words, info[i].gazW)
		}
		s.matches = m.gaz.AppendMatchesWordsOf(s.matches[:0], s.words, modelKinds)
		for _, mt := range s.matches {
			if mt.Start < 0 || mt.End > len(sent) || mt.Start >= mt.End {
				continue
			}
			for k := mt.Start; k < mt.End; k++ {
				info[k].gaz = uint32(mt.Kind)
				switch {
				case mt.End-mt.Start == 1:
					info[k].gazPos = bilouU
				case k == mt.Start:
					info[k].gazPos = bilouB
				case k == mt.End-1:
					info[k].gazPos = bilouL
				default:
					info[k].gazPos = bilouI
				}
			}
		}
	}
}

func untagged(sent Sentence) bool {
	for _, t := range sent {
		if t.POS != "" {
			return false
		}
	}
	return true
}
