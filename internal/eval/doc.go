// Package eval measures sayso against annotated text: the gold answers of
// the seed articles (testdata/gold) and of the gold-news articles, the
// PolNeAR attribution corpus, the Gender Gap Tracker's annotated Canadian
// news (GGT), and, through entity/model, CoNLL named-entity files.
//
// # Seed scoring
//
// [Score] compares one article's entities and claims with a [Gold] file and
// returns a [Report] of counts. Reports add up ([Report.Add]), so a total
// over several articles is a micro-average. The definitions:
//
//   - Words: text is normalized (NFKC, typographic quotes and dashes folded,
//     lower case) and split into maximal runs of letters and digits, so
//     quotation marks and surrounding punctuation never matter.
//   - Claim match: a system claim and a gold claim match when the words they
//     share (as multisets) are at least half the words of the shorter one.
//     Matching is one-to-one and greedy, best pair first, where a pair's
//     score is its Dice coefficient 2·shared/(len₁+len₂).
//   - Out of scope: system claims starting at or after the gold
//     comments_start, and gold claims found there, are dropped first.
//   - Nested gold claims are in the matching pool but count for neither
//     side: a system claim they absorb is neither a true nor a false
//     positive, and missing them is no false negative.
//   - Joint gold claims: the copies sharing one text form one gold claim
//     whose speakers are all the copies' speakers.
//   - Per kind, precision is over the system's kind and recall over the
//     gold's kind (a matched claim of the wrong kind is a false positive of
//     the system's kind and a false negative of the gold's). Kind accuracy
//     is the share of matched claims whose kinds agree.
//   - Speaker: on a matched claim, right when the gold speaker is null and
//     the system speaker has no entity or shares a content word with the
//     gold speaker_text; or when the gold speaker is named and the system
//     speaker's name, or any alias or mention of the entity it points to,
//     equals (normalized, case-insensitive) an alias or the name of the gold
//     entity. For joint claims any gold speaker and any system speaker
//     (Speaker or Others) will do. A speaker with no entity, name or text
//     is never right.
//   - Entities: a gold entity is found when a system entity of the same type
//     shares a surface form (name, alias or mention text, normalized,
//     case-insensitive); type-agnostic recall drops the type condition. A
//     system entity is correct (precision) when it shares a form with a gold
//     entity of its type. A merge error is a system entity whose forms
//     belong to two or more gold entities; a split error is a gold entity
//     whose forms are spread over two or more system entities. Forms shared
//     by several gold entities are ambiguous and ignored for merges and
//     splits.
//   - Mentions: every word-bounded, case-sensitive occurrence of a gold
//     alias before comments_start is an expected mention, except occurrences
//     inside a longer one ("Baker" in "Jim Baker", "Mosul" in "Mosul
//     Media Center"). It is found when a system mention has exactly its span.
//
// # PolNeAR scoring
//
// [ReadPolNeAR] reads a split of the corpus, one annotator per text (the
// file name that sorts first), and [ScorePolNeAR] scores claims against its
// attributions as the attribution literature does:
//
//   - Content match: a claim and an attribution match when their contents
//     share at least half of the words of the shorter one, words being
//     counted by position in the text; one to one, best Dice score first.
//     A Content2 part extends the content. The further parts of a broken
//     quotation (same speaker span as the claim that matched) count for
//     neither side.
//   - Exact content: the matched contents cover the same words, a leading
//     "that" aside (PolNeAR includes it, sayso does not).
//   - Source and cue, on matched contents: right when the claim's speaker
//     span (cue span) shares a byte with the gold source (cue).
//   - Content and source: matched with the right source, over all claims
//     and attributions.
//   - Direct: gold contents enclosed in double quotation marks (curly,
//     straight, guillemets, or two apostrophes), and claims of kind direct.
//
// See [PolCounts] and [PolReport] for the exact counts.
//
// # GGT scoring
//
// [ReadGGT] reads the Gender Gap Tracker's articles (ID.txt and ID.json),
// converting the annotations' code-point offsets to byte offsets, and
// [ScoreGGT] scores one article as the Gender Gap Tracker scores its own
// extractor (the corpus README states the rules):
//
//   - Quotes: for each gold quote in file order, the system claim not yet
//     taken whose span covers the largest share of the quote's characters
//     (|gold ∩ claim| / |gold|, counted in code points; the first claim on
//     a tie) is its match if that share is above 0.3 ([GGTLoose]); a
//     matched claim is used up. The same matching with 0.8 ([GGTStrict])
//     is reported beside it. Every claim counts for precision; the gold
//     quotes include their quotation marks and a leading "that", which
//     claims leave out, so the shares of exact claims are a little under 1.
//   - Speaker by name, on the quotes matched at 0.3: right when the gold
//     reference's surname is the surname of the claim's speaker name, of
//     its entity's name or an alias, or of the same for a co-speaker
//     (Claim.Others); or when a speaker span of the claim overlaps the gold
//     speaker span. A surname is the last word, case and accents ignored
//     (NFD, combining marks dropped), punctuation at its edges and a
//     trailing "Jr.", "Sr.", "II"... left out. The overlap alone is also
//     reported, as the Gender Gap Tracker reports it.
//   - People: the gold people against the PERSON entities, one to one;
//     entities named only in a byline or credit (Where "credit") are not
//     people of the story and are left out.
//     First, in gold order, each name takes the first entity left with the
//     same name or alias (case and accents ignored); then each name left
//     takes the first entity left that agrees by surname: one of its forms
//     (name or aliases) ends in the gold's last word, and none of those
//     forms has a first word in conflict with the gold's. First words agree
//     when equal, when one is an initial or a prefix of the other ("J.",
//     "Chris" for "Christopher"), or when a form is the surname alone.
//   - Sources: the gold sources against the PERSON entities that speak or
//     co-speak at least one claim, matched the same way.
//
// [GGTReport] holds the counts; reports add up to micro-averages. Its
// misses say why: a false claim shows its rule, cue and the gold quote it
// overlaps, a missed quote its shape and the claim that covers it most, a
// missed person or source what sayso has instead.
//
// # Gold-news scoring
//
// [LoadGoldNews] reads gold files in the seeds' format that name in
// "source" the corpus holding their text. They have no claims, so
// [ScoreEntities] scores their entities and mentions alone, with the seed
// definitions above. Entities named only in credits carry Where "credit"
// and count like the others.
//
// # Concurrency
//
// Every function is safe for concurrent use; values are not shared.
package eval
