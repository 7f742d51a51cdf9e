package claim

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// nominative pronouns, after which a finite verb follows.
var nominative = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.Nominative) })

// contracted are pronouns fused with "would" or "had" by the tokenizer
// ("he'd"): they stand for a subject and a finite verb.
var contracted = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.Contracted) })

// newTag is the tag retag gives a token, an index into retagged: a byte
// a token where a string would take sixteen.
type newTag uint8

// The tags retag gives; kept leaves the tagger's.
const (
	kept newTag = iota
	tagMD
	tagVBZ
	tagRB
	tagVBD
	tagVBP
	tagNN
)

// retagged spells each newTag.
var retagged = [...]string{kept: "", tagMD: "MD", tagVBZ: "VBZ", tagRB: "RB", tagVBD: "VBD", tagVBP: "VBP", tagNN: "NN"}

// retag corrects tags the tagger often gets wrong in news text, where a
// verb after a subject pronoun is read as a plural noun ("she favors/NNS
// raising") and a contraction it keeps whole ("he'd") has no verb tag.
// It returns nil when nothing changes; otherwise kept marks a tag that
// stands. It reads the tokens' lower-case forms and kinds, which newView
// sets first.
func (v *view) retag(poll *ctxpoll.Poll) []newTag {
	toks, cues := v.doc.Tokens, v.cues
	var tags []newTag
	set := func(i int, tag newTag) {
		if tags == nil {
			tags = make([]newTag, len(toks))
		}
		tags[i] = tag
	}
	contractions := contracted()
	for i := range toks {
		if poll.Done() {
			break // the caller returns the context's error
		}
		t := &toks[i]
		prev := ""
		if i > 0 {
			prev = toks[i-1].Tag
		}
		if i < len(v.kinds) && plainTag(t.Tag, prev, v.kinds[i]) && plainWord(t) {
			continue // most tokens: no rule can change their tag
		}
		w := retagWord(*t, v.lower(i))
		// Every contraction has its apostrophe (TestContractionsHaveApostrophes).
		if strings.IndexByte(w, '\'') >= 0 && contractions[w] {
			set(i, tagMD)
			continue
		}
		if w == "'s" && t.Tag != "VBZ" && i > 0 && verbClitic(toks[i-1]) {
			set(i, tagVBZ) // "it’s over", "that’s wrong": a pronoun has no possessive "'s"
			continue
		}
		if w == "n't" && t.Tag != "RB" {
			set(i, tagRB) // "is n't saying": the negation, whatever the tagger says
			continue
		}
		if t.Tag == "VBN" && w == "called" && i > 0 && i+1 < len(toks) && strings.HasPrefix(toks[i-1].Tag, "NN") &&
			(toks[i+1].Text == "for" || toks[i+1].Text == "on") {
			set(i, tagVBD) // "a group of pastors called for a boycott"
			continue
		}
		if (t.Tag == "NN" || t.Tag == "NNS") && i > 1 && t.Text == w && i+1 < len(toks) && toks[i+1].Text != "of" {
			share := strings.EqualFold(toks[i-1].Text, "percent") && toks[i-2].Tag == "CD" && (cues.isCue(w) || pollVerbs()[w])
			group := (toks[i-1].Tag == "CD" || toks[i-1].Tag == "NNS") && pollVerbs()[w] &&
				(ortho.Capitalized(toks[i+1].Text) || toks[i+1].Tag == "DT" || toks[i+1].Tag == "PRP")
			if share || group {
				set(i, tagVBP) // "9 percent prefer Baker", "men under 35 support Cole"
				continue
			}
		}
		if (t.Tag == "NN" || t.Tag == "NNS") && t.Text == w && i > 0 && i+1 < len(toks) && nounBefore(toks, i) &&
			(inFold(nominative(), toks[i+1].Text) && toks[i+1].Tag == "PRP" || toks[i+1].Text == "that") {
			if c, ok := cues.verb(w); ok && c.class != tell {
				// "Greer notes they were", "files suggest he was": a
				// clause with its own subject follows a verb, not a noun.
				if strings.HasSuffix(w, "s") {
					set(i, tagVBZ)
				} else {
					set(i, tagVBP)
				}
				continue
			}
		}
		if (t.Tag == "VBP" || t.Tag == "VB" || t.Tag == "VBZ") && t.Text == w && i > 0 && i+1 < len(toks) &&
			roleBefore(toks[i-1].Tag, toks[i+1]) && personRoles()[ortho.Singular(w)] {
			set(i, tagNN) // "the retired United States ambassador to Chile": a role, not a verb
			continue
		}
		if strings.HasPrefix(t.Tag, "NN") && t.Text == w && i > 2 && i+1 < len(toks) &&
			(toks[i+1].Text == "." || toks[i+1].Text == ",") && toks[i-2].Tag == "DT" && strings.HasPrefix(toks[i-1].Tag, "NN") &&
			toks[i-3].Text != "" && strings.Trim(toks[i-3].Text, quoteMarks) == "" && cues.isCue(w) {
			set(i, tagVBD) // "“…,” the article read.": a source and its verb after a quotation
			continue
		}
		if t.Tag == "VBN" && nameSubject(toks, i) {
			set(i, tagVBD) // "Lopez called for", as in a headline-style lead
			continue
		}
		if i == 0 || toks[i-1].Tag != "PRP" || !inFold(nominative(), toks[i-1].Text) {
			continue
		}
		if t.Tag == "VBN" {
			set(i, tagVBD) // "he called for": a pronoun subject, no auxiliary
			continue
		}
		if t.Text != w || len(w) < 4 || strings.ContainsAny(w, "'-") {
			continue // a capital or an apostrophe: a name or a possessive
		}
		switch p := strings.ToLower(toks[i-1].Text); {
		case (t.Tag == "NNS" || t.Tag == "NN") && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (p == "he" || p == "she" || p == "it"):
			set(i, tagVBZ) // "she favors", "it says"
		case (t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "VBN") && strings.HasSuffix(w, "ed"):
			set(i, tagVBD) // "he opposed", "they wanted"
		}
	}
	return tags
}

// retagWord returns the word retag reads in token t: its text in lower
// case, curly apostrophes straightened. low is the lower-case form of its
// Norm, which is the same word when the text is ASCII and its own Norm,
// as corpus.Parse makes most tokens: then no copy is made.
func retagWord(t corpus.Token, low string) string {
	if ortho.IsASCII(t.Text) && t.Norm == t.Text {
		return low
	}
	return strings.ToLower(strings.ReplaceAll(t.Text, "’", "'"))
}

// plainTag reports whether no rule of retag changes a token tagged tag,
// after one tagged prev, whose word the view classified as kind, unless
// the word has an apostrophe ("he'd", "'s", "n't"; see plainWord). The
// other rules each need a VBN, a pronoun before, a noun that is a cue or
// a poll verb, or a verb whose singular may be a role (kindRole holds
// every word whose singular is one).
func plainTag(tag, prev string, kind cueKind) bool {
	switch {
	case tag == "VBN", prev == "PRP":
		return false
	case strings.HasPrefix(tag, "NN"):
		return kind&(kindBuiltin|kindPoll) == 0
	case tag == "VBP", tag == "VB", tag == "VBZ":
		return kind&kindRole == 0
	}
	return true
}

// plainWord reports whether the word retag reads in token t is the one
// the view classified, its Norm in lower case (see retagWord), and has no
// apostrophe: then plainTag tells whether a rule may change its tag.
func plainWord(t *corpus.Token) bool {
	if t.Norm != t.Text {
		return false
	}
	for i := range len(t.Text) {
		if c := t.Text[i]; c >= utf8.RuneSelf || c == '\'' {
			return false
		}
	}
	return true
}

// roleBefore reports whether a role word between a token tagged prev and
// the token next is a noun: after a determiner, an adjective or a
// possessive ("the chair", "former ambassador"), or after a proper name
// when a preposition or a name follows ("United States ambassador to",
// "Senate chair Ed Harlow").
func roleBefore(prev string, next corpus.Token) bool {
	switch prev {
	case "DT", "JJ", "PRP$", "POS":
		return true
	case "NNP", "NNPS":
		// EqualFold reads these words as ToLower would, without a copy.
		w := next.Text
		return strings.EqualFold(w, "to") || strings.EqualFold(w, "of") || strings.EqualFold(w, "for") || w == "," || next.Tag == "NNP"
	}
	return false
}

// verbClitic reports whether an "'s" after token p is "is" or "has": a
// pronoun ("it", "that", "there", "who") has no possessive "'s".
func verbClitic(p corpus.Token) bool {
	switch p.Tag {
	case "PRP", "EX", "WP", "WDT":
		return !strings.EqualFold(p.Text, "us") // "let's"
	case "DT", "IN":
		return strings.EqualFold(p.Text, "that")
	}
	return false
}

// nameSubject reports whether the tokens before i, from the start of
// their sentence, are a short proper name: "Lopez", "Mr. Baker". A verb
// after it is the sentence's own, not a participle.
func nameSubject(toks []corpus.Token, i int) bool {
	if i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "by") {
		return false // "Lopez backed by donors": a passive
	}
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		if toks[j].Tag != "NNP" && toks[j].Tag != "NN" || !ortho.Capitalized(toks[j].Text) {
			return false
		}
		if j == 0 || toks[j-1].Sentence != toks[j].Sentence {
			return true
		}
	}
	return false
}

// pollVerbs are what shares of voters do in a poll report.
var pollVerbs = sync.OnceValue(func() map[string]bool {
	return lexicon.Set(lexicon.Default().Forms(lexicon.Poll, lexicon.Base))
})

// nounBefore reports a noun (or a noun and an adverb) before token i, the
// subject a verb there would have.
func nounBefore(toks []corpus.Token, i int) bool {
	j := i - 1
	if j > 0 && toks[j].Tag == "RB" {
		j--
	}
	return strings.HasPrefix(toks[j].Tag, "NN")
}
