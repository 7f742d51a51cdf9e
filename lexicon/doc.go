// Package lexicon owns the word knowledge that the rules of sayso use:
// the cue verbs that report what a source said, thought, found or stood
// for; the cue nouns and adjectives; the role, title and head nouns of
// names and sources; the grammar words they list (function words,
// prepositions, pronouns, name particles, calendar words, honorifics);
// and the one Gender type. Each word is spelled once,
// with every property a rule tests, so that a verb added to the data gets
// every behaviour of the verbs it resembles, and no two lists can
// disagree about it.
//
// # What it holds
//
// A Verb has a lemma, its forms (Base, Third, Past, Gerund, Participle),
// an Act (Statement, Thought, Finding, Stance) and Flags: Cue (a cue by
// itself), Weak (needs a clear source), Tell (addressee first), Clause,
// Object, NoInvert, Passive, Infinitive, Raising, Poll, Agentless,
// Judged, Speaker and FirstPerson, and for some a particle ("point out")
// or prepositions ("referred to"). A Word has its exact spelling, an Act
// when it is a cue, and Classes: the cue classes Nominal, Possessive,
// Predicative and Belief, the role and head classes (PersonRole, OrgRole,
// Source, RoleHead, OrgHead, FacHead, ...) and the grammar classes
// (Function, Calendar, Honorific, NPPreposition, SpeakerPronoun, ...)
// that packages claim and entity read; an honorific also has a Gender.
// The comments of the constants say which rule reads each.
//
// Packages claim and entity build their lookup sets from queries such as
//
//	lexicon.Set(lexicon.Default().Lemmas(lexicon.Clause))
//	lexicon.Set(lexicon.Default().Forms(lexicon.Agentless, lexicon.Participle))
//	lexicon.Set(lexicon.Default().Words(lexicon.OrgHead))
//
// # Data format
//
// The data files (data/*.txt, embedded) are UTF-8 text, one entry a line;
// blank lines and lines starting with "#" are skipped. A line "[verbs]" or
// "[words]" opens a section, and each file starts outside any. A verb is
//
//	lemma[:third:past:gerund[:participle]]  act  flag...  [particle=W]  [prep=P,P]
//
// where a lemma alone has regular forms (RegularForms) and an irregular
// verb lists them all: "say:says:said:saying". A word is
//
//	word  [act]  class...  [gender=male|female]
//
// spelled exactly as it is matched. Acts, flags and classes are written as
// their String methods return them ("statement", "no-invert",
// "org-head"). A verb or word written twice is an error (ErrDuplicate): a
// new property goes on the existing line. Each file begins with comments
// saying what it holds and the references it follows.
//
// Default parses the embedded files. Load parses the files of any fs.FS
// and extra readers, so that a test or a user can build the default
// lexicon plus a few lines:
//
//	lex, err := lexicon.Load(lexicon.Data(), strings.NewReader("[verbs]\nmurmur statement cue\n"))
//
// # Concurrency
//
// A Lexicon never changes once built: it is safe for concurrent use, and
// its methods return copies or fresh iterators. Default parses the data
// once, on first use, behind sync.OnceValue.
package lexicon
