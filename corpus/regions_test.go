package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// region is a region as the tests write it: kind and text.
type region struct {
	Kind RegionKind
	Text string
}

func regionsOf(text string) []region {
	var out []region
	for _, r := range FindRegions(text) {
		out = append(out, region{r.Kind, r.In(text)})
	}
	return out
}

const body = "The minister said on Monday that the talks would resume.\n\nOfficials in the capital welcomed the news.\n\n"

func TestFindRegions(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []region
	}{
		{"none", body, nil},
		{"photo label", "PHOTO: The minister arrives for talks in Oslo\n\n" + body,
			[]region{{Caption, "PHOTO: The minister arrives for talks in Oslo"}}},
		{"caption label then caption", "Harbour Talks Resume\nCaption:\n\nThe two ministers at the harbour on Monday.\n\n" + body,
			[]region{{Caption, "Caption:\n\nThe two ministers at the harbour on Monday."}}},
		{"credit in parentheses", body + "The two ministers at the harbour on Monday (Jane Roe/Wire Agency)\n",
			[]region{{Caption, "The two ministers at the harbour on Monday (Jane Roe/Wire Agency)"}}},
		{"credit in brackets", body + "The ministers meet in Oslo.\n[Jane Roe/Wire/Pool]\n",
			[]region{{Caption, "[Jane Roe/Wire/Pool]"}}},
		{"agency photo", body + "The ministers meet in Oslo on Monday. AFP PHOTO\n",
			[]region{{Caption, "The ministers meet in Oslo on Monday. AFP PHOTO"}}},
		{"position marker", body + "The minister (L) greets his guest in Oslo.\n",
			[]region{{Caption, "The minister (L) greets his guest in Oslo."}}},
		{"repeated line", body + "Two ministers at a news conference in Oslo\nTwo ministers at a news conference in Oslo\n\nMore text follows here.\n",
			[]region{{Caption, "Two ministers at a news conference in Oslo\nTwo ministers at a news conference in Oslo"}}},
		{"boilerplate", "Share\n\n" + body + "Advertisement\n\nThe rest of the story.\n",
			[]region{{Boilerplate, "Share"}, {Boilerplate, "Advertisement"}}},
		{"see also and section links", body + "See also Weekly Analysis: Why the Talks Stalled\n\nSee World Briefing, May 2: Ports Reopen\n\nMore text.\n",
			[]region{{Boilerplate, "See also Weekly Analysis: Why the Talks Stalled\n\nSee World Briefing, May 2: Ports Reopen"}}},
		{"slug, URL, label, site name", "News Today | Example Site\nSelect Page\nMedia ID: 123456\n\n" + body + "talks-resume-oslo-02-05-17\nhttps://example.com/a/b\n",
			[]region{{Byline, "News Today | Example Site"}, {Boilerplate, "Select Page\nMedia ID: 123456"}, {Boilerplate, "talks-resume-oslo-02-05-17\nhttps://example.com/a/b"}}},
		{"byline and shouted label", "LATEST\n\nBy Jane Roe\n\n" + body,
			[]region{{Boilerplate, "LATEST"}, {Byline, "By Jane Roe"}}},
		{"sources", body + "Sources: Wire/Daily News\n\nNext story.\n\nSource: Wire\n",
			[]region{{SourceLine, "Sources: Wire/Daily News"}, {SourceLine, "Source: Wire"}}},
		{"comments after a biography", body + "Jane Roe is a reporter based in Oslo.\n\n  1. Great article, thanks.\n    I disagree with it.\n\n  2. Who paid for this?\n",
			[]region{{Comments, "1. Great article, thanks.\n    I disagree with it.\n\n  2. Who paid for this?"}}},
		{"comment count heading", body + "More of the story here.\n\n3 Comments\n\nAnna says:\nMay 2, 2017 at 3:14 pm\nNice.\nReply\n",
			[]region{{Comments, "3 Comments\n\nAnna says:\nMay 2, 2017 at 3:14 pm\nNice.\nReply"}}},
		{"reply buttons", body + "More of the story here.\n\nI think the minister is wrong.\nReply\n\nMe too.\nLog in to Reply\n",
			[]region{{Comments, "I think the minister is wrong.\nReply\n\nMe too.\nLog in to Reply"}}},
		{"indented thread", body + "The end of the story.\n\n  1. First reply here.\n      • A nested answer.\n  2. Another reply.\n",
			[]region{{Comments, "1. First reply here.\n      • A nested answer.\n  2. Another reply."}}},
		{"numbered list in the article stays", "Intro line one.\n\nThe plan has three parts:\n1. A ceasefire.\n2. Aid deliveries.\n3. Talks.\n\nThe envoy said more.\n", nil},
		{"said colon stays", body + "The minister said:\n\nWe will not accept this.\n", nil},
		{"crlf", "Share\r\n\r\n" + strings.ReplaceAll(body, "\n", "\r\n"), []region{{Boilerplate, "Share"}}},
		{"byline without by", "Jane Roe, The Canadian Press\n\n" + body, []region{{Byline, "Jane Roe, The Canadian Press"}}},
		{"notes on contributors", body + "— With files from The Associated Press\n\n(Reporting by Jane Roe; Editing by John Doe)\n",
			[]region{{Byline, "— With files from The Associated Press\n\n(Reporting by Jane Roe; Editing by John Doe)"}}},
		{"credit opens a caption", body + "Jane Roe / The Canadian Press Two ministers meet in Oslo.\n",
			[]region{{Caption, "Jane Roe / The Canadian Press Two ministers meet in Oslo."}}},
		{"credit closes a caption", body + "Two ministers meet in Oslo on Monday. Jane Roe/Reuters\n",
			[]region{{Caption, "Two ministers meet in Oslo on Monday. Jane Roe/Reuters"}}},
		{"credit in a paragraph stays", "Officials met. ( Jane Roe / Toronto Star ) They agreed on a plan and went home.\n\n" + body, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, regionsOf(tc.text))
		})
	}
}

// gold is the part of a gold file that cleaning is measured against.
type gold struct {
	CommentsStart string `json:"comments_start"`
}

func TestSeedRegions(t *testing.T) {
	for _, path := range seedPaths(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			text := string(b)
			g := readGold(t, path)
			regions := FindRegions(text)
			var comments []Region
			for _, r := range regions {
				if r.Kind == Comments {
					comments = append(comments, r)
				}
				t.Logf("%-11s %.70q", r.Kind, r.In(text))
			}
			if g.CommentsStart == "" {
				assert.Empty(t, comments, "no comments in this article")
				return
			}
			require.Len(t, comments, 1)
			at := strings.Index(text, g.CommentsStart)
			require.GreaterOrEqual(t, at, 0)
			assert.LessOrEqual(t, comments[0].Start, at, "comments start no later than the gold snippet")
			assert.Empty(t, strings.TrimLeft(text[comments[0].Start:at], "0123456789. \t"), "and no earlier than its list marker")
		})
	}
}

func readGold(t *testing.T, seed string) gold {
	name := strings.TrimSuffix(filepath.Base(seed), ".txt") + ".json"
	b, err := os.ReadFile(filepath.Join("../testdata/gold", name))
	require.NoError(t, err)
	var g gold
	require.NoError(t, json.Unmarshal(b, &g))
	return g
}

// TestSeedRegionsKeepGold checks that cleaning hides nothing the gold
// answers need: every gold entity keeps a mention outside Boilerplate and
// Comments, and every gold claim lies outside all regions.
func TestSeedRegionsKeepGold(t *testing.T) {
	for _, path := range seedPaths(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			text := string(b)
			d := &Document{Text: text, Regions: FindRegions(text)}
			var g struct {
				Entities []struct {
					Name    string   `json:"name"`
					Aliases []string `json:"aliases"`
				} `json:"entities"`
				Claims []struct {
					Text string `json:"text"`
				} `json:"claims"`
			}
			raw, err := os.ReadFile(filepath.Join("../testdata/gold", strings.TrimSuffix(filepath.Base(path), ".txt")+".json"))
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(raw, &g))
			for _, e := range g.Entities {
				kept := false
				for _, alias := range append(e.Aliases, e.Name) {
					for off := 0; !kept; {
						i := strings.Index(text[off:], alias)
						if i < 0 || alias == "" {
							break
						}
						s := Span{off + i, off + i + len(alias)}
						kept = !d.SkippedAs(s, Boilerplate, Comments)
						off = s.End
					}
				}
				assert.True(t, kept, "entity %q is only in skipped matter", e.Name)
			}
			for _, c := range g.Claims {
				i := strings.Index(text, c.Text)
				if i < 0 {
					continue
				}
				assert.False(t, d.Skipped(Span{i, i + len(c.Text)}), "claim %.40q is in a region", c.Text)
			}
		})
	}
}
