package lexicon

import (
	"slices"
	"strconv"
	"strings"
)

// Act is what a cue reports: a statement, a thought, a finding or a
// stance. The zero value, NoAct, is the act of a word that reports
// nothing, such as a role noun.
type Act uint8

// The acts, after FrameNet's frames Statement, Opinion and Awareness,
// Evidence, and Judgment_communication.
const (
	NoAct Act = iota
	// Statement is words said or written: "say", "tell", "warn", "urge".
	Statement
	// Thought is a belief, feeling or intention: "believe", "hope", "want".
	Thought
	// Finding is a conclusion drawn from evidence: "find", "show", "indicate".
	Finding
	// Stance is a position for or against: "support", "oppose", "criticize".
	Stance
)

// acts names each Act as the data files spell it.
var acts = [...]string{
	NoAct:     "none",
	Statement: "statement",
	Thought:   "thought",
	Finding:   "finding",
	Stance:    "stance",
}

// String returns the act's name in the data files: "statement", "thought",
// "finding", "stance", or "none".
func (a Act) String() string {
	if int(a) < len(acts) {
		return acts[a]
	}
	return "none"
}

// Flag is a property of a verb that a rule of claim or entity tests.
// Flags describe behaviour the rules rely on, so that a verb added to the
// data with the flags of a verb it resembles behaves as that verb does.
type Flag uint8

// The verb flags; the comment after each says which rule reads it.
const (
	// Cue: the verb is a cue of claims by itself (claim's cue lexicon).
	Cue Flag = iota
	// Weak: the cue is weak evidence of an attribution and needs a clear
	// source; claim reads it as a thought ("believe", "find").
	Weak
	// Tell: the cue takes its addressee before the content: "told
	// reporters that".
	Tell
	// Clause: the verb reports words only with a clause: "said the talks
	// failed", not "said goodbye".
	Clause
	// Object: the verb reports a noun phrase as well as a clause: "noted
	// the rule".
	Object
	// NoInvert: the verb takes an object and never inverts its source:
	// "…, blasted the mayor as a fraud" has its subject before.
	NoInvert
	// Passive: the verb takes a position as its object, so its passive
	// subject is what the agent stood for: "was endorsed by the union".
	Passive
	// Infinitive: the verb takes a "to"-infinitive in a title-case
	// headline: "Senator Vows To Fight Plan".
	Infinitive
	// Raising: the verb reports an impression with no source: "seems to".
	Raising
	// Poll: the verb's base form is what shares of voters do in a poll:
	// "9 percent prefer Baker".
	Poll
	// Agentless: the verb's participle reports a belief held by no one in
	// particular before an infinitive: "is expected to", "was said to".
	Agentless
	// Judged: the verb's participle reports a judgment on its passive
	// subject: "was accused of", "is seen as".
	Judged
	// Speaker: the verb's finite forms after a name make it a person:
	// "Okafor said" (entity).
	Speaker
	// FirstPerson: the verb's base and past forms often follow the pronoun
	// "I", which is then no regnal number: "Paul I said" (entity).
	FirstPerson
	// Quote: the verb's finite forms beside a quotation attribute it, as
	// the quotation finder reads them: "“…,” she said" (quote).
	Quote
	// QuoteBase: the verb's base form does too: "“…,” they say" (quote).
	QuoteBase
	// Aspectual: an infinitive after the verb reports for the verb's
	// subject: "continues to insist that" (claim).
	Aspectual
)

// flags names each Flag as the data files spell it.
var flags = [...]string{
	Cue:         "cue",
	Weak:        "weak",
	Tell:        "tell",
	Clause:      "clause",
	Object:      "object",
	NoInvert:    "no-invert",
	Passive:     "passive",
	Infinitive:  "infinitive",
	Raising:     "raising",
	Poll:        "poll",
	Agentless:   "agentless",
	Judged:      "judged",
	Speaker:     "speaker",
	FirstPerson: "first-person",
	Quote:       "quote",
	QuoteBase:   "quote-base",
	Aspectual:   "aspectual",
}

// String returns the flag's name in the data files.
func (f Flag) String() string {
	if int(f) < len(flags) {
		return flags[f]
	}
	return "flag(" + strconv.Itoa(int(f)) + ")"
}

// Form is a set of grammatical forms of a verb.
type Form uint8

// The forms of a verb. A regular verb's past is also its participle.
const (
	Base       Form = 1 << iota // "say"
	Third                       // "says"
	Past                        // "said"
	Gerund                      // "saying"
	Participle                  // "said", "written"

	// Finite is the forms a verb has after its subject: "says", "said".
	Finite = Third | Past
	// AllForms is every form.
	AllForms = Base | Third | Past | Gerund | Participle
)

// form is one spelling of a verb with the forms it stands for.
type form struct {
	text string
	is   Form
}

// Verb is one verb of the lexicon with its forms, act and flags. Its
// methods return copies, so a Verb never changes.
type Verb struct {
	lemma    string
	forms    []form
	act      Act
	flags    uint32
	particle string
	preps    []string
}

// Lemma returns the verb's base form: "say".
func (v Verb) Lemma() string { return v.lemma }

// Act returns what the verb reports.
func (v Verb) Act() Act { return v.act }

// Has reports whether the verb has flag f.
func (v Verb) Has(f Flag) bool { return v.flags&(1<<f) != 0 }

// Particle returns the word that must follow the verb for it to be a cue
// ("out" of "point out", ":" of "continued:"), or "".
func (v Verb) Particle() string { return v.particle }

// Preps returns the prepositions after which the verb reports its object
// as content ("to" of "referred to"), or nil.
func (v Verb) Preps() []string { return slices.Clone(v.preps) }

// Forms returns the verb's spellings of the forms in kinds, in the order
// of the data line, without repeats.
func (v Verb) Forms(kinds Form) []string {
	var out []string
	for _, f := range v.forms {
		if f.is&kinds != 0 && !slices.Contains(out, f.text) {
			out = append(out, f.text)
		}
	}
	return out
}

// verbForms reads a verb's spelling in the data, "lemma" or
// "lemma:third:past:gerund[:participle]", and returns its forms; ok is
// false for any other number of fields or an empty one.
func verbForms(spec string) (forms []form, ok bool) {
	fs := strings.Split(spec, ":")
	if slices.Contains(fs, "") {
		return nil, false
	}
	switch len(fs) {
	case 1:
		return regularForms(fs[0]), true
	case 4:
		return []form{{fs[0], Base}, {fs[1], Third}, {fs[2], Past | Participle}, {fs[3], Gerund}}, true
	case 5:
		return []form{{fs[0], Base}, {fs[1], Third}, {fs[2], Past}, {fs[3], Gerund}, {fs[4], Participle}}, true
	}
	return nil, false
}

// RegularForms returns a regular English verb's forms as the data files
// derive them from a lemma alone: the lemma, then its -s, -ed and -ing
// forms, and for a short verb the -ed and -ing forms with the last
// consonant doubled.
func RegularForms(lemma string) []string {
	var out []string
	for _, f := range regularForms(lemma) {
		out = append(out, f.text)
	}
	return out
}

// regularForms derives the -s, -ed and -ing forms of a regular English
// verb. A verb the rule gets wrong is written with its forms in the data.
func regularForms(v string) []form {
	out := []form{{v, Base}}
	const pp = Past | Participle
	n := len(v)
	switch {
	case strings.HasSuffix(v, "e"):
		out = append(out, form{v + "s", Third}, form{v + "d", pp}, form{v[:n-1] + "ing", Gerund})
	case strings.HasSuffix(v, "y") && n >= 2 && !strings.ContainsRune("aeiou", rune(v[n-2])):
		out = append(out, form{v[:n-1] + "ies", Third}, form{v[:n-1] + "ied", pp}, form{v + "ing", Gerund})
	case strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"):
		out = append(out, form{v + "es", Third}, form{v + "ed", pp}, form{v + "ing", Gerund})
	default:
		out = append(out, form{v + "s", Third}, form{v + "ed", pp}, form{v + "ing", Gerund})
		if n >= 3 && n <= 5 && !strings.ContainsRune("aeiouwxy", rune(v[n-1])) &&
			strings.ContainsRune("aeiou", rune(v[n-2])) && !strings.ContainsRune("aeiou", rune(v[n-3])) {
			// A short verb ending consonant-vowel-consonant doubles its
			// consonant: "slam", "slammed", "slamming".
			d := v + v[n-1:]
			out = append(out, form{d + "ed", pp}, form{d + "ing", Gerund})
		}
	}
	return out
}
