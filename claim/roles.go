package claim

import (
	"strings"
	"sync"

	"github.com/sayso/sayso/lexicon"
)

// personRoles are head nouns that describe a person as a source.
var personRoles = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.PersonRole) })

// orgRoles are head nouns that describe an organization as a source.
var orgRoles = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.OrgRole) })

// sourceNouns are further heads of an unnamed source's description: "a
// pro-regime site", "critics", "many in the opposition".
var sourceNouns = sync.OnceValue(func() map[string]bool { return wordsOf(lexicon.Source) })

// sourceHead reports whether a description's head can name a source.
func sourceHead(head string, capital bool) bool {
	return capital || personRoles()[head] || orgRoles()[head] || sourceNouns()[head] || personSuffix(head)
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
