package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/sayso/sayso/collection"
	"github.com/sayso/sayso/entity"
)

// speakerRecord is the output line of one speaker: an entity that made
// claims, or a group of unnamed sources ("a senior official") with
// Unnamed set and no ID or type.
type speakerRecord struct {
	Kind     string        `json:"kind"` // "speaker"
	ID       string        `json:"id,omitempty"`
	Speaker  string        `json:"speaker"`
	Type     entity.Type   `json:"type,omitempty"`
	Unnamed  bool          `json:"unnamed,omitempty"`
	Claims   []claimRecord `json:"claims"`
	Articles []string      `json:"articles"` // the articles that quote it
}

// entityRecord is the output line of one entity.
type entityRecord struct {
	Kind     string        `json:"kind"` // "entity"
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Type     entity.Type   `json:"type"`
	Aliases  []string      `json:"aliases,omitempty"`
	Titles   []string      `json:"titles,omitempty"`
	Articles []string      `json:"articles"`        // the articles that name it
	Said     int           `json:"said"`            // how many claims it made
	About    []claimRecord `json:"about,omitempty"` // the claims whose text names it
}

// claimRecord is a claim as a speaker or entity record lists it, with the
// articles where the link holds.
type claimRecord struct {
	ID       string    `json:"id"`
	Text     string    `json:"text"`
	Date     time.Time `json:"date,omitzero"`
	Articles []string  `json:"articles"`
}

// writeFn writes the records of the collection to Path, on any Beam file
// system. It runs once, on the one collection of the corpus; a retried
// bundle writes the same file again.
type writeFn struct {
	Path string
}

// ProcessElement writes the records of c.
func (f *writeFn) ProcessElement(ctx context.Context, c *collection.Collection) error {
	fsys, err := filesystem.New(ctx, f.Path)
	if err != nil {
		return fmt.Errorf("saysobeam: %w", err)
	}
	defer fsys.Close()
	w, err := fsys.OpenWrite(ctx, f.Path)
	if err != nil {
		return fmt.Errorf("saysobeam: %w", err)
	}
	if err := writeRecords(w, c.Snapshot()); err != nil {
		w.Close()
		return err
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("saysobeam: write %s: %w", f.Path, err)
	}
	return nil
}

// writeRecords writes one JSON line per speaker, those with the most
// claims first, then per group of unnamed sources, then per entity, in
// the snapshot's order.
func writeRecords(w io.Writer, s *collection.Snapshot) error {
	claims := make(map[string]*collection.Claim, len(s.Claims))
	for i := range s.Claims {
		claims[s.Claims[i].ID] = &s.Claims[i]
	}
	refs := func(rs []collection.ClaimRef) []claimRecord {
		out := make([]claimRecord, 0, len(rs))
		for _, r := range rs {
			c := claims[r.Claim]
			out = append(out, claimRecord{ID: r.Claim, Text: c.Text, Date: c.Date, Articles: r.Articles})
		}
		return out
	}
	var speakers []speakerRecord
	for _, e := range s.Entities {
		if len(e.Said) > 0 {
			speakers = append(speakers, speakerRecord{Kind: "speaker", ID: e.ID, Speaker: e.Name, Type: e.Type,
				Claims: refs(e.Said), Articles: articlesOf(e.Said)})
		}
	}
	slices.SortStableFunc(speakers, func(a, b speakerRecord) int { return cmp.Compare(len(b.Claims), len(a.Claims)) })
	for _, g := range s.Unnamed {
		speakers = append(speakers, speakerRecord{Kind: "speaker", Speaker: g.Name, Unnamed: true,
			Claims: refs(g.Claims), Articles: articlesOf(g.Claims)})
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, r := range speakers {
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("saysobeam: %w", err)
		}
	}
	for _, e := range s.Entities {
		r := entityRecord{Kind: "entity", ID: e.ID, Name: e.Name, Type: e.Type, Aliases: e.Aliases, Titles: e.Titles,
			Articles: e.Articles, Said: len(e.Said), About: refs(e.About)}
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("saysobeam: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("saysobeam: %w", err)
	}
	return nil
}

// articlesOf returns the distinct articles of claim references, sorted.
func articlesOf(rs []collection.ClaimRef) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Articles...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
