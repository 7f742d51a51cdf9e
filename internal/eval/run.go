package eval

import (
	"context"
	"fmt"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/corpus"
	"github.com/sayso/sayso/entity"
)

// ExtractFunc runs the system under test on one article. Callers adapt
// their pipeline to it, so this package depends on no pipeline.
type ExtractFunc func(ctx context.Context, a *corpus.Article) ([]*entity.Entity, []claim.Claim, error)

// RunSeeds runs f on every seed and scores it. It returns one report per
// seed, in order, and their sum. It stops at the first error.
func RunSeeds(ctx context.Context, seeds []Seed, f ExtractFunc) (total Report, each []Report, err error) {
	for _, s := range seeds {
		ents, claims, err := f(ctx, &corpus.Article{ID: s.Name, Text: s.Text})
		if err != nil {
			return total, each, fmt.Errorf("eval: %s: %w", s.Name, err)
		}
		r := Score(s.Name, s.Text, s.Gold, ents, claims)
		each = append(each, r)
		total = total.Add(r)
	}
	return total, each, nil
}

// RunPolNeAR runs f on every document and returns the summed report. It
// stops at the first error, or when ctx is done.
func RunPolNeAR(ctx context.Context, docs []PolDoc, f ExtractFunc) (PolReport, error) {
	var total PolReport
	for i := range docs {
		if err := ctx.Err(); err != nil {
			return total, fmt.Errorf("eval: %w", err)
		}
		_, claims, err := f(ctx, &corpus.Article{ID: docs[i].Name, Text: docs[i].Text})
		if err != nil {
			return total, fmt.Errorf("eval: %s: %w", docs[i].Name, err)
		}
		total = total.Add(ScorePolNeAR(&docs[i], claims))
	}
	return total, nil
}

// RunGGT runs f on every GGT article and returns the summed report, its
// misses in article order. It stops at the first error, or when ctx is
// done.
func RunGGT(ctx context.Context, docs []GGTDoc, f ExtractFunc) (GGTReport, error) {
	var total GGTReport
	for i := range docs {
		if err := ctx.Err(); err != nil {
			return total, fmt.Errorf("eval: %w", err)
		}
		d := &docs[i]
		ents, claims, err := f(ctx, &corpus.Article{ID: d.Name, Source: d.Outlet, Text: d.Text})
		if err != nil {
			return total, fmt.Errorf("eval: %s: %w", d.Name, err)
		}
		total = total.Add(ScoreGGT(d, ents, claims))
	}
	return total, nil
}

// RunGoldNews runs f on every article and scores its entities alone
// ([ScoreEntities]): gold-news has no gold claims. It returns one report
// per article, in order, and their sum. It stops at the first error, or
// when ctx is done.
func RunGoldNews(ctx context.Context, seeds []Seed, f ExtractFunc) (total Report, each []Report, err error) {
	for _, s := range seeds {
		if err := ctx.Err(); err != nil {
			return total, each, fmt.Errorf("eval: %w", err)
		}
		ents, _, err := f(ctx, &corpus.Article{ID: s.Name, Text: s.Text})
		if err != nil {
			return total, each, fmt.Errorf("eval: %s: %w", s.Name, err)
		}
		r := ScoreEntities(s.Name, s.Text, s.Gold, ents)
		each = append(each, r)
		total = total.Add(r)
	}
	return total, each, nil
}

// OffsetErrors checks that every offset the system reports locates its
// text: text[start:end] equals the mention text, the claim text, the cue and
// the speaker text. It returns one line per violation.
func OffsetErrors(text string, ents []*entity.Entity, claims []claim.Claim) []string {
	var out []string
	check := func(what string, s corpus.Span, want string) {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != want {
			out = append(out, fmt.Sprintf("%s [%d,%d) = %q, field %q", what, s.Start, s.End, s.In(text), want))
		}
	}
	for _, e := range ents {
		if e == nil {
			out = append(out, "nil entity")
			continue
		}
		for _, m := range e.Mentions {
			check("mention of "+e.ID, m.Span, m.Text)
		}
		for _, t := range e.TitleMentions {
			check("title of "+e.ID, t.Span, t.Text)
		}
	}
	for i, c := range claims {
		check(fmt.Sprintf("claim %d text", i), c.Span, c.Text)
		if c.Cue != "" || !c.CueSpan.IsZero() {
			check(fmt.Sprintf("claim %d cue", i), c.CueSpan, c.Cue)
		}
		for k, sp := range append([]claim.Speaker{c.Speaker}, c.Others...) {
			if sp.Text != "" || !sp.Span.IsZero() {
				check(fmt.Sprintf("claim %d speaker %d", i, k), sp.Span, sp.Text)
			}
		}
	}
	return out
}
