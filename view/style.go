package view

import (
	"strings"

	"github.com/sayso/sayso/claim"
	"github.com/sayso/sayso/entity"
)

// typeColors is the background of each entity type's mentions. The
// legend lists entity.Types in order; a type missing here keeps the
// grey of every mention (page.html).
var typeColors = map[entity.Type]string{
	entity.Person: "#ffd8a8",
	entity.Org:    "#a5d8ff",
	entity.GPE:    "#b2f2bb",
	entity.Loc:    "#c3fae8",
	entity.Fac:    "#d0bfff",
	entity.NORP:   "#ffc9c9",
	entity.Misc:   "#dee2e6",
}

// actBorders is the style of the line under a claim of each act; an act
// missing here has a solid line.
var actBorders = map[claim.Act]string{
	claim.Statement: "solid",
	claim.Thought:   "dashed",
	claim.Finding:   "dotted",
	claim.Stance:    "double",
}

// typeClass returns the CSS class of type t: "t-" and its letters, lower
// case, so that any string makes a valid class.
func typeClass(t entity.Type) string {
	return "t-" + strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return -1
	}, string(t))
}

// actClass returns the CSS class of act a.
func actClass(a claim.Act) string { return "act-" + a.String() }

// styleRules returns the CSS rules of the entity types and acts, from the
// tables above.
func styleRules() string {
	var b strings.Builder
	for _, t := range entity.Types {
		b.WriteString("." + typeClass(t) + "{background:" + typeColors[t] + "}\n")
	}
	for _, a := range claim.AllActs() {
		style, ok := actBorders[a]
		if !ok {
			style = "solid"
		}
		b.WriteString(".c." + actClass(a) + ",.legend ." + actClass(a) + "{border-bottom-style:" + style + "}\n")
		b.WriteString("aside li." + actClass(a) + "{border-left-style:" + style + "}\n")
	}
	return b.String()
}
