package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		wantErr error
		offset  int64
		title   string
		date    time.Time
	}{
		{name: "plain", text: "Envoy Hopeful on Talks\n\nThe envoy said talks would resume.\n", title: "Envoy Hopeful on Talks"},
		{name: "no headline", text: "The envoy said talks would resume.\n"},
		{name: "date line", text: "Envoy Hopeful on Talks\nPublished: July 25, 2016\n\nText here.", title: "Envoy Hopeful on Talks", date: time.Date(2016, 7, 25, 0, 0, 0, 0, time.UTC)},
		{name: "dateline", text: "GENEVA, Sept. 9, 2016 - The envoy said talks would resume.", date: time.Date(2016, 9, 9, 0, 0, 0, 0, time.UTC)},
		{name: "date in a sentence", text: "The envoy met the minister on March 24, 2016 in Moscow."},
		{name: "empty", text: "", wantErr: ErrNoText, offset: -1},
		{name: "blank", text: " \n\t\u00a0", wantErr: ErrNoText, offset: -1},
		{name: "binary", text: "PK\x03\x04\x00\x00\x08", wantErr: ErrBinary, offset: 4},
		{name: "invalid UTF-8", text: "Good text, then \xff bad.", wantErr: ErrInvalidUTF8, offset: 16},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Read(strings.NewReader(tc.text), tc.name)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				var e *Error
				require.ErrorAs(t, err, &e)
				assert.Equal(t, tc.name, e.ID)
				assert.Equal(t, tc.offset, e.Offset)
				assert.True(t, strings.HasPrefix(tc.wantErr.Error(), "corpus: "))
				if !errors.Is(err, ErrInvalidUTF8) {
					assert.Nil(t, a)
					return
				}
			} else {
				require.NoError(t, err)
			}
			require.NotNil(t, a)
			assert.Equal(t, tc.name, a.ID)
			assert.Equal(t, tc.text, a.Text, "text is kept byte for byte")
			assert.Equal(t, tc.title, a.Title)
			assert.Equal(t, tc.date, a.Date)
		})
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(path, []byte("Headline Here\r\n\r\nBody text.\r\n"), 0o644))
	a, err := ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, path, a.ID)
	assert.Equal(t, "Headline Here", a.Title)
	assert.Equal(t, "Headline Here\r\n\r\nBody text.\r\n", a.Text)

	_, err = ReadFile(filepath.Join(dir, "missing.txt"))
	require.ErrorIs(t, err, os.ErrNotExist)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, filepath.Join(dir, "missing.txt"), e.ID)
}

const jsonl = `{"id":"a1","title":"First","text":"The envoy spoke.","source":"Wire","date":"2016-09-09"}
{"id":2,"text":"Numeric id."}

{"text":"No id, no title: Envoy Upbeat\n\nBody."}
{"id":"bad","text": "unterminated
{"id":"empty","text":"  "}
{"id":"trail","text":"x"} junk
{"id":"last","text":"Still read after bad records.","date":"not a date"}
`

func TestRecords(t *testing.T) {
	arts, err := ReadRecords(strings.NewReader(jsonl), "feed.jsonl")
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	assert.Equal(t, []string{"a1", "2", "feed.jsonl:4", "last"}, ids)
	assert.Equal(t, "First", arts[0].Title)
	assert.Equal(t, "Wire", arts[0].Source)
	assert.Equal(t, time.Date(2016, 9, 9, 0, 0, 0, 0, time.UTC), arts[0].Date)
	assert.True(t, arts[3].Date.IsZero())

	var list ErrorList
	require.ErrorAs(t, err, &list)
	require.Len(t, list, 3)
	assert.Equal(t, "feed.jsonl:5", list[0].ID)
	assert.ErrorIs(t, list[0], ErrRecord)
	line5 := int64(strings.Index(jsonl, `{"id":"bad"`))
	assert.GreaterOrEqual(t, list[0].Offset, line5)
	assert.Equal(t, "feed.jsonl:6", list[1].ID, "a bad record is named by its file and line")
	assert.Contains(t, list[1].Error(), "record empty: ")
	assert.ErrorIs(t, list[1], ErrNoText)
	assert.Equal(t, int64(strings.Index(jsonl, `{"id":"empty"`)), list[1].Offset)
	assert.ErrorIs(t, list[2], ErrRecord)
	assert.ErrorIs(t, err, ErrNoText, "errors.Is sees through the list")
}

func TestRecordsStopEarly(t *testing.T) {
	n := 0
	for range Records(strings.NewReader(jsonl), "feed") {
		n++
		break
	}
	assert.Equal(t, 1, n)
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	}
	write("b.txt", "Second article.")
	write("a.txt", "First article.")
	write("sub/c.TXT", "Nested article with \xff a bad byte.")
	write("sub/d.jsonl", `{"id":"d1","text":"From JSON."}`+"\n"+`{"id":"d2"}`+"\n")
	write("sub/e.md", "Not read.")
	write("sub/empty.txt", "")

	arts, err := ReadDir(context.Background(), dir)
	var ids []string
	for _, a := range arts {
		ids = append(ids, filepath.ToSlash(strings.TrimPrefix(a.ID, dir)))
	}
	assert.Equal(t, []string{"/a.txt", "/b.txt", "/sub/c.TXT", "d1"}, ids)
	var list ErrorList
	require.ErrorAs(t, err, &list)
	require.Len(t, list, 3)
	assert.ErrorIs(t, list[0], ErrInvalidUTF8)
	assert.Equal(t, int64(20), list[0].Offset)
	assert.ErrorIs(t, list[1], ErrNoText) // d2 has no text
	assert.ErrorIs(t, list[2], ErrNoText) // empty.txt

	one, err := ReadDir(context.Background(), filepath.Join(dir, "a.txt"))
	require.NoError(t, err)
	require.Len(t, one, 1)

	// A file named by itself is read whatever its extension; only folder
	// walks filter by it.
	md, err := ReadDir(context.Background(), filepath.Join(dir, "sub", "e.md"))
	require.NoError(t, err)
	require.Len(t, md, 1)
	assert.Equal(t, "Not read.", md[0].Text)
	write("blob.bin", "\x00\x01\x02\x00binary\x00\x00")
	_, err = ReadDir(context.Background(), filepath.Join(dir, "blob.bin"))
	assert.ErrorIs(t, err, ErrBinary)
	jl, err := ReadDir(context.Background(), filepath.Join(dir, "sub", "d.jsonl"))
	assert.ErrorIs(t, err, ErrNoText)
	require.Len(t, jl, 1)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = ReadDir(ctx, dir)
	assert.ErrorIs(t, err, context.Canceled)

	_, err = ReadDir(context.Background(), filepath.Join(dir, "nope"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestErrorList(t *testing.T) {
	var list ErrorList
	assert.NoError(t, list.Err())
	list.Add("x", nil)
	assert.NoError(t, list.Err())
	list.Add("b", ErrBinary)
	list.Add("a", &Error{ID: "a", Offset: 3, Err: ErrInvalidUTF8})
	list.Sort()
	require.Error(t, list.Err())
	assert.Equal(t, "a: offset 3: corpus: invalid UTF-8 (and 1 more errors)", list.Err().Error())
	assert.ErrorIs(t, list.Err(), ErrBinary)
}
