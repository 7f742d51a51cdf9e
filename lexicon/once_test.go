package lexicon

import (
	"bufio"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// spelledElsewhere lists the words that may appear in a string literal of
// a hand-written Go file although they are forms of a lexicon verb, by
// file (relative to the module root) and word, each with the reason. A
// list of cue verbs spelled in a Go file is the defect this test exists
// to catch: put the verb in lexicon/data/verbs.txt instead, with a flag
// for the rule, and query the lexicon.
var spelledElsewhere = map[string]map[string]string{
	// Rules about one verb, which test its lemma or form in their own
	// code: a condition of that verb alone, not a list to keep in step.
	"claim/agentless.go":  {"asked": `the rule for "was asked whether"`},
	"claim/content.go":    {"call": `"called for X": X is the content`, "say": `"said of X": X is the topic`},
	"claim/cues.go":       {"state": `"state" reports only with "that" or a quotation`, "continue": `"he continued." beside a quotation`},
	"claim/participle.go": {"cite": `"citing X" names an informant`},
	"claim/reported.go": {
		"ask":  `"asked not to be named" is a request`,
		"call": `"called X a Y" names; "called for" is content`,
		"say":  `"said X" needs a clause`,
		"tell": `"told he had months to live": with no addressee, a passive`,
		"add":  `"the index added 1.4 points": an amount added, no words`,
	},
	"claim/retag.go": {"called": `the tagger's VBN in "a group called for"`},
	"claim/title.go": {"said": "a headline's irregular past", "told": "a headline's irregular past"},

	// Words that are verbs but play another part where they are written.
	"claim/rules.go":   {"described": `the speaker resolution "described"`},
	"claim/speaker.go": {"described": `the speaker resolution "described"`},
	"claim/np.go": {
		"told":    "auxWords marks it false: no auxiliary",
		"briefed": `postAdjectives: "officials briefed on"`,
		"opposed": `postAdjectives: "groups opposed to"`,
	},
	"corpus/document.go": {"comments": "the region kind of reader comments"},
	"corpus/regions.go": {
		"promoted": "page furniture", "tweet": "page furniture (a share button)",
		"like": "page furniture", "recommended": "page furniture",
		"see": "a gate's word", "read": "a gate's word", "written": "a gate's word", "reporting": "a gate's word",
	},
	"entity/trace.go": {"guess": `the trace source "guess", a typing fallback`},
	"quote/cues.go":   {"alleged": `a modifier before a quoted term: "the alleged 'plot'"`},
	"entity/links.go": {"state": "stateWords: the noun", "states": "stateWords: the noun"},
	"entity/rules.go": {"state": "a head noun of names", "states": "a head noun of names"},
	"entity/words.go": {
		// hyphenSuffixes: "Iran-backed", "US-proposed", "Russian-speaking".
		"backed": "hyphenSuffixes", "proposed": "hyphenSuffixes", "speaking": "hyphenSuffixes", "supported": "hyphenSuffixes",
	},
	"internal/eval/report.go":           {"claims": "a report column", "mentions": "a report column"},
	"lexicon/verbs.go":                  {"thought": "the name of the act Thought", "finding": "the name of the act Finding", "tell": "the name of the flag Tell"},
	"internal/cmd/gazetteer/wordnet.go": {"state": "the WordNet noun"},

	// The gates of the cleaning patterns (corpus/gate.go) spell the first
	// word of each branch of the pattern beside them: "a gate's word".
	"corpus/comments.go": {
		"comment": "a gate's word", "add": "a gate's word", "show": "a gate's word", "view": "a gate's word",
		"reply": "a gate's word", "report": "a gate's word", "thought": `a gate's word ("5 thoughts on")`,
	},
	"corpus/creditscan.go": {"written": "a gate's word", "reporting": "a gate's word", "writing": "a gate's word"},
}

// word matches a literal that is one word, the shape of a list entry or of
// a comparison with one word; wordList matches a backquoted list of
// words, the shape of entity's lists. A double-quoted literal of several
// words is a message or a phrase, and is not a list.
var (
	word     = regexp.MustCompile(`^[a-z][a-z'-]*$`)
	wordList = regexp.MustCompile(`^\s*[a-z][a-z'-]*(\s+[a-z][a-z'-]*)*\s*$`)
)

// TestVerbsSpelledOnce checks that no hand-written Go file of the module
// spells a form of a lexicon verb that a rule reads as a word of a string literal: the word
// lists of the rules are queries on the lexicon, so that each verb is
// spelled once, in lexicon/data/verbs.txt. Generated files (headed "Code
// generated ... DO NOT EDIT.") are allowed to repeat words, as is
// claim/learned_cues.txt, which is no Go file.
func TestVerbsSpelledOnce(t *testing.T) {
	lex := Default()
	root := moduleRoot(t)
	used := map[string]bool{} // "file word" of the allowances used
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if name := d.Name(); rel != "." && (strings.HasPrefix(name, ".") || name == "testdata" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".go") || strings.HasSuffix(rel, "_test.go") {
			return nil
		}
		allowed := spelledElsewhere[rel]
		if allowed["*"] != "" {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		require.NoError(t, err)
		if ast.IsGenerated(f) {
			return nil
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			raw := strings.HasPrefix(lit.Value, "`")
			if err != nil || !word.MatchString(s) && !(raw && wordList.MatchString(s)) {
				return true
			}
			for _, w := range strings.Fields(s) {
				v, ok := lex.Verb(w)
				ok = ok && ruled(v)
				if ok && allowed[w] != "" {
					used[rel+" "+w] = true
				}
				if ok && allowed[w] == "" {
					t.Errorf("%s: %q is a form of the lexicon verb %q: query the lexicon (lexicon/data/verbs.txt)",
						fset.Position(lit.Pos()), w, v.Lemma())
				}
			}
			return true
		})
		return nil
	})
	require.NoError(t, err)
	for file, words := range spelledElsewhere {
		for w := range words {
			if w != "*" && !used[file+" "+w] {
				t.Errorf("%s: %q is allowed but no longer spelled there: drop the allowance", file, w)
			}
		}
	}
}

// ruled reports whether a rule reads v: it has a flag, a particle or a
// preposition. A verb with an act alone only names the act of the claims
// that learned cues find by it, so its forms may be other words in code
// ("block", "quote", "name").
func ruled(v Verb) bool {
	for i := range flags {
		if v.Has(Flag(i)) {
			return true
		}
	}
	return v.Particle() != "" || v.Preps() != nil
}

// TestVerbFormsOnce checks that the data spells each verb form once: no
// two verbs share a form, so that a form names one verb and one line
// holds all it does.
func TestVerbFormsOnce(t *testing.T) {
	owner := map[string]string{}
	for v := range Default().Verbs() {
		for _, f := range v.Forms(AllForms) {
			if o, ok := owner[f]; ok {
				t.Errorf("%q is a form of both %q and %q", f, o, v.Lemma())
			}
			owner[f] = v.Lemma()
		}
	}
}

// TestDataFilesHaveHeaders checks that each data file opens with comments
// that say what it holds and its sources, as the package doc promises.
func TestDataFilesHaveHeaders(t *testing.T) {
	names, err := fs.Glob(Data(), "*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	for _, name := range names {
		f, err := Data().Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		var head []string
		for sc.Scan() && strings.HasPrefix(sc.Text(), "#") {
			head = append(head, sc.Text())
		}
		f.Close()
		text := strings.Join(head, "\n")
		assert.Contains(t, text, "Sources.", name)
		assert.Contains(t, text, "Format.", name)
	}
}

// moduleRoot returns the directory of go.mod above the package.
func moduleRoot(t *testing.T) string {
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, parent, dir, "no go.mod above the package")
		dir = parent
	}
}
