package claim

import (
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// view is what every stage of one Extract call reads of the document: its
// tokens, corrected tags, quotations, entities and the titles derived
// from them. It is built once by newView and never changed after, so the
// stages cannot talk through it.
type view struct {
	doc    *corpus.Document
	look   *entity.Lookup
	quotes []qmark
	// quoted marks the tokens inside a quotation's content.
	quoted []bool
	titles map[*entity.Entity]map[string]bool
	// cues finds the cue verbs, built-in and learned.
	cues cueIndex
	// tags holds corrected part-of-speech tags (see retag), nil when none is.
	tags []newTag
	// lowText holds the tokens' lower-case forms, one after another, and
	// lowAt where each starts (see lowerTokens).
	lowText string
	lowAt   []int32
	// kinds classifies the tokens' words (see classifyCues).
	kinds []cueKind
	// labels counts transcript labels ("WHITLOCK:").
	labels int
	// textOrd numbers each paragraph among those that are article text
	// with a letter or digit (see textPara).
	textOrd []int
}

// It stops early, leaving the view unfinished, once poll is done; the
// caller then returns the context's error.
func newView(doc *corpus.Document, ents []*entity.Entity, cues cueIndex, poll *ctxpoll.Poll) *view {
	v := &view{doc: doc, look: entity.Index(ents), cues: cues}
	v.lowText, v.lowAt = lowerTokens(doc.Tokens, len(doc.Text))
	v.kinds = v.classifyCues()
	if v.tags = v.retag(poll); poll.Check() {
		return v
	}
	if v.quotes = findQuoteMarks(doc); poll.Check() {
		return v
	}
	v.markQuoted()
	v.titles = derivedTitles(v)
	v.labels = v.countLabels()
	v.textOrd = v.numberTextParas()
	return v
}

// numberTextParas gives each paragraph the count of article-text
// paragraphs with a letter or digit before it.
func (v *view) numberTextParas() []int {
	ord := make([]int, len(v.doc.Paragraphs))
	n := 0
	for pi := range v.doc.Paragraphs {
		ord[pi] = n
		if v.isTextPara(pi) {
			n++
		}
	}
	return ord
}

// textPara returns paragraph pi's number among the paragraphs of article
// text, so that distances between speakers do not count the lines of
// only punctuation that scraping leaves (" .") or the captions between.
func (v *view) textPara(pi int) int {
	if pi < 0 || pi >= len(v.textOrd) {
		return pi
	}
	return v.textOrd[pi]
}

func (v *view) skipPara(pi int) bool {
	p := v.doc.Paragraphs[pi]
	return p.Skip || v.doc.Skipped(p.Span)
}

// grammar reads phrases and clauses: subjects, objects, coordination,
// and the cue verbs that head them. It only reads the view.
type grammar struct{ *view }

// contents finds where the content of a report starts and ends.
type contents struct{ *grammar }

// speakers resolves the speaker of every candidate, in text order, to a
// named entity, a description or an unnamed source.
type speakers struct {
	*grammar
	// tracing asks for a Trace on every claim.
	tracing bool
	// beats are the ledger's record of the candidates each beat.
	beats map[int32][]Beaten
	// poll stops the work early once the call's context is done.
	poll *ctxpoll.Poll
	// subsets are the Lookups of the entities that answer one question
	// ("an organization named like the ministry"), made once each by
	// subset.
	subsets map[question]*entity.Lookup
	// titled holds the answers of hasTitle.
	titled map[entityRole]bool
	// persons are the document's people, once people has listed them.
	persons []*entity.Entity
}

// people returns the people of the document in order of first mention,
// listed once: the resolver goes through them for every description.
func (sr *speakers) people() []*entity.Entity {
	if sr.persons == nil {
		sr.persons = sr.look.ByType(entity.Person)
	}
	return sr.persons
}

// entityRole is an entity and a role word asked of it.
type entityRole struct {
	e    *entity.Entity
	role string
}

// question names what a subset's entities answer: its kind ("org named")
// and the word it is asked of ("ministry"), "" for none.
type question struct{ kind, word string }

// subset returns the Lookup of the entities for which keep returns true,
// made at the first call with key, the question keep answers.
func (sr *speakers) subset(key question, keep func(*entity.Entity) bool) *entity.Lookup {
	if l, ok := sr.subsets[key]; ok {
		return l
	}
	if sr.subsets == nil {
		sr.subsets = map[question]*entity.Lookup{}
	}
	l := sr.look.Filter(keep)
	sr.subsets[key] = l
	return l
}
