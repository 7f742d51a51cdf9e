// Package view shows what sayso found, for people: Table writes aligned
// text for a terminal (claims by speaker, then entities by type), HTML
// writes one self-contained page with the article text marked up, and
// CorpusHTML one page of a corpus view built by package collection (its
// text table is collection's WriteTable).
//
// # The page
//
// The page needs no network: its style and its one small script are
// inline. Entity mentions are coloured by type, claims are boxed with
// their speaker beside them, cues underlined; the act of a claim sets its
// border and a confidence below 0.5 fades it. A side list gives each
// speaker's claims, linked to the text. Every claim element carries
// data-claim (its index in Result.Claims) and data-speaker (the entity ID,
// "" for an unnamed source), every mention data-entity and data-mention,
// so that a program can check the page's DOM against the JSON.
//
// # The corpus page
//
// CorpusHTML shows a collection.Snapshot with the same style and type
// colours: the speakers, the most claims first, each claim with the
// articles that printed it, the earliest first, its earliest date, the
// claims it is part of or has as parts, and joint speakers; the unnamed
// sources by description; then the entities by type. Every claim and
// entity has one anchor, id="claim-C1" on the element with
// data-claim="C1" (the first entry of a claim shown under several
// sources) and id="entity-E1" with data-entity="E1". For thousands of
// claims the page has no script per element, only a filter box; long
// lists of articles fold under <details>, and the browser skips laying
// out the groups off screen (content-visibility).
//
// # Positions
//
// The markup is built in one pass over the text from the spans' sorted
// boundaries. Elements nest in a fixed order (paragraph, claim, cue or
// source, mention); a span that crosses an outer one is split in pieces,
// each with the same data attributes, so the page is always well formed
// whatever the spans. Spans outside the text or inverted are left out.
//
// # Concurrency
//
// Table, HTML and CorpusHTML keep no state and are safe for concurrent
// use.
package view
