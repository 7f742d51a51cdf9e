package entity

// Evidence is one reason for an entity's type, as WithTrace records it: a
// fact about some of its mentions with the weight it gave a type or a
// class, the votes those facts add up to, or the decision the votes led
// to.
type Evidence struct {
	// Source is what gave the evidence: "lexicon" (an entry of
	// WithLexicon), "model" (the sequence model's label), "gazetteer" (a
	// listed name), "head" (a head word of the name), "context" (the
	// words around the name), "rule" (a rule about the name's form or a
	// mention it made), "guess" (what a mention is taken for when nothing
	// else speaks), "votes" (the sum of the evidence for one type or
	// class over the entity's mentions) or "decision" (how the votes gave
	// the type).
	Source string `json:"source"`
	// Type is the type the evidence speaks for, or the type decided.
	Type Type `json:"type,omitempty"`
	// Class is the coarse class ("person", "organization", "place" or
	// "other") that the evidence speaks for when it names no type, as the
	// model's labels do: the other evidence picks the type within it. For
	// a decision, it is the class of the type decided.
	Class string `json:"class,omitempty"`
	// Detail says what was seen ("listed place", "head word: ministry",
	// "label PER"), or why the decision went as it did.
	Detail string `json:"detail,omitempty"`
	// Weight is what the evidence added to the votes, summed over the
	// mentions that gave it; for guesses, it counts them.
	Weight float64 `json:"weight,omitempty"`
	// Mentions is how many of the entity's mentions gave the evidence.
	Mentions int `json:"mentions,omitempty"`
}

// The sources of Evidence.
const (
	srcLexicon   = "lexicon"
	srcModel     = "model"
	srcGazetteer = "gazetteer"
	srcHead      = "head"
	srcContext   = "context"
	srcRule      = "rule"
	srcGuess     = "guess"
	srcVotes     = "votes"
	srcDecision  = "decision"
)

// note is one piece of evidence for a mention's type, kept only with
// WithTrace.
type note struct {
	Evidence
	// lexical marks evidence that is part of mention.lexical, which
	// counts once per entity however often the name is written.
	lexical bool
}

// forPerson reports whether n speaks for a person, the only evidence a
// part of a person's name keeps (see node.part).
func (n note) forPerson() bool {
	return n.Type == Person || n.Class == classTable[classPerson].name
}

// cue adds w for t to m's cues. When tracing, it notes the evidence with
// its source and detail, and the word at after the detail when at >= 0;
// the detail is built only then, so that the trace costs nothing when off.
func (ty *typer) cue(m *mention, t Type, w float64, src, detail string, at int) {
	m.cues.add(t, w)
	if ty.tr != nil && t != "" {
		ty.addNote(m, note{Evidence: Evidence{Source: src, Type: t, Detail: detail, Weight: w}}, at)
	}
}

// lexicalCue is cue for an ambiguous lexicon match of the name itself: a
// minor place that people also name, a lone first name. Written again and
// again, such a name is still one weak fact, so it counts once per entity
// (see resolver.groups) and repetition cannot outvote the context of each
// mention.
func (ty *typer) lexicalCue(m *mention, t Type, w float64, detail string) {
	m.cues.add(t, w)
	m.lexical.add(t, w)
	if ty.tr != nil && t != "" {
		ty.addNote(m, note{Evidence: Evidence{Source: srcGazetteer, Type: t, Detail: detail, Weight: w}, lexical: true}, -1)
	}
}

// guess makes t the type m takes when there is no evidence at all, and
// notes why when tracing.
func (ty *typer) guess(m *mention, t Type, detail string) {
	m.guess = t
	if ty.tr != nil {
		ty.addNote(m, note{Evidence: Evidence{Source: srcGuess, Type: t, Detail: detail, Weight: 1}}, -1)
	}
}

// addNote notes n for m, with the word at after its detail when at >= 0.
func (ty *typer) addNote(m *mention, n note, at int) {
	if at >= 0 && at < len(ty.ws.w) {
		n.Detail += ": " + ty.ws.w[at].lower
	}
	ty.tr.add(m, n)
}

// tracer keeps the notes of the mentions of one call of Recognize made
// WithTrace; mention.trace indexes them. Without WithTrace there is no
// tracer, and nothing is noted.
type tracer struct {
	notes [][]note
}

// add notes n for m.
func (tr *tracer) add(m *mention, n note) {
	if m.trace == 0 {
		tr.notes = append(tr.notes, nil)
		m.trace = int32(len(tr.notes))
	}
	tr.notes[m.trace-1] = append(tr.notes[m.trace-1], n)
}

// of returns the notes of m.
func (tr *tracer) of(m *mention) []note {
	if m.trace == 0 {
		return nil
	}
	return tr.notes[m.trace-1]
}

// trace returns the evidence for the type t of the set g: the notes of its
// mentions, merged where they say the same, counted as groups counts the
// votes (an ambiguous lexicon match once per name, only a person's
// evidence from a part of a person's name), then the votes per type and
// class, then the decision, with why as decide gave it.
func (rs *resolver) trace(g *group, t Type, why string) []Evidence {
	var out []Evidence
	at := map[Evidence]int{} // a note, without weight and count, to its index in out
	for _, i := range g.members {
		n := &rs.ns[i]
		again := rs.repeated(i, g.root)
		for _, nt := range rs.tr.of(&n.mention) {
			if nt.Source != srcGuess && (again && nt.lexical || n.part && !nt.forPerson()) {
				continue
			}
			k := nt.Evidence
			k.Weight, k.Mentions = 0, 0
			j, ok := at[k]
			if !ok {
				j = len(out)
				at[k] = j
				out = append(out, k)
			}
			out[j].Weight += nt.Weight
			out[j].Mentions++
		}
	}
	for i, w := range g.votes.types {
		if w != 0 {
			out = append(out, Evidence{Source: srcVotes, Type: typeTable[i].typ, Weight: float64(w)})
		}
	}
	for c, w := range g.votes.classes {
		if w != 0 {
			out = append(out, Evidence{Source: srcVotes, Class: classTable[c].name, Weight: float64(w)})
		}
	}
	return append(out, Evidence{Source: srcDecision, Type: t, Class: classTable[classOf(t)].name, Detail: why})
}
