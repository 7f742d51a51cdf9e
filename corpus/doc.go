// Package corpus reads news articles and lays out their text: paragraphs,
// sentences, tokens and the regions that are not part of the article body
// (photo captions, boilerplate, source lines, reader comments).
//
// Articles come from a file (ReadFile), any reader (Read), a folder walked
// recursively for *.txt and *.jsonl files (Files, ReadDir), or JSON Lines
// records (Records, ReadRecords):
//
//	{"id": "a1", "title": "...", "text": "...", "source": "...", "date": "2016-09-09"}
//
// Streams are iter.Seq2[*Article, error] and go on past a bad record; the
// batch functions collect them and return the bad ones as an ErrorList.
// Parse then lays an article out as a Document.
//
// # Positions
//
// The original bytes of an article are never rewritten. Every span that this
// package, and every package built on it, reports is a pair of byte offsets
// into Article.Text, so that for any span s:
//
//	article.Text[s.Start:s.End] == the text the span stands for
//
// Tokens lie inside their sentence, sentences inside their paragraph, and
// all of them are in text order. Line ends may be LF, CRLF or a lone CR.
//
// prose, which tokenizes and segments, and internal/postag, which tags as
// prose's tagger does, see a copy of each paragraph of exactly the same
// length, in which no-break and zero-width spaces, control characters and
// bytes of invalid UTF-8 are replaced byte for byte by ASCII spaces. So a
// no-break space separates words as a space does, and an offset into the
// copy is an offset into the original.
//
// Invalid UTF-8 is not an error for Parse: bad bytes are gaps between
// tokens, and no token ever holds part of a rune. Loaders report it (an
// *Error wrapping ErrInvalidUTF8, with the offset of the first bad byte)
// but still return the article. Blank text is ErrNoText; NUL bytes or
// control-character soup is ErrBinary, and loaders drop such input.
//
// Normalization (Unicode NFKC, which also splits ligatures, typographic
// quotes and dashes, no-break and zero-width spaces) is applied only to the
// copies used for matching, Token.Norm and Normalize, never to the text that
// offsets point into.
//
// # Sentences
//
// Sentences come from prose's punkt segmenter, run per paragraph, then
// repaired by general rules: a title abbreviation ("Gen.", "Gov.", "St.")
// or an initial in a name never ends a sentence, nor does a full stop
// followed by a lower-case word; a closing quotation mark or bracket after
// the final stop stays with its sentence; a capital acronym ("U.S.") before
// a sentence opener ("The", "He") ends one.
//
// # Cleaning
//
// FindRegions marks, and never deletes, the lines that are not article
// body. Its rules describe news web pages in general, not any site:
//
//   - Caption: "PHOTO:"/"Caption:" labels (a bare label takes the next line
//     too), a line ending in a credit such as "(Name/AGENCY)",
//     "[Name/Agency/Pool]" or "AFP PHOTO", position markers "(L)", "(R)",
//     a bracketed date at the end, a line repeated twice in a row, and long
//     present-tense lines with no final stop ("X and Y shake hands ...").
//   - Boilerplate: page furniture ("Advertisement", "Share", "Select
//     Page"), "See also ..." and "See Section: title" links, label-number
//     lines ("Media ID: 123"), URL slugs and URLs, time stamps and
//     copyright lines. A short line in capitals is not furniture as such:
//     "AMERICAN LEAGUE" or "CHICAGO AT TORONTO" head a table of results.
//   - Byline: "By Jane Roe" lines and "Headline | Site Name" title bars,
//     and the lines that are a byline or a credit and nothing else (see
//     below): "Jane Roe, The Canadian Press", "With files from ...". A line
//     that a photo credit opens or closes ("Jane Roe/Reuters Two
//     ministers meet") is a Caption.
//   - SourceLine: "Sources: ..." and "Source: ..." lines.
//   - Comments: everything from the first reader comment to the end: after
//     a comment heading ("12 Comments", "Leave a Reply"), a "Name says:"
//     line over a time, the comment above a "Reply" button, a numbered list
//     right after an author biography, or a trailing block of indented
//     replies under a flush-left article.
//
// Paragraph.Skip says whether a paragraph lies in a region; Document.Skipped,
// SkippedAs and RegionAt answer for any span. Captions, source lines and
// bylines still name people and outlets; a stage that wants those names
// skips only Boilerplate and Comments, with SkippedAs. Paragraph.Heading marks headlines and
// subheads, where "Name: statement" is an attribution.
//
// # Bylines, credits and datelines
//
// FindMeta (and Parse, as Document.Meta) finds what an article says about
// its own making, and reads the names in it:
//
//   - bylines: "By Jane Roe, CBC News", "Jane Roe, The Canadian Press"
//     or "Jane Roe Staff Writer" at the top or bottom, "Follow Jane Roe on
//     Twitter", and an author's note that gives a journalist's job and a
//     way to reach them ("Jane Roe is the Courier's food writer. Follow her
//     on Twitter: @janeroe");
//   - credits: photo credits in brackets anywhere ("(Jane Roe/Reuters)",
//     "(Photo: Jane Roe)", "(Getty Images)"), closing a caption after its
//     last sentence ("... on Monday. Jane Roe/The Associated Press") or
//     opening one ("Jane Roe / The Canadian Press Two ministers meet");
//     "With files from ...", "Reporting by ...; Editing by ...", "Jane
//     Roe contributed reporting" and, at the bottom, "Jane Roe reported
//     from Oslo";
//   - the dateline that opens one of the first lines of prose: a place in
//     capitals, maybe a region, a date and an agency, then a dash
//     ("OTTAWA —", "WASHINGTON (AP) —", "LONDON, Jan. 3 (Reuters) -").
//
// Names are people (two to five name words) or outlets (a news agency or
// picture library of a short list in data/credits.txt, a name ending in
// an outlet's head word such as "Press" or "Times", an acronym, or one
// word where a credit's shape calls for an outlet: "Instagram"). The
// people of bylines are Meta.Authors; everyone else is in Meta.Credits.
// Their names are no people of the story: Meta.Credited says whether a
// span lies in a byline or credit. A dateline is no part of any content:
// Meta.Clip cuts it off a span.
//
// # Concurrency
//
// Loading and parsing are safe for concurrent use: the tokenizer, segmenter
// and tagger models are loaded once per process and never mutated
// afterwards. A Document is immutable once returned and may be shared
// between goroutines. The iterators are single-use and belong to one
// goroutine; an ErrorList is not safe for concurrent use.
package corpus
