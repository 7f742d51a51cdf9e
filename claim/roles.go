package claim

import "strings"

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
	"statesman", "counsel", "inspector", "commissioner", "pope", "bishop",
	"rebel", "militant", "investigator",
	// Politics, government and law.
	"congressman", "congresswoman", "legislator", "councilman", "councilwoman",
	"councillor", "speaker", "nominee", "incumbent", "challenger", "strategist",
	"pollster", "operative", "staffer", "surrogate", "consultant", "lobbyist",
	"regulator", "sheriff", "detective", "sergeant", "lieutenant", "major", "admiral",
	"trooper", "marshal", "magistrate", "justice", "clerk", "auditor", "treasurer",
	"comptroller", "ombudsman", "consul", "attaché", "emissary", "monarch",
	// Business, science, culture and everyday life.
	"ceo", "cfo", "owner", "partner", "banker", "trader",
	"investor", "entrepreneur", "businessman", "businesswoman", "engineer", "architect",
	"physician", "surgeon", "psychologist", "historian", "pastor", "priest", "rabbi",
	"imam", "preacher", "teacher", "principal", "student", "coach", "player", "athlete",
	"actor", "actress", "singer", "musician", "artist", "host", "anchor", "commentator",
	"columnist", "blogger", "pundit", "campaigner", "organizer", "volunteer", "donor",
	"veteran", "farmer", "worker", "employee", "contractor", "mother", "father",
	"son", "daughter", "wife", "husband", "brother", "sister", "friend", "neighbor")

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
	"magazine", "tv", "radio", "news",
	"senate", "house", "congress", "legislature", "assembly", "school", "university",
	"college", "hospital", "police", "tribunal", "fund", "charity",
	"church", "club", "league", "studio", "network", "publisher", "newsroom", "journal",
	"tribune", "times", "post", "herald", "chronicle", "wire", "pollster", "poll")

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
