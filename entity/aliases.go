package entity

// renamePhrases join an old and a new name, or a name and its alias, when
// they stand alone between two names: "X, formerly Y", "Y, which recently
// changed its name to X", "X (also known as Y)", "X, now Y".
var renamePhrases = set(`formerly formerly_known_as formerly_called previously previously_known_as
previously_called once_known_as also_known_as aka a.k.a. a.k.a now now_called now_known_as
now_renamed changed_its_name_to changed_name_to changed_their_name_to renamed renamed_as
renamed_itself renamed_itself_as rebranded_as rebranded_itself_as later_renamed also_called
otherwise_known_as better_known_as known_formerly_as`)

// linkFillers may come around a rename phrase without changing it.
var linkFillers = set(`the which who that has had have recently later since officially itself was were
is then just last year`)

// mergeLinks joins names tied by a rename or alias phrase, or by
// parentheses: "National Energy Agency (NEA)", "Liwa Fajr al-Din, formerly
// Liwa al-Haqq".
func (rs *resolver) mergeLinks() {
	for i := 0; i+1 < len(rs.ns); i++ {
		x, y := &rs.ns[i], &rs.ns[i+1]
		if !rs.ws.sameSentence(x.first, y.first) || y.first <= x.last || x.lex != 0 || y.lex != 0 {
			continue
		}
		// The words between come first: most pairs are not linked, and
		// reading the words is cheaper than summing the votes.
		ok, paren := rs.linked(x.last, y.first, y.last)
		if !ok {
			continue
		}
		gx, gy := x.group(), y.group()
		if !compatible(gx, gy) || gx.cues.best() == Person || gx.cues.best() == NORP {
			continue
		}
		if !paren || sameClass(gx, gy) {
			rs.sets.union(i, i+1)
		}
	}
}

// sameClass reports whether two sets may be one entity as far as all the
// evidence goes, the model's included: "Ana Ruiz (Cuba)" names a person and
// her country, not one entity twice.
func sameClass(a, b *group) bool {
	ta, tb := a.votes.best(), b.votes.best()
	return ta == "" || tb == "" || classOf(ta) == classOf(tb)
}

// linked reports whether the words [a, b) between two names make the
// second an alias of the first, and whether only parentheses do, which
// also enclose a person's country or a city's region; c is the end of the
// second name.
func (rs *resolver) linked(a, b, c int) (ok, paren bool) {
	if b-a > 8 {
		return false, false
	}
	ws := rs.ws
	// "X (Y)": parentheses holding nothing but the second name.
	if b-a == 1 && ws.w[a].norm == "(" && c < len(ws.w) && ws.w[c].norm == ")" {
		return true, true
	}
	// The words joined by "_", in a stack buffer: the map index with
	// string(key) does not allocate.
	var buf [128]byte
	key := buf[:0]
	for k := a; k < b; k++ {
		w := ws.w[k].lower
		if !hasLetter(w) || linkFillers[w] {
			continue
		}
		if len(key) > 0 {
			key = append(key, '_')
		}
		key = append(key, w...)
	}
	return len(key) > 0 && renamePhrases[string(key)], false
}
