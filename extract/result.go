package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/entity"
)

// The helpers below only read a Result: they are safe for concurrent use
// as long as no one modifies it. None keeps a cache; each costs at most
// one pass over the claims.

// Entity returns the entity whose ID is id, or nil when there is none.
func (r *Result) Entity(id string) *entity.Entity {
	// The recognizer numbers entities E1, E2, ... in order, so the number
	// finds the entity at once; a Result built or edited by hand is
	// searched.
	if n, err := strconv.Atoi(strings.TrimPrefix(id, "E")); err == nil && n >= 1 && n <= len(r.Entities) {
		if e := r.Entities[n-1]; e != nil && e.ID == id {
			return e
		}
	}
	for _, e := range r.Entities {
		if e != nil && e.ID == id {
			return e
		}
	}
	return nil
}

// ClaimsBy returns the claims made by the entity whose ID is id, as the
// speaker or as one of the Others of a joint statement, in text order. It
// returns nil for id "", which is no entity (unnamed sources have it).
func (r *Result) ClaimsBy(id string) []claim.Claim {
	if id == "" {
		return nil
	}
	var out []claim.Claim
	for _, c := range r.Claims {
		if saidBy(c, id) {
			out = append(out, c)
		}
	}
	return out
}

// saidBy reports whether the entity id is among the speakers of c.
func saidBy(c claim.Claim, id string) bool {
	if c.Speaker.Entity == id {
		return true
	}
	for _, o := range c.Others {
		if o.Entity == id {
			return true
		}
	}
	return false
}

// ClaimsAbout returns the claims whose text holds a mention of the entity
// whose ID is id (a claim's span contains the mention's), in text order:
// what was said about it, by whomever. A pronoun is no mention, so "she
// will resign" is about nobody. It returns nil when there is no such
// entity.
func (r *Result) ClaimsAbout(id string) []claim.Claim {
	e := r.Entity(id)
	if e == nil {
		return nil
	}
	var out []claim.Claim
	for _, c := range r.Claims {
		if mentionedIn(e.Mentions, c) {
			out = append(out, c)
		}
	}
	return out
}

// mentionedIn reports whether one of ms, which are in text order, lies in
// c's span: a binary search for the first mention starting in it.
func mentionedIn(ms []entity.Mention, c claim.Claim) bool {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= c.Start })
	for ; i < len(ms) && ms[i].Start <= c.End; i++ {
		if c.Span.Contains(ms[i].Span) {
			return true
		}
	}
	return false
}

// SpeakerOf returns the entity that made claim c, one of r's claims: the
// entity of its Speaker (ClaimsBy also counts the Others of a joint
// statement). It returns nil for an unnamed source ("a senior official")
// and an agentless claim, which name no entity. Entity IDs are unique
// within one Result only.
func (r *Result) SpeakerOf(c claim.Claim) *entity.Entity {
	if c.Speaker.Entity == "" {
		return nil
	}
	return r.Entity(c.Speaker.Entity)
}
