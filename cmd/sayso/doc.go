// Command sayso reads English news articles and writes, for each, its
// canonical entities and its attributed claims ("who said what").
//
// Install it with
//
//	go install github.com/sayso/sayso/cmd/sayso@latest
//
// # Usage
//
//	sayso [-format jsonl|json|table|html] [-corpus] [-pretty] [-acts LIST] [-layout] [-trace] [-text] [-chars] [-jsonl] [file|folder|-]...
//
// Files may be plain text (one article each) or JSON Lines (*.jsonl, one
// article per record); folders are read recursively. "-", or no argument
// when standard input is a pipe or a file, reads standard input: JSON Lines
// with -jsonl, or when its first line is an article record, as in
//
//	{"id": "a1", "title": "...", "text": "...", "source": "...", "date": "2016-09-09"}
//
// and one article of plain text otherwise. With no argument and standard
// input a terminal it runs on the seed articles in testdata/seeds.
//
// -format chooses the output: "jsonl" (the default: one JSON object per
// article, one per line, in input order), "json" (one JSON array of them
// all), "table" (text for people) or "html" (one web page). -pretty indents
// the JSON. -acts chooses the claims written: "statement" (the default:
// what sources said or wrote), "all", or a comma-separated list of
// statement, thought, finding and stance. -layout adds sentences and
// tokens, -trace how every claim and entity was decided, -text the
// article's text, title, source and date, and -chars code-point offsets
// (Python's str indices) beside every byte offset.
//
// -corpus writes, instead of a result per article, one corpus view of them
// all (package collection): each person, organization, place or group once
// with every alias, title and article; each claim once with every article
// that printed it, parts linked to the whole; and who said what. It is one
// JSON object (see the README, "Across articles"), a table, or a page.
//
// # Progress and messages
//
// When standard error is a terminal and there is more than one article, a
// progress bar there shows the count, the rate and the time left (the count
// and rate only when the number of articles cannot be known beforehand, as
// for standard input). In a pipe, a file or CI it writes nothing but
// messages, each a line starting "sayso: ".
//
// # Exit status
//
// 0 when every article was written; 1 when any article failed (the others
// are written) or the output could not be; 2 for a usage error; 130 when
// interrupted (Ctrl-C).
package main
