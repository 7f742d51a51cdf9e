package entity

// LexiconEntry is a name the caller knows: every occurrence of Name or of
// one of its Aliases is a mention of one entity of the given Type, whatever
// the model says.
type LexiconEntry struct {
	// Name is the canonical name the entity takes.
	Name string
	// Type is forced on every mention of the entry.
	Type Type
	// Aliases are other surface forms of the same entity, matched verbatim
	// on word boundaries (case-sensitive).
	Aliases []string
}

// config is what the options set. It is copied into the Recognizer by New
// and never changed afterwards.
type config struct {
	lexicon []LexiconEntry
	tagger  tagger
	noModel bool
	trace   bool
}

// Option configures a Recognizer.
type Option func(*config)

// WithLexicon adds user entries: each matching span in the text becomes a
// mention of the entry's type, and all the entry's names merge into one
// entity. Where forms overlap in the text the longest form wins, then the
// earlier entry.
func WithLexicon(entries ...LexiconEntry) Option {
	return func(c *config) { c.lexicon = append(c.lexicon, entries...) }
}

// WithoutModel makes the Recognizer find mentions with rules and gazetteers
// only, without the trained sequence model. It is faster and weaker.
func WithoutModel() Option {
	return func(c *config) { c.noModel = true }
}

// WithTrace makes the Recognizer record, when on, why each entity got its
// type: every Entity it returns carries a Trace of the evidence (the
// model's labels, gazetteer hits, head words, context, the rules that
// typed a mention), the votes per type and class they add up to, and the
// decision. It is off by default; off, nothing is recorded and
// Recognize does no more work than without the option.
func WithTrace(on bool) Option {
	return func(c *config) { c.trace = on }
}
