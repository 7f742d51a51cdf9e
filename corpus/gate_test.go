package corpus

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gateLines are lines that the gated expressions match: at least one for
// each expression (TestGatesPassTheirMatches checks that), most of them
// from the tests of cleaning, bylines and credits.
var gateLines = []string{
	// reCaptionLabel
	"PHOTO: The minister arrives for talks in Oslo", "File photo: the harbour", "Caption:", "image credit: Jane Roe",
	"Pictured: the harbour", "PHOTOGRAPH :", "credit: Jane Roe",
	// reCreditEnd
	"The two ministers at the harbour on Monday (Jane Roe/Wire Agency)", "[Jane Roe/Wire/Pool]",
	"The harbour (Photo: Jane Roe/Reuters) .", "Talks (Photos by Jane Van Roe / AFP / Pool)  .", "(Jane Roe/Wire)\t",
	// reAgencyPhoto
	"The ministers meet in Oslo on Monday. AFP PHOTO", "The harbour (AP Photo)", "A view. AFP PHOTO / Jane Roe",
	"The harbour. (Getty Images)", "The harbour/Getty Images.", "Harbour. Reuters PHOTOS ]", "A view. Wire IMAGES) .",
	"The harbour. Wire Photos", "Harbour. REUTERS/Jane Roe/File Photo",
	// rePosition
	"The minister (L) greets his guest in Oslo.", "Jane Roe (2nd R) and John Doe", "Ministers (L to R) Jane, John",
	"Ministers (from left) Jane, John", "The minister (Centre)", "The minister (CENTER) at the harbour", "(R-L)",
	// reDateEnd
	"The harbour at dawn [10/9/2016]", "The harbour [2016-10-09]  ",
	// reSources
	"Sources: Wire/Daily News", "(Source: Wire)", "SOURCE : Daily News",
	// reAgencies
	"With agencies", "— Agencies", "(Agencies)", "with news wires.", "Wire Services", "- AGENCIES )", "News Agencies",
	// reSeeAlso
	"See also Weekly Analysis: Why the Talks Stalled", "Read more: Talks resume", "Related stories", "Watch: the harbour",
	"Listen", "Recommended", "More on this story", "Also read: x", "ALSO SEE", "read also — x",
	// reSeeSection
	"See World Briefing, May 2: Ports Reopen",
	// reLabelNumber
	"Media ID: 123456", "Ref No: A-1234", "Code #AB", "Death toll: 15000", "Item #: 12/34.5", "Ref.#a#b", "File ID#\t12",
	"No:\t1/2", "Case No. #7-B",
	// reSlug
	"talks-resume-oslo-02-05-17", "a_b_c/",
	// reURL
	"https://example.com/a/b", "www.example.com", "HTTP://EXAMPLE.COM",
	// reByline
	"By Jane Roe", "Reporting by Jane Roe; Editing by John Roe", "compiled by Ann Lee", "Additional reporting by John Doe",
	"Written by Jane Roe", "Posted by Jane Roe", "Editing by Jane Roe", "BY JANE ROE",
	// reStamp
	"Published: July 3, 2016", "Updated 10:15 GMT", "Last updated 2 hours ago", "First published on 3 May", "posted on 5",
	// reCopyright
	"© 2016 Example Site", "(c) Example Site", "Copyright 2016", "(C) 2016",
	// reCall
	"Click here to subscribe", "Sign up for our newsletter", "Subscribe to the Courier", "Follow us on Twitter",
	"Join us on Facebook", "Download our app", "Download the app", "Like us on Facebook",
	// reImageFile
	"harbour.jpg", "harbour.JPEG", "a.png", "b.GIF", "c.webp",
	// reCommentsHead
	"12 Comments", "3 Responses to “Talks”", "5 thoughts on “Talks”", "Leave a Reply", "Comments", "Reader comments:",
	"Post a comment", "Add your comment", "Join the discussion", "Comments are closed.", "Discussion", "Responses",
	"Show comments", "View comments", "1 reply",
	// reReply
	"Reply", "Log in to Reply", "Login to reply", "Report", "Report abuse", "Reply ↓", "↓ Reply",
	// reSays
	"Jane Doe says:", "Anna says :",
	// reListItem
	"1. Great article, thanks.", "2) Who paid for this?", "• A nested answer.", "– an answer", "— an answer", "· an answer",
	"▪ an answer",
	// reBio
	"Jane Roe is a reporter based in Oslo.", "John Roe was the editor", "Ann Lee has been a Reporter",
	"Émile Roux is an author",
	// reClock
	"May 2, 2017 at 3:14 pm",
	// reBy
	"By Jane Roe, Daily Courier", "Written by Jane Roe", "Story by Jane Roe", "Posted by Jane Roe", "Words by Jane Roe",
	"Text by Jane Roe",
	// reContact
	"Jane Roe is the Courier's food writer. Follow her on Twitter: @janeroe", "Reach him at the desk", "E-mail: desk",
	"Email the desk", "@jane", "FOLLOW US", "follow\tthem", "Follow me", "reach  her", "REACH THEM", "send e-mail", "x@_",
	// reContributorLabel
	"— With files from The Associated Press", "(Reporting by Jane Roe in Oslo; Additional reporting by John Doe; Editing by Ann Lee.)",
	"Research by Jane Roe", "Compiled by Jane Roe", "Produced by Jane Roe", "Graphics by Jane Roe", "Fact-checking by Jane Roe",
	"fact checking from Jane Roe", "Writing by Jane Roe", "Further reporting from Jane Roe", "WITH FILES FROM WIRE",
	"with\tfiles\nfrom  x", "Editing By\tx", "x; editing from y",
	// reBracket
	"The harbour. (Jane Roe/Reuters)", "[AP Photo/Jane Roe]", "(Jane Roe]",
	// rePhotoLabel
	"Photo: Jane Roe", "Photo by Jane Roe", "File photo by Jane Roe", "Photo credit: Jane Roe", "  Credit: Jane Roe",
	"Images: Jane Roe", "Photographs by Jane Roe", "pictures by Jane",
	// reDateline
	"OTTAWA — The minister said", "PORT LOUIS, Mauritius — The minister said", "ITHACA, N.Y., Oct. 14 (UPI) — The minister",
	"LONDON, Jan. 3 (Reuters) - The minister", "WASHINGTON -- The minister", "ÉVIAN ― The minister", "OSLO – The minister",
	// reDateMDY, reDateDMY, reDateISO
	"July 25, 2016", "Published: Sept. 3rd, 2016", "25 July 2016", "3rd Sept, 2016", "2016-07-25", "Posted 2016-07-25T10:00",
	"Tuesday,\tMay\t2,\t2017",
}

// variants returns s with the changes that the gates must survive: other
// cases, the non-ASCII case folds of s and k, white space and
// punctuation around it.
func variants(s string) []string {
	return []string{
		s, strings.ToUpper(s), strings.ToLower(s), swapCase(s),
		strings.NewReplacer("s", "ſ", "S", "ſ").Replace(s), strings.NewReplacer("k", "\u212A", "K", "\u212A").Replace(s),
		" " + s, s + " ", "\t" + s + "\t", s + ".", "(" + s + ")", "x " + s, s + " x",
	}
}

func swapCase(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, s)
}

// checkGates reports every gate that rejects s though its expression
// matches s.
func checkGates(t *testing.T, s string) {
	t.Helper()
	for _, g := range gates {
		if !g.may(s) && g.re.MatchString(s) {
			t.Errorf("the gate of %s rejects %q, which it matches", g.re, s)
		}
	}
}

// TestGatesPassTheirMatches checks that no gate rejects a line of the
// table, or a variant of one, that its expression matches, and that each
// expression matches a line of the table.
func TestGatesPassTheirMatches(t *testing.T) {
	require.NotEmpty(t, gates)
	matched := map[*gated]bool{}
	for _, s := range gateLines {
		for _, g := range gates {
			if g.re.MatchString(s) {
				matched[g] = true
			}
		}
		for _, v := range variants(s) {
			checkGates(t, v)
		}
	}
	for _, g := range gates {
		assert.True(t, matched[g], "no line of the table matches %s", g.re)
	}
}

// TestGatesOnTexts checks the gates on every line of the seeds and, when
// the corpora are beside the repository, of PolNeAR dev, GGT dev and the
// sentences of CoNLL-2003 valid; and, on the lines short enough to be
// page matter (300 bytes), on their variants in other cases and on their
// rest after each sentence's end and bracket, where the scans of credits
// take it up (not under -short or the race detector).
func TestGatesOnTexts(t *testing.T) {
	shared := filepath.Join("..", "..", "shared", "corpora")
	var lines []string
	for _, pattern := range []string{
		"../testdata/seeds/*.txt",
		filepath.Join(shared, "polnear", "dev", "text", "*.txt"),
		filepath.Join(shared, "ggt", "dev", "*.txt"),
	} {
		paths, err := filepath.Glob(pattern)
		require.NoError(t, err)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	lines = append(lines, conllSentences(t, filepath.Join(shared, "conll2003", "valid.txt"))...)
	n := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		n++
		vs := []string{l}
		if len(l) <= 300 && !testing.Short() && !raceEnabled { // the lines that may be matter, not prose
			vs = variants(l)[:6]
			for i := 1; i < len(l); i++ {
				if l[i-1] == '(' || l[i-1] == '[' || l[i-1] == ' ' && i > 1 && strings.ContainsRune(".!?", rune(l[i-2])) {
					vs = append(vs, l[i:])
				}
			}
		}
		for _, v := range vs {
			checkGates(t, v)
		}
	}
	t.Logf("%d lines", n)
}

// conllSentences returns the sentences of a CoNLL file, their words
// joined by spaces, or nothing when the file is absent.
func conllSentences(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil
	}
	require.NoError(t, err)
	defer f.Close()
	var out, words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w, _, _ := strings.Cut(sc.Text(), " ")
		switch {
		case w == "" && len(words) > 0:
			out = append(out, strings.Join(words, " "))
			words = words[:0]
		case w != "" && w != "-DOCSTART-":
			words = append(words, w)
		}
	}
	require.NoError(t, sc.Err())
	return append(out, strings.Join(words, " "))
}

// FuzzGates checks that no gate rejects a string its expression matches.
func FuzzGates(f *testing.F) {
	for _, s := range gateLines {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkGates(t, s)
	})
}

// TestFoldsLeaveASCII checks the fact that the gates rest on: under
// (?i), an ASCII letter matches only itself and its ASCII twin, but s
// also ſ and k also the Kelvin sign, as foldAt has it.
func TestFoldsLeaveASCII(t *testing.T) {
	for c := 'a'; c <= 'z'; c++ {
		var out []rune
		for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
			if r >= utf8.RuneSelf {
				out = append(out, r)
			}
		}
		switch c {
		case 's':
			assert.Equal(t, []rune{'ſ'}, out)
		case 'k':
			assert.Equal(t, []rune{'\u212A'}, out)
		default:
			assert.Empty(t, out, "%c folds to %q", c, out)
		}
	}
}

// TestLowerCaseLength checks the bound that lets isBoilerplate skip
// lowering long lines: no rune's lower case is under a third of its bytes.
func TestLowerCaseLength(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if l := unicode.ToLower(r); 3*utf8.RuneLen(l) < utf8.RuneLen(r) {
			t.Errorf("%U lowers to %U", r, l)
		}
	}
	assert.Equal(t, len("skip to main content"), maxFurniture)
}

func TestGateHelpers(t *testing.T) {
	assert.True(t, hasSpaceYear("in 2016"))
	assert.True(t, hasSpaceYear("\t1999"))
	assert.False(t, hasSpaceYear("in 201"))
	assert.False(t, hasSpaceYear("x2016 "))
	assert.True(t, hasISODate("2016-07-25"))
	assert.True(t, hasISODate("on 1-2-3 and 2016-07-25T10"))
	assert.False(t, hasISODate("2016-07-2"))
	assert.False(t, hasISODate("2016-7-25"))
	assert.False(t, hasISODate("-"))
	assert.True(t, foldAt("ſHow", "show"))
	assert.Equal(t, 5, foldLen("ſHow it", "show"))
	assert.Equal(t, -1, foldLen("sho", "show"))
	assert.True(t, foldBefore("a checKing", "checking"))
	assert.True(t, foldBefore("a chec\u212Aing", "checking"))
	assert.True(t, foldBefore("fileſ", "files"))
	assert.False(t, foldBefore("iles", "files"))
	assert.True(t, foldThen("Follow \t ſ", "follow", "us", "s"))
	assert.False(t, foldThen("followus", "follow", "us"))
	assert.False(t, foldThen("follow ", "follow", "us"))
	assert.True(t, mayContact("E-MAIL"))
	assert.True(t, mayContact("(email)"))
	assert.True(t, mayContact("x @a"))
	assert.True(t, mayContact("é Reach them"))
	assert.False(t, mayContact("@ a, mail, reach out, follow suit"))
	assert.False(t, mayContact("emails, female, unfollow them, breach them"))
	assert.True(t, hasLabel("Additional REPORTING\tfrom x"))
	assert.True(t, hasLabel("fact-checking by "))
	assert.False(t, hasLabel("fact-checking by"))
	assert.False(t, hasLabel("reporting, by the way"))
	assert.False(t, hasLabel("by the files"))
	assert.False(t, hasLabel("reporting byline"))
	assert.True(t, foldAt("\u212Aey", "key"))
	assert.True(t, foldAt("(C) 2016", "(c)"))
	assert.False(t, foldAt("\x0e", "."))
	assert.False(t, foldAt("sho", "show"))
	assert.True(t, endsFold("a.JPEG", ".jpeg"))
	assert.True(t, endsFold("researcH", "research"))
	assert.False(t, endsFold("jpg", ".jpg"))
	assert.True(t, endsInCloser("(a) \t."))
	assert.False(t, endsInCloser("(a).."))
	assert.True(t, firstIn("ſ", "s"))
	assert.False(t, lastIn("", "s"))
}
