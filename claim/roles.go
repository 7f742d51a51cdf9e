package claim

import (
	"strings"
	"sync"

	"github.com/sayso/sayso/internal/ortho"
	"github.com/sayso/sayso/lexicon"
)

// personRoles are head nouns that describe a person as a source.
var personRoles = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.PersonRole) })

// orgRoles are head nouns that describe an organization as a source.
var orgRoles = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.OrgRole) })

// roleForms returns the words that ortho.Singular may turn into the role
// r, and a few more: r itself, r with an s, and the plurals in -ies of a
// role in -y and in -men of one in -man. The view marks them (kindRole),
// so that nounLike asks the role lists only of these.
func roleForms(r string) []string {
	forms := []string{r, r + "s"}
	if base, ok := strings.CutSuffix(r, "y"); ok {
		forms = append(forms, base+"ies")
	}
	if base, ok := strings.CutSuffix(r, "man"); ok {
		forms = append(forms, base+"men")
	}
	return forms
}

// sourceNouns are further heads of an unnamed source's description: "a
// pro-regime site", "critics", "many in the opposition".
var sourceNouns = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.Source) })

// sourceHead reports whether a description's head can name a source.
func sourceHead(head string, capital bool) bool {
	return capital || personRoles()[head] || orgRoles()[head] || sourceNouns()[head] || personSuffix(head)
}

// sourceWord reports whether token h can head a source: a proper name or
// a noun that sourceHead knows, in the singular.
func (v *view) sourceWord(h int) bool {
	t := v.tok(h)
	return sourceHead(ortho.Singular(v.lower(h)), ortho.Capitalized(t.Text) && strings.HasPrefix(t.Tag, "NNP"))
}

// personSuffix reports nouns that by their ending name a person or a
// group of people: businessman, spokeswoman, economist, historian,
// resident, participant, voter, director.
func personSuffix(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, s := range []string{"man", "woman", "person", "ist", "ian", "ent", "ant", "eer", "ee", "er", "or"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
