package entity

import (
	"context"
	"fmt"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity/gazetteer"
	"github.com/sayso/sayso/entity/model"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// tagger is what the Recognizer needs of a sequence model: IOB2 labels over
// PER, ORG, LOC and MISC for every word of every sentence, given the words
// and their part-of-speech tags.
type tagger interface {
	tag(sents []model.Sentence) [][]string
	// common reports whether a lower-case word is a common word of news
	// text.
	common(word string) bool
}

// Recognizer finds entity mentions in a document and merges them into
// canonical entities. It is immutable after New and safe for concurrent use.
type Recognizer struct {
	cfg config
	lex *userLexicon
	kb  knowledge
}

// New returns a Recognizer using the embedded model and gazetteers. It
// fails only for a bad option, such as a lexicon entry with no name.
func New(opts ...Option) (*Recognizer, error) {
	r := &Recognizer{}
	for _, o := range opts {
		if o != nil {
			o(&r.cfg)
		}
	}
	lex, err := newUserLexicon(r.cfg.lexicon)
	if err != nil {
		return nil, err
	}
	r.lex = lex
	r.kb = gazKB{g: gazetteer.Default()}
	if r.cfg.tagger == nil && !r.cfg.noModel {
		// The embedded model is checked by its own package's tests; if it
		// cannot load, the rules still find names, only less well.
		if t, err := defaultTagger(); err == nil {
			r.cfg.tagger = t
		}
	}
	return r, nil
}

// UsesModel reports whether r labels names with a trained sequence model.
// It is false with WithoutModel, and when the embedded model could not be
// loaded: the Recognizer then finds names with rules and gazetteers only.
func (r *Recognizer) UsesModel() bool { return r.cfg.tagger != nil }

// Recognize returns the canonical entities of doc, in order of first
// mention, with IDs "E1", "E2", ... Text in non-article regions is skipped.
// It checks ctx as it goes, within each stage of a long document too, and
// returns its error once it is done. A nil or empty document has no
// entities.
func (r *Recognizer) Recognize(ctx context.Context, doc *corpus.Document) ([]*Entity, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("entity: recognize: %w", err)
	}
	if doc == nil || len(doc.Tokens) == 0 {
		return nil, nil
	}
	kb := r.kb
	if g, ok := kb.(gazKB); ok {
		// A gazetteer that remembers its answers for this document; r
		// itself stays immutable.
		g = g.withMemo()
		defer g.releaseMemo()
		kb = g
	}
	poll := ctxpoll.New(ctx)
	ws := buildWords(doc, kb, poll)
	defer ws.release()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("entity: recognize: %w", err)
	}
	var tr *tracer
	if r.cfg.trace {
		tr = &tracer{}
	}
	f := mentionFinder{ws: ws, kb: kb, tagger: r.cfg.tagger, lex: r.lex, tr: tr, poll: poll}
	ms := f.find()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("entity: recognize: %w", err)
	}
	ents := resolve(ws, kb, ms, r.lex, poll, tr)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("entity: recognize: %w", err)
	}
	return ents, nil
}
