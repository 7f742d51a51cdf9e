package corpus

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"
	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/internal/postag"

	"github.com/sayso/sayso/internal/ctxpoll"
)

// models holds prose's tokenizer, the sentence segmenter and the
// part-of-speech tagger, loaded once per process and never mutated
// afterwards, which is what makes sharing safe. The segmenter is punkt
// (punkt.go), which gives prose's sentences, and the tagger postag's,
// which gives prose's tags, each several times faster.
var models = sync.OnceValues(func() (*proseModels, error) {
	seg, err := loadPunkt()
	if err != nil {
		return nil, err
	}
	tg, err := postag.New()
	if err != nil {
		return nil, fmt.Errorf("corpus: load tagger: %w", err)
	}
	return &proseModels{tok: tokenize.New(), seg: seg, tag: tg}, nil
})

type proseModels struct {
	tok *tokenize.Tokenizer
	seg *punkt
	tag tokenTagger
}

// tokenTagger sets the part-of-speech Tag of a sentence's tokens. Parse uses
// *postag.Tagger; the tests check it against prose's *tag.Tagger.
type tokenTagger interface {
	TagTokens(sentence []token.Token)
}

// Parse lays out an article: paragraphs, sentences, tokens with
// part-of-speech tags, and the regions of non-article matter. The article's
// text is not modified and every span is a byte offset into it.
//
// Parse returns ErrNoText for a nil article or one whose text is blank. Any
// other text is parsed, including invalid UTF-8 (bad bytes are gaps between
// tokens, never part of one) and binary junk; use Check first to reject
// those. Parse checks ctx as it goes, inside a long paragraph too, and is
// safe for concurrent use.
func Parse(ctx context.Context, a *Article) (*Document, error) {
	if a == nil || strings.TrimFunc(a.Text, ortho.IsSpace) == "" {
		return nil, ErrNoText
	}
	m, err := models()
	if err != nil {
		return nil, err
	}
	d := &Document{Article: a, Text: a.Text}
	ls := splitLines(a.Text)
	end := commentsStart(a.Text, ls)
	poll := ctxpoll.New(ctx)
	hits := scanMeta(a.Text, ls, end, poll)
	d.Regions = markRegions(a.Text, ls, end, hits, poll)
	d.Meta = buildMeta(a.Text, ls, end, hits, d.Regions)
	paras := SplitParagraphs(a.Text)
	d.Paragraphs = make([]Paragraph, 0, len(paras))
	d.Sentences = make([]Sentence, 0, estimateSentences(a.Text, paras))
	d.Tokens = make([]Token, 0, estimateTokens(a.Text))
	buf := parseBuffers{toks: make([]token.Token, 0, estimateTokens(longest(a.Text, paras)))}
	for _, p := range paras {
		if poll.Done() {
			break
		}
		pi := len(d.Paragraphs)
		para := Paragraph{Span: p, First: len(d.Sentences), Skip: d.Skipped(p)}
		d.addSentences(m, pi, p, &buf, poll)
		para.Last = len(d.Sentences)
		para.Heading = para.Last-para.First <= 1 && isHeadingText(p.In(d.Text))
		d.Paragraphs = append(d.Paragraphs, para)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("corpus: parse %s: %w", a.ID, err)
	}
	return d, nil
}

// parseBuffers are the buffers that Parse reuses from one paragraph to
// the next.
type parseBuffers struct {
	toks   []token.Token // prose's tokens of the paragraph
	starts []int         // the tokens that start its sentences
}

// addSentences tokenizes and segments paragraph p. Segmentation runs per
// paragraph so that no sentence ever crosses a paragraph break. Tokens come
// first and sentences are runs of tokens, so a sentence always starts and
// ends on a token and every token lies inside its sentence.
//
// It stops early, with sentences left out, once poll is done. It keeps
// its scratch in buf, for the next paragraph to reuse.
func (d *Document) addSentences(m *proseModels, pi int, p Span, buf *parseBuffers, poll *ctxpoll.Poll) {
	clean := blankMarkup(spaceFold(d.Text[p.Start:p.End]))
	toks := tokenizeText(buf.toks[:0], m.tok, clean, poll)
	buf.toks = toks
	if len(toks) == 0 {
		return
	}
	starts := fixStarts(toks, sentenceStarts(buf.starts[:0], m.seg, clean, toks, poll))
	buf.starts = starts
	for k, first := range starts {
		if poll.Done() {
			return
		}
		last := len(toks)
		if k+1 < len(starts) {
			last = starts[k+1]
		}
		st := joinNames(toks[first:last], clean)
		m.tag.TagTokens(st)
		si := len(d.Sentences)
		sent := Sentence{
			Span:      Span{p.Start + st[0].Start, p.Start + st[len(st)-1].End()},
			Paragraph: pi,
			First:     len(d.Tokens),
		}
		for _, t := range st {
			start := p.Start + t.Start
			d.Tokens = append(d.Tokens, newToken(d.Text, start, start+len(t.Text), t, si))
		}
		sent.Last = len(d.Tokens)
		d.Sentences = append(d.Sentences, sent)
	}
}

// estimateTokens returns about how many tokens text has, a little more
// rather than less, so that the document's tokens are allocated once: a
// token per run of text between white space, one more for each of up to
// four ASCII punctuation marks in it, which prose mostly splits off, and a
// sixteenth more for the rest (curly quotation marks, clitics); news has
// about 0.19 tokens a byte. The caps, four marks a run and a token for
// every three bytes, keep junk from asking for much more than it makes.
func estimateTokens(text string) int {
	n := 0
	for i := 0; i < len(text); {
		if isASCIISpace(text[i]) {
			i++
			continue
		}
		marks := 0
		for ; i < len(text) && !isASCIISpace(text[i]); i++ {
			if isASCIIPunct(text[i]) {
				marks++
			}
		}
		n += 1 + min(marks, 4)
	}
	return min(n+n/16, len(text)/3) + 16
}

// estimateSentences returns about how many sentences the paragraphs of
// text have, rather more than less: one a paragraph and one for each
// window punkt sees of a long one, and one more after each word with a
// full stop, question or exclamation mark, where alone punkt can end one
// (see punktMatters). A word ends at white space or, since some white
// space is not ASCII, at any non-ASCII byte; news has about four
// sentences for five such words.
func estimateSentences(text string, paras []Span) int {
	n := 0
	for _, p := range paras {
		n += 1 + p.Len()/segmentWindow
		stop := false // whether the word has . ? or !
		for i := p.Start; i < p.End; i++ {
			switch c := text[i]; {
			case c == '.' || c == '?' || c == '!':
				stop = true
			case stop && (isASCIISpace(c) || c >= utf8.RuneSelf):
				n++
				stop = false
			}
		}
	}
	return n
}

// longest returns the text of the longest paragraph.
func longest(text string, paras []Span) string {
	var l Span
	for _, p := range paras {
		if p.Len() > l.Len() {
			l = p
		}
	}
	return l.In(text)
}

// isASCIIPunct reports whether c is an ASCII punctuation mark.
func isASCIIPunct(c byte) bool { return punctByte[c] }

// punctByte marks the bytes for which isASCIIPunct is true, looked up
// rather than worked out, since estimateTokens asks it of most bytes.
var punctByte = func() (set [256]bool) {
	for c := range utf8.RuneSelf {
		set[c] = unicode.IsPunct(rune(c))
	}
	return set
}()

func newToken(text string, start, end int, t token.Token, si int) Token {
	raw := text[start:end]
	return Token{Span: Span{start, end}, Text: raw, Norm: Normalize(raw), Tag: t.Tag, Sentence: si}
}

// spaceFold returns a copy of s, of the same byte length, in which every
// no-break, zero-width or other Unicode space, every control character and
// every byte of invalid UTF-8 is replaced by as many ASCII spaces as it has
// bytes. The copy is valid UTF-8, so prose cannot cut a rune in two. prose splits only on ASCII white space; replacing
// byte for byte keeps every offset into the copy valid in the original.
func spaceFold(s string) string {
	if isPlainText(s) {
		return s
	}
	var b strings.Builder // the copy, made at the first byte to replace
	done := 0             // s[:done] is in b
	for i := 0; i < len(s); {
		n, gap := 1, false
		if c := s[i]; c < utf8.RuneSelf {
			gap = c < 0x20 || c == 0x7f // a control
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			gap = r == utf8.RuneError && n == 1 || ortho.IsSpace(r) // a stray invalid byte or a space
		}
		if gap {
			if done == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[done:i])
			b.WriteString("    "[:n])
			done = i + n
		}
		i += n
	}
	if done == 0 {
		return s // nothing to replace: no copy
	}
	b.WriteString(s[done:])
	return b.String()
}

// isPlainText reports whether s is printable ASCII plus tab and newlines,
// which spaceFold leaves alone.
func isPlainText(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return false
		}
	}
	return true
}
