package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"
)

// record is one JSON Lines record as written. ID is raw so that numeric ids
// are accepted; Date is a string so that an odd date format costs the date,
// not the record. Unknown fields are ignored.
type record struct {
	ID     json.RawMessage `json:"id"`
	Title  string          `json:"title"`
	Text   string          `json:"text"`
	Source string          `json:"source"`
	Date   string          `json:"date"`
}

// Records reads JSON Lines from r, one article per line:
//
//	{"id": "a1", "title": "...", "text": "...", "source": "...", "date": "2016-09-09"}
//
// Only "text" is required. A record without "id" is named "name:line". An
// unreadable "date" leaves Date zero; with no "date" at all, Date and a
// missing title come from the text, as for Read. Blank lines are skipped.
//
// A bad record (malformed JSON, no text, binary text) yields a nil article
// and an *Error named "name:line", with the byte offset of the problem in
// r (and the record's own id, if it has one, in the message), and reading
// goes on with the next line; a record whose text holds
// invalid UTF-8 sequences cannot occur, since JSON decoding replaces them.
// Only a read error from r ends the stream. It returns a single-use
// iterator.
func Records(r io.Reader, name string) iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		var off int64
		for line := 1; ; line++ {
			b, err := br.ReadBytes('\n')
			start := off
			off += int64(len(b))
			if line == 1 {
				if rest, ok := bytes.CutPrefix(b, []byte("\uFEFF")); ok {
					start += int64(len(b) - len(rest))
					b = rest
				}
			}
			if len(bytes.TrimSpace(b)) > 0 {
				if !yield(decodeRecord(b, start, fmt.Sprintf("%s:%d", name, line))) {
					return
				}
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				yield(nil, &Error{ID: name, Offset: off, Err: fmt.Errorf("corpus: read: %w", err)})
				return
			}
		}
	}
}

// ReadRecords reads every JSON Lines record from r, as Records does, and
// returns the articles and an ErrorList (as an error, nil when empty) of the
// bad records.
func ReadRecords(r io.Reader, name string) ([]*Article, error) {
	return Collect(Records(r, name))
}

// decodeRecord decodes one line that starts at byte offset start in the
// stream; where names the line for records without an id.
func decodeRecord(b []byte, start int64, where string) (*Article, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	var rec record
	if err := dec.Decode(&rec); err != nil {
		return nil, &Error{ID: where, Offset: start + jsonOffset(err, dec, len(b)), Err: fmt.Errorf("%w: %w", ErrRecord, err)}
	}
	if dec.More() || trailing(dec) {
		return nil, &Error{ID: where, Offset: start + dec.InputOffset(), Err: fmt.Errorf("%w: data after the record", ErrRecord)}
	}
	a := &Article{ID: recordID(rec.ID, where), Title: rec.Title, Source: rec.Source, Text: rec.Text}
	if err := Check(a); err != nil {
		var e *Error
		if errors.As(err, &e) {
			// Name the file and line, as for a record that cannot be
			// decoded, and keep the record's own id in the message; offsets
			// into a decoded string are not stream offsets.
			e.ID, e.Offset = where, start
			if a.ID != where {
				e.Err = fmt.Errorf("record %s: %w", a.ID, e.Err)
			}
		}
		return nil, err
	}
	if rec.Date != "" {
		a.Date = parseDate(rec.Date)
	} else {
		a.Date = DateOf(a.Text)
	}
	if a.Title == "" {
		a.Title = TitleOf(a.Text)
	}
	return a, nil
}

// jsonOffset returns where in the line of n bytes decoding failed.
func jsonOffset(err error, dec *json.Decoder, n int) int64 {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return int64(n) // the record was cut short: it failed at the line's end
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return se.Offset
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return te.Offset
	}
	return dec.InputOffset()
}

// trailing reports whether anything but white space follows the value.
func trailing(dec *json.Decoder) bool {
	rest, _ := io.ReadAll(dec.Buffered())
	return len(bytes.TrimSpace(rest)) > 0
}

// recordID returns the record's id as text: a JSON string unquoted, any
// other value as written, or where when there is none.
func recordID(raw json.RawMessage, where string) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return where
	}
	if raw[0] == '"' {
		var s string
		if json.Unmarshal(raw, &s) == nil && strings.TrimSpace(s) != "" {
			return s
		}
		return where
	}
	return string(raw)
}

// dateLayouts are the date formats accepted in a record's "date" field.
var dateLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02",
	time.RFC1123Z, time.RFC1123, "January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006",
}

// parseDate reads a record's date, or returns the zero Time.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
