package claim

import (
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
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
	titles map[*entity.Entity][]string
	// cues finds the cue verbs, built-in and learned.
	cues cueIndex
	// tags holds corrected part-of-speech tags, "" where the tagger's stands.
	tags []string
	// labels counts transcript labels ("WALLACE:").
	labels int
}

func newView(doc *corpus.Document, ents []*entity.Entity, cues cueIndex) *view {
	v := &view{doc: doc, look: entity.Index(ents), cues: cues}
	v.tags = retag(doc.Tokens, cues)
	v.quotes = findQuoteMarks(doc)
	v.markQuoted()
	v.titles = derivedTitles(v)
	v.labels = v.countLabels()
	return v
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
}
