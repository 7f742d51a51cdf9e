package claim

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
	"github.com/sayso/sayso/lexicon"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// ErrOption is returned by New for an option out of its range.
var ErrOption = errors.New("claim: bad option")

// Extractor finds attributed statements. It holds only immutable settings
// and is safe for concurrent use.
type Extractor struct {
	cfg config
}

type config struct {
	minConfidence float64
	noSpeaker     bool
	learned       map[string]cueInfo
	trace         bool
	// cues is the built-in cue map, from lexicon.Default or WithLexicon.
	cues map[string]cueInfo
	// acts are the acts of the claims returned; actWords the act of each
	// cue word.
	acts     actSet
	actWords map[string]Act
	// kinds says which cue lists hold each word (see kindsOf).
	kinds kindIndex
}

// Option configures an Extractor.
type Option func(*config)

// WithMinConfidence drops claims whose confidence is below c.
func WithMinConfidence(c float64) Option {
	return func(cfg *config) { cfg.minConfidence = c }
}

// WithUnattributed keeps quotations for which no speaker was found, with
// rule "no-speaker" and a low confidence, and the writer's own first
// person outside quotation marks ("I think the plan will fail"), with
// rule "pronoun-unresolved". By default they are dropped: neither is a
// statement attributed to a source.
func WithUnattributed(keep bool) Option {
	return func(cfg *config) { cfg.noSpeaker = keep }
}

// WithCueVerbs replaces the learned cue verbs (learned_cues.txt) with
// verbs, each given as a lemma ("endorse") or as a lemma with all its
// forms ("sing:sings:sang:singing:sung"); the built-in speech and thought
// verbs stay. Tools that learn the list use it to try candidates.
func WithCueVerbs(verbs ...string) Option {
	return func(cfg *config) { cfg.learned = extraLexicon(verbs) }
}

// WithTrace gives every claim a Trace: the detector that found it, the
// candidates it beat, how its speaker was found and where its confidence
// comes from. Off by default, and free when off.
func WithTrace(on bool) Option {
	return func(cfg *config) { cfg.trace = on }
}

// WithLexicon reads the cue verbs from lex in place of lexicon.Default():
// which words are cues, the act of each, their class (weak verbs read as thoughts, tell
// verbs take an addressee first) and their particles. A verb added to lex
// with the flags of a built-in cue is found wherever that cue is. The
// finer flags that single rules test (clause, object, passive,
// infinitive...) and the cue nouns and adjectives are still read from
// lexicon.Default(), through package-level sets: passing lex down to
// every rule would touch most function bodies of the package.
func WithLexicon(lex *lexicon.Lexicon) Option {
	return func(cfg *config) {
		if lex != nil {
			cfg.cues = cueMap(lex)
			cfg.actWords = actMap(lex)
		}
	}
}

// WithActs returns the claims of the given acts only. By default an
// Extractor returns every claim, each with its Act: statements, thoughts
// ("believes", "plans to"), findings ("a study found") and stances
// ("refused to", "supports"); extract.Pipeline returns statements unless
// told otherwise. Every claim is found and its speaker resolved whatever
// the acts: they only select what is returned.
func WithActs(acts ...Act) Option {
	return func(cfg *config) { cfg.acts = actsOf(acts) }
}

// New returns an Extractor with the built-in cue lexicon. It returns an
// error wrapping ErrOption for an option out of its range: a minimum
// confidence outside [0,1], or WithActs with no act.
func New(opts ...Option) (*Extractor, error) {
	x := &Extractor{cfg: config{learned: learnedLexicon(), cues: defaultCues(),
		acts: actsOf(AllActs()), actWords: defaultActs()}}
	for _, o := range opts {
		o(&x.cfg)
	}
	if x.cfg.minConfidence < 0 || x.cfg.minConfidence > 1 {
		return nil, fmt.Errorf("%w: minimum confidence %v outside [0,1]", ErrOption, x.cfg.minConfidence)
	}
	if x.cfg.acts == 0 {
		return nil, fmt.Errorf("%w: no act to return", ErrOption)
	}
	x.cfg.kinds = newKindIndex(kindsOf(x.cfg.cues, x.cfg.learned))
	return x, nil
}

// Extract returns the claims of doc in text order, their speakers resolved
// to the entities in ents where possible. Regions of doc that are not
// article text are skipped. Extract checks ctx as it goes, inside a long
// paragraph too, and returns its error once it is done.
func (x *Extractor) Extract(ctx context.Context, doc *corpus.Document, ents []*entity.Entity) ([]Claim, error) {
	if doc == nil {
		return nil, nil
	}
	poll := ctxpoll.New(ctx)
	v := newView(doc, ents, cueIndex{verbs: x.cfg.cues, learned: x.cfg.learned, acts: x.cfg.actWords, kinds: x.cfg.kinds}, poll)
	l := newLedger(doc, x.cfg.trace, poll)
	f := &finder{contents: &contents{&grammar{v}}, ledger: l}
	direct, block, report := directFinder{f}, blockFinder{f}, reportFinder{f}
	for pi := range doc.Paragraphs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("claim: extract: %w", err)
		}
		if v.skipPara(pi) {
			continue
		}
		block.headline(pi)
		if !l.blockParas[pi] {
			block.titleSource(pi)
		}
		if !l.blockParas[pi] {
			report.titleCue(pi)
			direct.directs(pi)
			block.block(pi)
			report.reported(pi)
			report.leftovers(pi)
		}
	}
	l.sortCands()
	claims := (&speakers{grammar: f.grammar, tracing: x.cfg.trace, beats: l.beats, poll: poll}).resolveAll(l.cands)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("claim: extract: %w", err)
	}
	// The claims kept are written over the list, each after it is read,
	// unless one runs over paragraphs and splits into several.
	out := claims[:0]
	inPlace := !slices.ContainsFunc(claims, func(c Claim) bool { _, split := splitFrom(doc, c); return split })
	if !inPlace {
		out = make([]Claim, 0, len(claims))
	}
	var parts []Claim
	for _, whole := range claims {
		parts = byParagraph(parts[:0], doc, whole)
		for _, c := range parts {
			c, ok := x.keep(v, c)
			if n := len(out); ok && n > 0 && out[n-1].Span.Overlaps(c.Span) {
				ok = false // two readings of the same words: the first stands
			}
			if ok {
				out = append(out, c)
			}
		}
	}
	if inPlace {
		clear(claims[len(out):]) // what was dropped
	}
	return out, nil
}

// keep sets c's act and reports whether the options keep c: its act is
// asked for, it has a speaker other than the writer's own "I" or
// unattributed claims are kept, its confidence is high enough and its
// offsets are right.
func (x *Extractor) keep(v *view, c Claim) (Claim, bool) {
	c.Act = v.act(c)
	if c.Rule == RulePronounUnresolved && strings.EqualFold(c.Speaker.Text, "i") && !x.cfg.noSpeaker {
		return c, false // the writer's own voice ("I think"), not an attributed claim
	}
	ok := x.cfg.acts.has(c.Act) && (c.Rule != RuleNoSpeaker || x.cfg.noSpeaker) &&
		c.Confidence >= x.cfg.minConfidence && valid(v.doc.Text, c)
	return c, ok
}

// how says where a candidate's speaker is to be found.
type how uint8

const (
	byNP           how = iota // the noun phrase np
	byContinuation            // the previous claim's speaker
	byForward                 // the next claim's speaker (a quotation paragraph before its attribution)
	byNone                    // no source found
	byAgentless               // no source given: "is expected to"
)

// cand is a claim before its speaker is resolved.
type cand struct {
	kind    Kind
	content corpus.Span
	cue     corpus.Span
	np      corpus.Span // the speaker's noun phrase, when how is byNP
	alt     corpus.Span // an apposition to np ("the spokesman, Tom Reyes")
	how     how
	// learned marks a cue of the learned list, which needs a known source;
	// precision is the cue's precision in training.
	learned bool
	// id names the candidate in the ledger's record of what it beat;
	// 0 until it beats one, and only when tracing. It sits with how and
	// learned in what would be padding, so that a cand takes 120 bytes;
	// the ledger keeps room for one a sentence.
	id        int32
	origin    string // "quote", "cue", "according", "block", "headline"
	para      int
	precision float64
}

// valid checks the offsets of a finished claim.
func valid(t string, c Claim) bool {
	if c.Span.In(t) != c.Text || c.Text == "" {
		return false
	}
	if c.CueSpan.In(t) != c.Cue {
		return false
	}
	return c.Speaker.Span.In(t) == c.Speaker.Text
}

// qmark is one top-level quotation as the extractor uses it: the marks,
// the content between them, one part per paragraph, and whether it is a
// short term in quotation marks rather than a statement.
type qmark struct {
	span     corpus.Span   // from the opening mark to the closing mark inclusive
	inner    corpus.Span   // the content, first to last content byte, without a final comma
	raw      corpus.Span   // the content with its final punctuation
	parts    []corpus.Span // the content of each paragraph
	para     int           // the paragraph of the opening mark
	unclosed bool
	scare    bool
}
