// Package claim finds the statements an article attributes to a source,
// direct quotes, block quotations, reported speech and mixed forms, and
// resolves each to its speaker.
//
// An Extractor reads a corpus.Document and the entities the entity package
// recognized in it, and returns Claims in text order:
//
//	x, _ := claim.New()
//	claims, err := x.Extract(ctx, doc, ents)
//
// # Kinds
//
// Direct claims are the words inside quotation marks (FindQuotes), with
// the cue beside them ("“…,” Kerry said", "said the minister: “…”", "“…”
// ― Jane Doe"); a
// quotation broken by its attribution gives two claims. A paragraph that
// ends with a colon after a source ("Lavrov said of the plan:") introduces
// a block quotation: the next paragraphs, without quotation marks, are
// direct claims with cue ":". Indirect claims are reported speech: the
// clause after "said (that)", "told Y (that)", "warned of", or before ",
// X said" / ", according to X"; "that" is dropped. Reported speech with a
// quoted fragment is Mixed. A heading "Speaker: statement" is an indirect
// claim with cue ":". Quotation marks around a term or name are not claims.
//
// # Speakers
//
// The speaker is found by sieves, from the most to the least precise; the
// one that decided is named in Claim.Rule: "quote-cue-name",
// "quote-cue-org", "quote-cue-pronoun", "quote-cue-nominal" and
// "quote-cue-unnamed" for a quotation with its cue; "cue-subject" (a
// person named as the subject of the cue), "org-speaker" (an organization
// or country), "according-to", "pronoun" (he, she, they, it, resolved by
// gender, number and recency to the previous speaker or the last
// compatible mention), "nominal" ("the minister", "the ministry", "the two
// men", resolved through the entities' titles and the words written before
// their names), "unnamed" ("one official", "critics": Speaker.Entity is ""
// and Speaker.Name the description), "joint" (several sources, the first
// in Speaker and the rest in Others), "continuation" (a quotation with no
// cue that goes on with the previous speaker's words, or opens the
// paragraphs of the next), "block-colon", "headline", "transcript" (a
// line "WALLACE: …" whose label names a person of the article),
// "pronoun-unresolved" (a pronoun with no antecedent, kept as written) and
// "no-speaker".
// Claims without a speaker are dropped unless WithUnattributed is given.
//
// # Confidence
//
// Confidence is fixed per rule from how often the rule chose the right
// speaker on annotated news (PolNeAR dev and the seed articles): names
// beside a quotation's cue score 0.96, a named subject of a cue 0.94,
// organizations 0.86 to 0.9, pronouns and descriptions 0.78 to 0.88,
// continuations 0.6 to 0.72, an unresolved pronoun 0.3. Of the claims at
// 0.9 or above, at least nine in ten have the right speaker.
//
// # Positions
//
// A claim's text, cue and speaker are byte spans into the article's
// original text: Text == doc.Text[Start:End], Cue == doc.Text[CueSpan],
// Speaker.Text == doc.Text[Speaker.Span]. A direct claim's span excludes
// the enclosing quotation marks; over several paragraphs it runs from the
// first content byte to the last. Regions the corpus marks as non-article
// matter are skipped.
//
// # Concurrency
//
// An Extractor holds only immutable settings and lexicons, which load once
// per process, and is safe for concurrent use.
package claim
