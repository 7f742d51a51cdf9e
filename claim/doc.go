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
// # Stages
//
// Extract runs in steps with one job each. A read-only view of the
// document (tokens, corrected tags, quotations, entities and their
// titles) is built once. Three detectors read it paragraph by paragraph,
// in a fixed order: headlines ("Source: words") first, then title-case
// headline cues, quotations and their cues, block quotations, reported
// speech (with "according to", passives, polls, noun cues), and last the
// quotations no cue took. Each adds candidates, tagged with their origin,
// to one ledger, which also records the cues and quotations taken, so
// that each is attributed once: the order decides who takes what, and a
// candidate that loses is recorded by the winner (see Trace). Last, one
// pass in text order resolves each candidate's speaker by sieves and
// names the Rule that decided.
//
// # Kinds
//
// Direct claims are the words inside quotation marks, with the cue beside
// them ("“…,” Okafor said", "said the minister: “…”", "“…” ― Jane Doe").
// claim does not pair marks itself: it takes the top-level quotations that
// package quote finds (quote.Find), so curly, straight, low and angle marks,
// quotations over several paragraphs and quotations missing a mark are read
// as quote reads them; quotations nested in another are left to the outer
// one. A quotation broken by its attribution gives two claims. A paragraph that
// ends with a colon after a source ("Okafor said of the plan:") introduces
// a block quotation: the next paragraphs, without quotation marks, are
// direct claims with cue ":". Indirect claims are reported speech: the
// clause after "said (that)", "told Y (that)", "warned of", or before ",
// X said" / ", according to X"; "that" is dropped. Reported speech with a
// quoted fragment is Mixed. A heading "Speaker: statement" is an indirect
// claim with cue ":", also when the article's title line ends with a full
// stop, and when the speaker is a surname that the article uses alone
// elsewhere for a person ("Rice: …", "Susan Rice"), and when a report or
// a plural role stands for the source ("Poll: …", "Report: …",
// "Insiders: …"; a poll's or a study's heading reports a finding). A few verbs report speech only with their preposition, whose
// object is the content: "referred to", "pointed to", "railed against",
// "sided with", "spoke about", "argued for", "decided against" (also a
// learned verb that the lexicon gives a preposition, and a verb that
// otherwise needs a clause: "did not respond to requests for comment").
// Reported content stops before
// a second source ("…, and three-quarters said …", "…, he did say …",
// "… and Liberals accused …", "…, and Tom Baker is promising …") and
// before ", compared with" or a concessive clause, and before a second
// past-tense cue of the same subject ("said A and questioned B"). An
// attribution inside its clause ("The plan, she said, is dead") reports
// the whole clause. A pro-form is content too ("said so", "thinks so",
// "Asked if …, 46 percent said yes", where the question is a second,
// agentless report). A passive stance verb reports its subject, the agent
// being the source ("The bill was endorsed by the union"). A relative
// "that" after a noun is the subject of a thought, finding or stance verb
// ("residents that believe the rents will rise", "towns that support the
// permits"), not of a statement verb ("an advisory that warned"). A title-case
// headline whose verb is a cue ("Senator Says Plan Will Fail") is read like
// a sentence. Quotation marks around a term or name are not claims.
//
// Cue words come from package lexicon, which spells each speech, thought,
// finding and stance verb once with the properties the rules test, and
// holds the cue nouns ("X's claim that", "his refusal to", "their
// warnings that") and adjectives ("was critical of"); WithLexicon gives an
// Extractor other cue verbs. They come also from verbs learned from the
// PolNeAR training split (learned_cues.txt, written by
// internal/cmd/gencues): stance and action
// verbs such as "endorsed X", "criticized X" or "wants to V", each kept
// only when its claims matched annotated attributions often enough.
//
// # Acts
//
// Every claim says what kind of attribution it is, in Claim.Act, after
// its cue's entry in package lexicon: a Statement (words said or
// written: "said", "told", "warned", "according to", a quotation, a
// colon), a Thought (a belief, intention, plan, hope or fear:
// "believes", "wants to"), a Finding (what a study, poll, record or
// document shows: "found", "seems to") or a Stance (an action or a
// position: "refused to", "supports", "criticized"). A learned verb the
// lexicon does not know ("focused on", "pushed for") is a stance; any
// other cue the lexicon does not know is a statement. An Extractor returns every act unless
// WithActs selects some; extract.Pipeline returns statements by default.
//
// # Speakers
//
// The speaker is found by sieves, from the most to the least precise; the
// one that decided is named in Claim.Rule, a [Rule] whose row in the rule
// table (rules.go) gives its name, what it matches ([Rule.Doc]) and its
// fallback confidence. The rules are "quote-cue-name",
// "quote-cue-org", "quote-cue-pronoun", "quote-cue-nominal" and
// "quote-cue-unnamed" for a quotation with its cue; "cue-subject" (a
// person named as the subject of the cue), "org-speaker" (an organization
// or country), "according-to", "pronoun" (he, she, they, it, resolved by
// gender, number and recency to the previous speaker or the last
// compatible mention), "nominal" ("the minister", "the ministry", "the two
// men", resolved through the entities' titles and the words written before
// their names), "unnamed" ("one official", "critics": Speaker.Entity is ""
// and Speaker.Name the description), "described" (a subject phrase that
// names no entity and no known role, kept as written: "nearly eight in ten
// voters"), "joint" (several sources, the first
// in Speaker and the rest in Others), "continuation" (a quotation with no
// cue that goes on with the previous speaker's words, past a thought or
// stance reported since in the paragraph ("Baker told the chamber before
// mocking Cole's offer. “She only wants to talk now.”"), or opens the
// paragraphs of the next), "run-on" (a quoted paragraph with no cue of
// its own after a paragraph whose last sentence reported the same
// speaker's words, or, when no attribution follows it, the last named
// speaker up to three paragraphs before), "block-colon" (a block quotation
// after a source and a colon, a quotation closing its paragraph after
// a clause and a colon: "The mayor was blunt: “…”", or one after a name
// and a colon: "Finch on the levy: “…”"), "headline", "title-cue" (the
// capitalized source of a title-case headline verb), "passive-agent" (the
// agent of a passive stance verb), "in-poll" ("In the latest poll, Lopez
// leads", "Lopez leads in most surveys"), "agentless" (a report that names no
// source, "The vote is expected to be close", "The plan seems to have
// failed", "He was accused of lying", "When asked about the plan, …":
// Speaker is empty), "transcript" (a
// line "WHITLOCK: …" whose label names a person of the article),
// "pronoun-unresolved" (a pronoun with no antecedent, or the writer's own
// "I" outside quotation marks, kept as written) and
// "no-speaker".
// Quotations whose speaker is not found ("no-speaker") and the writer's
// own first person are dropped unless WithUnattributed is given: neither
// is a statement attributed to a source.
//
// # Confidence
//
// Confidence is learned per rule: internal/cmd/gencues runs the
// extractor over the PolNeAR training split and records, for each rule,
// the share of claims matching an annotated attribution whose speaker
// overlaps the annotated source, or which, like the annotation, have none
// (learned_conf.txt, smoothed; a rule with few training claims keeps a
// conservative hand-set value). Names beside a
// quotation's cue score highest, then named subjects of a cue, then
// pronouns and descriptions; an unresolved source phrase kept as written
// scores about one half. A claim cued by a learned stance verb
// ("endorsed", "criticized") has its confidence multiplied by the verb's
// training precision. Of the claims at 0.9 or above, at least nine in ten
// have the right speaker.
//
// # Positions
//
// A claim's text, cue and speaker are byte spans into the article's
// original text: Text == doc.Text[Start:End], Cue == doc.Text[CueSpan],
// Speaker.Text == doc.Text[Speaker.Span]. A direct claim's span excludes
// the enclosing quotation marks. A quotation over several paragraphs
// gives one claim per paragraph, each with the speaker and cue of the
// whole, as annotated news corpora count them. Regions the corpus marks as
// non-article matter are skipped.
//
// # Concurrency
//
// An Extractor holds only immutable settings and lexicons, which load once
// per process, and is safe for concurrent use.
package claim
