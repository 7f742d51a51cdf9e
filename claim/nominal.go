package claim

import (
	"strings"

	"github.com/sayso/sayso/entity"
)

// personRoles are head nouns that describe a person as a source.
var personRoles = setOf("minister", "secretary", "envoy", "spokesman", "spokeswoman",
	"spokesperson", "official", "president", "diplomat", "ambassador", "chief", "head",
	"leader", "commander", "general", "deputy", "reporter", "correspondent", "analyst",
	"premier", "chancellor", "governor", "mayor", "senator", "lawmaker", "director",
	"chairman", "chairwoman", "chair", "man", "woman", "officer", "adviser", "advisor",
	"aide", "negotiator", "representative", "candidate", "judge", "prosecutor", "lawyer",
	"attorney", "expert", "source", "activist", "witness", "resident", "colonel",
	"captain", "king", "queen", "prince", "emir", "sheikh", "cleric", "mediator",
	"coordinator", "administrator", "executive", "manager", "founder", "economist",
	"scientist", "researcher", "professor", "doctor", "nurse", "soldier", "fighter",
	"member", "delegate", "counterpart", "foreign", "prime", "vice", "monitor", "writer",
	"author", "editor", "journalist", "critic", "supporter", "opponent", "politician",
	"statesman", "counsel", "inspector", "commissioner", "pope", "bishop", "chancellor",
	"premier", "rebel", "militant", "diplomat", "investigator", "officer")

// orgRoles are head nouns that describe an organization as a source.
var orgRoles = setOf("ministry", "department", "agency", "office", "government",
	"council", "committee", "organization", "organisation", "group", "observatory",
	"company", "firm", "network", "channel", "newspaper", "coalition", "alliance",
	"army", "military", "administration", "embassy", "body", "commission", "union",
	"party", "center", "centre", "bank", "court", "parliament", "cabinet", "kremlin",
	"institute", "foundation", "service", "bureau", "outlet", "site", "station",
	"authority", "authorities", "regime", "force", "command", "mission", "team",
	"federation", "association", "corporation", "board", "panel", "campaign",
	"movement", "front", "faction", "website", "paper", "broadcaster", "daily",
	"magazine", "tv", "radio", "news")

// sourceNouns are further heads of an unnamed source's description: "a
// pro-regime site", "critics", "many in the opposition".
var sourceNouns = setOf("people", "analyst", "critic", "activist", "observer", "witness",
	"supporter", "opponent", "report", "media", "power", "country", "nation", "state",
	"many", "some", "other", "several", "protester", "worker", "voter", "parent", "student",
	"teacher", "police", "coach", "player", "fan", "user", "customer", "citizen", "villager",
	"farmer", "survivor", "victim", "family", "relative", "friend", "neighbor", "neighbour",
	"colleague", "insider", "participant", "organizer", "organiser", "employee", "staff",
	"crew", "pilot", "driver", "investor", "trader", "banker", "poll", "survey", "study",
	"document", "letter", "memo", "filing", "analysis", "assessment", "data", "record",
	"account", "post", "medic", "militia", "insurgent", "jihadist", "corp", "inc", "ltd",
	"plc", "llc", "co", "ally", "partner", "neighbor", "side", "lawmaker", "legislator",
	"plan", "proposal", "draft", "text", "agreement", "statement", "communique", "release",
	"announcement", "paper", "spokespeople", "officials", "everyone", "nobody", "none",
	"both", "all", "most", "few", "author", "owner", "boss", "union", "opposition", "one",
	"video", "footage", "transcript", "slide", "average", "figure", "photo", "image", "map",
	"chart", "graph", "test", "research", "evidence", "result", "number", "statistic",
	"census", "index", "model", "projection", "tally", "count", "review", "audit", "probe",
	"investigation", "inquiry", "finding", "note", "message", "email", "e-mail", "tweet",
	"book", "article", "story", "editorial", "column", "brief", "complaint", "lawsuit",
	"ruling", "decision", "order", "verdict", "law", "bill", "resolution", "motion", "sign",
	"banner", "placard", "headline", "caption", "label", "notice", "poster", "slogan")

// sourceHead reports whether a description's head can name a source.
func sourceHead(head string, capital bool) bool {
	return capital || personRoles[head] || orgRoles[head] || sourceNouns[head] || personSuffix(head)
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

// maxNominalDistance is how many paragraphs back a description may reach
// for an earlier speaker.
const maxNominalDistance = 6

// resolveNominal resolves a definite description ("the minister", "the
// Russian foreign minister", "the ministry", "the two men") to the entity
// it most likely refers to. Tokens [a, he) are the head region and h its
// head noun.
func (r *run) resolveNominal(a, he, h int, head string, plural bool, pos int, done []hist) (who, bool) {
	mods := r.modifiers(a, h)
	para := r.doc.Sentences[r.tok(h).Sentence].Paragraph
	switch {
	case personRoles[head] && plural:
		// "the two men", "both diplomats", "the ministers": a pair.
		w, ok := r.pluralPeople(pos, done)
		if ok && (r.lower(a) == "two" || r.lower(a+1) == "two" || r.lower(a-1) == "both" ||
			r.hasRole(w.ent, head) && r.hasRoleName(w.others[0].Name, head) || spokeLately(done, w, para)) {
			return w, true
		}
	case personRoles[head]:
		// An earlier unnamed source of the same description ("a senior
		// official" ... "the official") stays unnamed.
		spoke := map[*entity.Entity]bool{}
		for i := len(done) - 1; i >= 0 && para-done[i].para <= maxNominalDistance; i-- {
			x := done[i].w
			if x.ent != nil && x.res != resJoint {
				spoke[x.ent] = true
			}
			if x.ent == nil && x.res == resUnnamed && x.head == head && len(spoke) == 0 {
				return who{sp: Speaker{Name: x.sp.Name}, res: resNominal, head: head}, true
			}
		}
		// Else the person whose roles best match the head and the
		// modifiers ("foreign", "U.N."), with a point for having spoken
		// lately; latest mention first. The modifiers weigh as much as the
		// head: "the Foreign Secretary" is the foreign minister rather than
		// the Secretary of State.
		var best *entity.Entity
		bestScore, bestPos := 1, -1
		for _, e := range r.look.ByType(entity.Person) {
			last := lastBefore(e, pos)
			if last < 0 {
				continue
			}
			s := 2*r.roleScore(e, mods) + 2*b2i(r.hasRole(e, head)) + b2i(spoke[e])
			if r.roleScore(e, mods) == 0 && !r.hasRole(e, head) {
				continue
			}
			if s > bestScore || s == bestScore && last > bestPos {
				best, bestScore, bestPos = e, s, last
			}
		}
		if best != nil {
			return who{sp: withEntity(best), res: resNominal, ent: best}, true
		}
	case orgRoles[head]:
		for i := len(done) - 1; i >= 0 && para-done[i].para <= maxNominalDistance; i-- {
			x := done[i].w
			if x.ent != nil && x.ent.Type == entity.Org && nameHas(x.ent, head) {
				return who{sp: withEntity(x.ent), res: resNominal, ent: x.ent}, true
			}
		}
		e, _, ok := r.look.Before(pos, func(e *entity.Entity) bool {
			return e.Type == entity.Org && nameHas(e, head)
		})
		if ok {
			return who{sp: withEntity(e), res: resNominal, ent: e}, true
		}
	}
	return who{}, false
}

// pluralPeople resolves "the two men", "both diplomats": the last two
// people who spoke or were named.
func (r *run) pluralPeople(pos int, done []hist) (who, bool) {
	var ents []*entity.Entity
	seen := map[*entity.Entity]bool{}
	add := func(e *entity.Entity) {
		if e != nil && e.Type == entity.Person && !seen[e] {
			seen[e] = true
			ents = append(ents, e)
		}
	}
	for i := len(done) - 1; i >= 0 && len(ents) < 2; i-- {
		add(done[i].w.ent)
		for _, o := range done[i].w.others {
			if e, ok := r.look.ByName(o.Name); ok {
				add(e)
			}
		}
	}
	for p := pos; len(ents) < 2; {
		e, m, ok := r.look.Before(p, func(e *entity.Entity) bool { return e.Type == entity.Person && !seen[e] })
		if !ok {
			break
		}
		add(e)
		p = m.Start
	}
	if len(ents) < 2 {
		return who{}, false
	}
	return who{sp: withEntity(ents[0]), others: []Speaker{withEntity(ents[1])}, res: resJoint,
		ent: ents[0], plural: true}, true
}

func withEntity(e *entity.Entity) Speaker { return Speaker{Entity: e.ID, Name: e.Name} }

// lastBefore returns the start of e's last mention before pos, or -1.
func lastBefore(e *entity.Entity, pos int) int {
	last := -1
	for _, m := range e.Mentions {
		if m.End <= pos {
			last = m.Start
		}
	}
	return last
}

// spokeLately reports whether both people of a pair are among the last
// speakers, within a few paragraphs: "the diplomats" after Kerry and
// Lavrov spoke.
func spokeLately(done []hist, w who, para int) bool {
	found := 0
	for i := len(done) - 1; i >= 0 && len(done)-i <= 10 && para-done[i].para <= maxNominalDistance; i-- {
		x := done[i].w
		if x.ent == w.ent || x.sp.Name == w.others[0].Name {
			found |= 1 << b2u(x.ent != w.ent)
		}
		for _, o := range x.others {
			if o.Name == w.others[0].Name {
				found |= 2
			}
		}
	}
	return found == 3
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func b2u(b bool) uint {
	if b {
		return 1
	}
	return 0
}

// hasRoleName reports whether the entity named name holds the role.
func (r *run) hasRoleName(name, role string) bool {
	e, ok := r.look.ByName(name)
	return ok && r.hasRole(e, role)
}

// nameHas reports whether one of e's names contains the word w.
func nameHas(e *entity.Entity, w string) bool {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		for _, f := range strings.Fields(strings.ToLower(n)) {
			if singular(strings.Trim(f, ".,’'")) == w {
				return true
			}
		}
	}
	return false
}

// hasRole reports whether entity e is given the role word, by the
// recognizer's titles or by the words written before its mentions.
func (r *run) hasRole(e *entity.Entity, role string) bool {
	if e.HasTitle(role) {
		return true
	}
	for _, w := range r.titles[e] {
		if w == role {
			return true
		}
	}
	return false
}

// roleScore counts the description's modifiers found in e's titles.
func (r *run) roleScore(e *entity.Entity, mods []string) int {
	n := 0
	for _, m := range mods {
		if r.hasRole(e, m) {
			n++
		}
	}
	return n
}

// modifiers returns the normalized words between the determiner and the
// head: "Russian", "foreign" in "the Russian foreign minister".
func (r *run) modifiers(a, h int) []string {
	var out []string
	for k := a; k < h; k++ {
		if r.definite(k) {
			continue
		}
		out = append(out, titleWord(r.tok(k).Norm))
	}
	return out
}

// titleWord lower-cases and singularizes a title word and drops its dots
// ("U.N." becomes "un").
func titleWord(w string) string {
	w = strings.ToLower(strings.ReplaceAll(w, ".", ""))
	return singular(w)
}

// singular turns a regular English plural into its singular.
func singular(w string) string {
	switch {
	case w == "men":
		return "man"
	case strings.HasSuffix(w, "men") && len(w) > 4:
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// derivedTitles collects, for each person, the words written just before
// the mentions ("Russian Foreign Minister Sergei Lavrov", "the UN's head
// of humanitarian operations, Stephen O'Brien"), which name roles the
// recognizer may not have recorded.
func derivedTitles(r *run) map[*entity.Entity][]string {
	out := map[*entity.Entity][]string{}
	for _, e := range r.look.ByType(entity.Person) {
		for _, m := range e.Mentions {
			i := r.tokAt(m.Start)
			if i >= len(r.doc.Tokens) {
				continue
			}
			first := r.doc.Sentences[r.sentOf(i)].First
			for k := i - 1; k >= first && i-k <= 8; k-- {
				t := r.tok(k)
				if t.Norm == "," && k == i-1 {
					continue // an apposition: "the envoy, X"
				}
				if !r.nounLike(k) && r.lower(k) != "of" {
					break
				}
				out[e] = append(out[e], titleWord(t.Norm))
			}
			for _, t := range e.TitleMentions {
				for _, f := range strings.Fields(t.Text) {
					out[e] = append(out[e], titleWord(f))
				}
			}
		}
	}
	return out
}
