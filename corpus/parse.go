package corpus

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"
)

// models holds prose's tokenizer, segmenter and tagger, loaded once per
// process and never mutated afterwards, which is what makes sharing safe.
var models = sync.OnceValues(func() (*proseModels, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, fmt.Errorf("corpus: load segmenter: %w", err)
	}
	tg, err := tag.New()
	if err != nil {
		return nil, fmt.Errorf("corpus: load tagger: %w", err)
	}
	return &proseModels{tok: tokenize.New(), seg: seg, tag: tg}, nil
})

type proseModels struct {
	tok *tokenize.Tokenizer
	seg *segment.Segmenter
	tag *tag.Tagger
}

// Parse lays out an article: paragraphs, sentences, tokens with
// part-of-speech tags, and the regions of non-article matter. The article's
// text is not modified. Parse checks ctx between paragraphs.
func Parse(ctx context.Context, a *Article) (*Document, error) {
	if a == nil {
		return nil, ErrNoText
	}
	m, err := models()
	if err != nil {
		return nil, err
	}
	d := &Document{Article: a, Text: a.Text}
	d.Regions = FindRegions(a.Text)
	for _, p := range SplitParagraphs(a.Text) {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("corpus: parse %s: %w", a.ID, err)
		}
		pi := len(d.Paragraphs)
		para := Paragraph{Span: p, First: len(d.Sentences), Skip: d.Skipped(p)}
		d.addSentences(m, pi, p)
		para.Last = len(d.Sentences)
		d.Paragraphs = append(d.Paragraphs, para)
	}
	return d, nil
}

// addSentences segments and tokenizes paragraph p. Segmentation runs per
// paragraph so that no sentence ever crosses a paragraph break.
func (d *Document) addSentences(m *proseModels, pi int, p Span) {
	ptext := d.Text[p.Start:p.End]
	clean := spaceFold(ptext)
	for _, s := range m.seg.Segment(clean) {
		si := len(d.Sentences)
		sent := Sentence{Span: Span{p.Start + s.Start, p.Start + s.End()}, Paragraph: pi, First: len(d.Tokens)}
		toks := m.tok.Tokenize(clean[s.Start:s.End()])
		m.tag.TagTokens(toks)
		for _, t := range toks {
			start := sent.Start + t.Start
			d.Tokens = append(d.Tokens, newToken(d.Text, start, start+len(t.Text), t, si))
		}
		sent.Last = len(d.Tokens)
		d.Sentences = append(d.Sentences, sent)
	}
}

func newToken(text string, start, end int, t token.Token, si int) Token {
	raw := text[start:end]
	return Token{Span: Span{start, end}, Text: raw, Norm: Normalize(raw), Tag: t.Tag, Sentence: si}
}

// spaceFold returns a copy of s, of the same byte length, in which every
// no-break, zero-width or other Unicode space is replaced by as many ASCII
// spaces as it has bytes. prose splits only on ASCII white space; replacing
// byte for byte keeps every offset into the copy valid in the original.
func spaceFold(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if isInvisibleSpace(r) {
			n := runeLen(s, i)
			b.WriteString(strings.Repeat(" ", n))
			continue
		}
		if r == '\uFFFD' && runeLen(s, i) == 1 {
			b.WriteByte(' ') // a stray invalid byte: treat it as a gap
			continue
		}
		b.WriteString(s[i : i+runeLen(s, i)])
	}
	return b.String()
}
