package entity

import "strings"

// typeEvidence adds to m.votes what the model label, the gazetteers, the
// head words and the context say of the mention's type. person is set when
// a title or an honorific precedes the name.
func (r *Recognizer) typeEvidence(ws *words, m *mention, label string, person bool) {
	norms := ws.norms(m.first, m.last)
	n := len(norms)
	first, last := strings.ToLower(norms[0]), strings.ToLower(norms[n-1])
	place := r.kb.place(norms)
	norpKey, isNorp := r.norpPhrase(norms)
	if label == "MISC" && !isNorp {
		// Events, laws, products have no sayso type: keep the name only
		// if something else gives it one.
		label = ""
		defer func() {
			if m.cues.total() == 0 {
				m.guess = ""
				if n == 1 && acronymKey(norms[0]) != "" || n > 1 && norms[0] == "The" {
					m.guess = Org // an acronym, or a title such as "The Economist"
				}
			}
		}()
	}
	r.modelEvidence(ws, m, label, place)
	v := &m.cues
	defer func() {
		for i, w := range m.cues {
			m.votes[i] += w
		}
	}()
	switch {
	case place == GPE && !r.kb.major(norms):
		v.add(place, 2) // many towns share a name with people
	case place != "":
		v.add(place, 3)
	}
	if r.kb.org(norms) {
		v.add(Org, 3.5)
	}
	if ws.followedBy(m.last, locHeads) && !facHeads[last] {
		v.add(Loc, 5) // "Karada district", "Tal hill"
	}
	if ws.followedBy(m.last, orgFollowers) || ws.followedBy(m.last+1, orgFollowers) && isLowerWord(ws.lowerAt(m.last)) {
		v.add(Org, 4) // "the Xinhua news agency", "the X rebel faction"
	}
	if isNorp && norpKey != "" {
		v.add(NORP, 3.5)
	}
	switch {
	case isNorp && n > 1, place != "":
		// "West African" is a group and "Czech Republic" a country,
		// whatever their head words say.
	case orgHeads[last]:
		v.add(Org, 3)
	case facHeads[last]:
		v.add(Fac, 3)
	case n > 1 && (locHeads[last] || locHeads[first]):
		v.add(Loc, 2)
	}
	if person {
		v.add(Person, 4)
	} else if _, ok := ws.titleBefore(m.first); ok {
		v.add(Person, 3) // "Justice Department spokesman Tom Baker"
	} else if len(ws.titlesAfter(m.last)) > 0 {
		v.add(Person, 2) // "Tom Baker, the Justice Department spokesman,"
	}
	if ws.complementOfRole(m.first) {
		v.add(Org, 2.5) // "editor-in-chief of EA WorldView"
	}
	if ws.precededBy(m.first, gpeNouns) || ws.lowerAt(m.first-1) == "of" && gpeNouns[ws.lowerAt(m.first-2)] {
		v.add(GPE, 2) // "the town Ramouseh", "the Damascus suburb of Daraya"
	}
	if n == 1 && strings.HasSuffix(first, "ern") && place != "" && m.last < len(ws.w) && ws.sameSentence(m.first, m.last) && isLowerWord(ws.w[m.last].norm) {
		v.add(NORP, 5) // "Western diplomats"
	}
	if n > 1 && compassWords[first] && r.kb.place(norms[1:]) != "" {
		v.add(Loc, 4) // "West Kharkiv": a part of a place
	}
	if _, ok := r.kb.firstName(norms[0]); ok && !compassWords[first] && !orgHeads[last] && !facHeads[last] && !locHeads[last] {
		if n > 1 {
			v.add(Person, 1.5)
		} else {
			v.add(Person, 0.4)
		}
	}
	if label == "" && m.guess == "" {
		switch {
		case isAllUpper(strings.ReplaceAll(norms[0], ".", "")) && n == 1 && !ws.w[m.first].loose:
			m.guess = Org // an acronym, most often an organization
		case ws.followedBy(m.last, locHeads):
			v.add(Loc, 1)
		case ws.precededBy(m.first, placePrepositions):
			m.guess = GPE
		case m.last < len(ws.w) && speechVerbs[ws.lowerAt(m.last)]:
			m.guess = Person // "Cook said"
		default:
			m.guess = Org
		}
	}
}

// orgFollowers are common nouns written after an organization's name.
var orgFollowers = set(`faction militia group movement party coalition brigade brigades
agency network newspaper channel broadcaster company firm alliance`)

// gpeNouns come before the name of a populated place.
var gpeNouns = set(`town city village suburb province capital district governorate`)

// speechVerbs follow the name of a speaker.
var speechVerbs = set(`said says told added stated explained argued insisted warned`)

// placePrepositions often come before a place name.
var placePrepositions = set(`in into near from outside inside across toward towards around`)

// followedBy reports whether the word at i is lower case and in set.
func (ws *words) followedBy(i int, in map[string]bool) bool {
	return i < len(ws.w) && ws.sameSentence(i-1, i) && !ws.w[i].cap && in[ws.lowerAt(i)]
}

// precededBy reports whether the word before i is in set.
func (ws *words) precededBy(i int, in map[string]bool) bool {
	return i > 0 && ws.sameSentence(i-1, i) && in[ws.lowerAt(i-1)]
}

// norpPhrase reports whether words name a nationality or group, alone
// ("Germans") or after a region word ("West African", "East Asian"),
// with the key shared by its forms.
func (r *Recognizer) norpPhrase(words []string) (string, bool) {
	key, ok := r.kb.norp(words[len(words)-1])
	if !ok {
		return "", false
	}
	if len(words) == 1 {
		return key, true
	}
	return strings.ToLower(strings.Join(words, " ")), true
}

// modelEvidence adds the model's label to m.votes.
func (r *Recognizer) modelEvidence(ws *words, m *mention, label string, place Type) {
	const w = 1.5
	v := &m.votes
	switch label {
	case "PER":
		v.add(Person, w)
	case "ORG":
		v.add(Org, w)
	case "LOC":
		last := ws.lowerAt(m.last - 1)
		switch {
		case place != "":
			v.add(place, w)
		case locHeads[last] || locHeads[ws.lowerAt(m.first)] || ws.followedBy(m.last, locHeads):
			v.add(Loc, w)
		case facHeads[last]:
			v.add(Fac, w)
		default:
			v.add(GPE, w)
		}
	case "MISC":
		v.add(NORP, w)
	}
}

// complementOfRole reports whether the words before i are a role head and
// "of" or "for" ("spokesman for the", "editor-in-chief of"): a name there
// is an organization or a place, not a person.
func (ws *words) complementOfRole(i int) bool {
	j := i - 1
	if ws.lowerAt(j) == "the" {
		j--
	}
	if lw := ws.lowerAt(j); lw != "of" && lw != "for" || !ws.sameSentence(j, i) {
		return false
	}
	return isRoleHead(ws.lowerAt(j - 1))
}

// lowerOrgHeads end organization names sometimes written in lower case:
// "Security council".
var lowerOrgHeads = set(`council committee commission court assembly`)

// extFacHeads end facility names written with a lower-case head.
var extFacHeads = set(`base airbase airport school complex hotel hospital prison stadium bridge
mosque church university`)

// extend grows a mention over the common nouns that some names include
// ("Bagram air base", "Noor school", "Biden administration", "Iraqi
// army"), and over a lower-case compass word before a nationality
// ("southeast Asian").
func (r *Recognizer) extend(ws *words, m *mention) {
	norms := ws.norms(m.first, m.last)
	_, norp := r.kb.norp(norms[len(norms)-1])
	known := r.kb.place(norms) != "" || r.kb.org(norms)
	first, last := m.first, m.last
	var t Type
	if last < len(ws.w) && ws.sameSentence(last-1, last) && isLowerWord(ws.w[last].norm) {
		next := ws.lowerAt(last)
		switch {
		case next == "administration" && !norp && !r.kb.major(norms) && len(norms) <= 2:
			last, t = last+1, Org
		case next == "army" && norp && len(norms) == 1:
			last, t = last+1, Org
		case len(norms) > 1 && lowerOrgHeads[next] && !known && !norp && r.kb.place(norms[len(norms)-1:]) == "":
			last, t = last+1, Org // a council or committee written in lower case
		case !norp && !known:
			for k := last; k < last+2 && k < len(ws.w) && ws.sameSentence(first, k); k++ {
				lw := ws.lowerAt(k)
				if !isLowerWord(ws.w[k].norm) || functionWords[lw] {
					break
				}
				if extFacHeads[lw] {
					last, t = k+1, Fac
					break
				}
			}
		}
	}
	if norp && len(norms) == 1 && first > 0 && ws.sameSentence(first-1, first) && compassWords[ws.w[first-1].norm] {
		first = first - 1
	}
	if first == m.first && last == m.last {
		return
	}
	g := m.gender
	*m = ws.newMention(first, last)
	m.gender = g
	if t != "" {
		m.cues.add(t, 6)
		m.votes.add(t, 6)
	}
}
