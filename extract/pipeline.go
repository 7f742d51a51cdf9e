package extract

import (
	"context"
	"fmt"
	"runtime"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// Result is what sayso found in one article. Its methods Entity,
// ClaimsBy, ClaimsAbout and SpeakerOf look things up in it; it is written
// as, and read back from, the JSON the README documents.
type Result struct {
	// Doc is the article laid out: text, paragraphs, sentences, tokens.
	Doc *corpus.Document
	// Entities are the canonical entities, in order of first mention.
	Entities []*entity.Entity
	// Claims are the attributed statements, in text order.
	Claims []claim.Claim
	// Authors are the people that the bylines name, Credits the other
	// people and outlets credited (photographers, agencies, "with files
	// from" names, a byline's outlet), and Dateline where the story was
	// filed, zero when none: Doc.Meta's, in text order, one per
	// occurrence. Entities named only there have Where "credit".
	Authors  []corpus.Name
	Credits  []corpus.Name
	Dateline corpus.Dateline

	// layout, text and chars are copied from the pipeline's options
	// (WithLayout, WithText, WithCharOffsets), or set by UnmarshalJSON
	// from what it read: whether MarshalJSON writes the sentences and
	// tokens, the article's text and metadata, and code-point offsets.
	layout, text, chars bool
}

// Pipeline turns articles into Results. It holds only immutable models and
// is safe for concurrent use.
type Pipeline struct {
	cfg config
	ner *entity.Recognizer
	cx  *claim.Extractor
	// hook, when set by a test of this package, runs at the start of
	// every analysis.
	hook func(*corpus.Article)
}

type config struct {
	acts     []claim.Act
	maxBytes int
	layout   bool
	text     bool
	chars    bool
	trace    bool
	workers  int
	entities []entity.Option
	claims   []claim.Option
}

// Option configures a Pipeline.
type Option func(*config)

// WithLayout includes the sentences and tokens in each Result's JSON, under
// the keys "sentences" and "tokens". Off by default.
func WithLayout(on bool) Option { return func(c *config) { c.layout = on } }

// WithText includes the article in each Result's JSON: its text under
// "text", which every offset points into, and its title, source and date
// (RFC 3339) under "title", "source" and "date" when corpus.Article has
// them. Decoding the JSON restores them into Result.Doc.Article. Off by
// default.
func WithText(on bool) Option { return func(c *config) { c.text = on } }

// WithCharOffsets adds code-point offsets beside the byte offsets of every
// span in each Result's JSON: "char_start" and "char_end" after "start" and
// "end" (and "cue_char_start", "cue_char_end" after a claim's "cue_start"
// and "cue_end"), for entity mentions, claims, speakers, authors, credits,
// the dateline, sentences and tokens. They are the indices of Python's str
// and of a []rune: text[char_start:char_end] in Python is the span's text.
// A trace's offsets stay byte offsets. Off by default.
func WithCharOffsets(on bool) Option { return func(c *config) { c.chars = on } }

// WithTrace adds to every claim and entity the trace of how it was
// decided, under the key "trace": for a claim the detector, the
// candidates it beat, the speaker sieve and where its confidence comes
// from; for an entity the evidence for its type (the model's class,
// gazetteer entries, head words, rules, the votes and the decision).
// Off by default, and free when off.
func WithTrace(on bool) Option { return func(c *config) { c.trace = on } }

// WithWorkers sets how many articles a stream analyses at once. The default
// is runtime.GOMAXPROCS(0); n < 1 means the default.
func WithWorkers(n int) Option { return func(c *config) { c.workers = n } }

// WithEntityOptions passes options to the entity recognizer, for example a
// user lexicon or a model of one's own.
func WithEntityOptions(opts ...entity.Option) Option {
	return func(c *config) { c.entities = append(c.entities, opts...) }
}

// WithActs returns the claims of the given acts. By default a Pipeline
// returns statements (claim.Statement): what a source said or wrote, the
// answer to "who said what". WithActs(claim.AllActs()...) adds the
// thoughts ("believes", "plans to"), findings ("a study found") and
// stances ("refused to", "supports"), each claim saying its act.
func WithActs(acts ...claim.Act) Option { return func(c *config) { c.acts = acts } }

// WithClaimOptions passes options to the claim extractor.
func WithClaimOptions(opts ...claim.Option) Option {
	return func(c *config) { c.claims = append(c.claims, opts...) }
}

// New returns a Pipeline with the embedded models. It needs no options.
func New(opts ...Option) (*Pipeline, error) {
	p := &Pipeline{}
	for _, o := range opts {
		o(&p.cfg)
	}
	if p.cfg.workers < 1 {
		p.cfg.workers = runtime.GOMAXPROCS(0)
	}
	if p.cfg.maxBytes < 1 {
		p.cfg.maxBytes = DefaultMaxBytes
	}
	acts := p.cfg.acts
	if acts == nil {
		acts = []claim.Act{claim.Statement}
	}
	p.cfg.claims = append([]claim.Option{claim.WithActs(acts...)}, p.cfg.claims...)
	if p.cfg.trace {
		p.cfg.entities = append(p.cfg.entities, entity.WithTrace(true))
		p.cfg.claims = append(p.cfg.claims, claim.WithTrace(true))
	}
	var err error
	if p.ner, err = entity.New(p.cfg.entities...); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	if p.cx, err = claim.New(p.cfg.claims...); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return p, nil
}

// Extract analyses one article. A cancelled call returns ctx's error,
// never a result, as soon as ctx is done: the analysis runs on a
// goroutine of its own (unless ctx can never be done), which reads ctx
// all through its work and stops at its next read, a few milliseconds
// later on ordinary articles and a fraction of a second on the largest. An article longer than the limit
// (WithMaxBytes) returns an error wrapping ErrTooLarge; a panic inside the
// analysis, which would be a bug of sayso's, returns a *PanicError
// wrapping ErrPanic. Errors about an article are *corpus.Error values
// naming it, as the loaders' are.
func (p *Pipeline) Extract(ctx context.Context, a *corpus.Article) (*Result, error) {
	if a == nil {
		return nil, fmt.Errorf("extract: %w", corpus.ErrNoText)
	}
	if len(a.Text) > p.cfg.maxBytes {
		return nil, articleError(a.ID, fmt.Errorf("%w: %d bytes, more than %d", ErrTooLarge, len(a.Text), p.cfg.maxBytes))
	}
	if err := ctx.Err(); err != nil {
		return nil, articleError(a.ID, fmt.Errorf("extract: %w", err))
	}
	if ctx.Done() == nil {
		// ctx can never be cancelled (context.Background): there is
		// nothing to return early for, so the analysis runs here and
		// spares a goroutine and the growth of its stack.
		return p.analyse(ctx, a)
	}
	type outcome struct {
		res *Result
		err error
	}
	done := make(chan outcome, 1) // the analysis never waits to hand it over
	go func() {
		res, err := p.analyse(ctx, a)
		done <- outcome{res, err}
	}()
	select {
	case o := <-done:
		if o.err == nil && ctx.Err() != nil {
			return nil, articleError(a.ID, fmt.Errorf("extract: %w", ctx.Err()))
		}
		return o.res, o.err
	case <-ctx.Done():
		return nil, articleError(a.ID, fmt.Errorf("extract: %w", ctx.Err()))
	}
}

// analyse is Extract's analysis of a, which has passed its checks. It
// reads ctx between stages and before it returns, and the stages read it
// as they go.
func (p *Pipeline) analyse(ctx context.Context, a *corpus.Article) (res *Result, err error) {
	defer recoverArticle(a.ID, &res, &err)
	if p.hook != nil {
		p.hook(a)
	}
	doc, err := corpus.Parse(ctx, a)
	if err != nil {
		return nil, articleError(a.ID, fmt.Errorf("extract: %w", err))
	}
	ents, err := p.ner.Recognize(ctx, doc)
	if err != nil {
		return nil, articleError(a.ID, fmt.Errorf("extract: %w", err))
	}
	markCredited(&doc.Meta, ents)
	claims, err := p.cx.Extract(ctx, doc, ents)
	if err != nil {
		return nil, articleError(a.ID, fmt.Errorf("extract: %w", err))
	}
	if err := ctx.Err(); err != nil {
		return nil, articleError(a.ID, fmt.Errorf("extract: %w", err))
	}
	return &Result{Doc: doc, Entities: ents, Claims: claims,
		Authors: doc.Meta.Authors, Credits: doc.Meta.Credits, Dateline: doc.Meta.Dateline,
		layout: p.cfg.layout, text: p.cfg.text, chars: p.cfg.chars}, nil
}

// articleError names the article that err is about, as corpus's loaders
// do, so that a batch's list of errors (corpus.ErrorList) names each
// article once.
func articleError(id string, err error) error {
	return &corpus.Error{ID: id, Offset: -1, Err: err}
}

// markCredited sets Where to "credit" on the entities all of whose
// mentions lie in bylines and credits, so that scorers and users can
// tell the people who made the article from the people of its story.
// The recognizer knows names, the corpus knows bylines; the pipeline is
// where the two meet.
func markCredited(m *corpus.Meta, ents []*entity.Entity) {
	if len(m.Spans) == 0 {
		return
	}
	for _, e := range ents {
		credited := len(e.Mentions) > 0
		for _, mn := range e.Mentions {
			if !m.Credited(mn.Span) {
				credited = false
				break
			}
		}
		if credited {
			e.Where = entity.WhereCredit
		}
	}
}
