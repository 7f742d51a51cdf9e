package entity

// A class is a coarse type, as CoNLL-2003 draws them: a person, an
// organization, a place (GPE, LOC or FAC) or anything else (NORP, MISC).
// The sequence model tells classes; the gazetteers and head words tell the
// types within them.
type class int

const (
	classPerson class = iota
	classOrg
	classPlace
	classOther
	numClasses
)

// classOf returns the class of t.
func classOf(t Type) class {
	switch t {
	case Person:
		return classPerson
	case Org:
		return classOrg
	case GPE, Loc, Fac:
		return classPlace
	}
	return classOther
}

// typeClasses holds classOf of each type of typeList, so that the vote
// counts need no string comparisons.
var typeClasses = func() (cs [len(typeList)]class) {
	for i, t := range typeList {
		cs[i] = classOf(t)
	}
	return cs
}()

// classDefault is the type a class takes when no evidence names one of its
// types: a place is a GPE unless something says otherwise.
var classDefault = [numClasses]Type{Person, Org, GPE, Misc}

// modelClass returns the class of a model label (PER, ORG, LOC, MISC).
func modelClass(label string) (class, bool) {
	switch label {
	case "PER":
		return classPerson, true
	case "ORG":
		return classOrg, true
	case "LOC":
		return classPlace, true
	case "MISC":
		return classOther, true
	}
	return 0, false
}

// typeVotes accumulates evidence for each Type, in the order of Types, and
// for classes alone. Weights are small sums of a few constants, so float32
// holds them exactly and keeps the many copies small.
type typeVotes struct {
	types   [len(typeList)]float32
	classes [numClasses]float32
}

func typeIndex(t Type) int {
	for i, x := range typeList {
		if x == t {
			return i
		}
	}
	return -1
}

func (v *typeVotes) add(t Type, w float64) {
	if i := typeIndex(t); i >= 0 {
		v.types[i] += float32(w)
	}
}

// addClass adds evidence for class c that names none of its types.
func (v *typeVotes) addClass(c class, w float64) { v.classes[c] += float32(w) }

// of returns the evidence for type t alone.
func (v *typeVotes) of(t Type) float64 {
	if i := typeIndex(t); i >= 0 {
		return float64(v.types[i])
	}
	return 0
}

// merge adds o to v, less the type evidence in minus; with personOnly,
// only the evidence for a person.
func (v *typeVotes) merge(o, minus typeVotes, personOnly bool) {
	for i, w := range o.types {
		if !personOnly || typeList[i] == Person {
			v.types[i] += w - minus.types[i]
		}
	}
	for c, w := range o.classes {
		if !personOnly || class(c) == classPerson {
			v.classes[c] += w
		}
	}
}

// without returns v with no evidence for t or its class.
func (v typeVotes) without(t Type) typeVotes {
	if i := typeIndex(t); i >= 0 {
		v.types[i] = 0
	}
	v.classes[classOf(t)] = 0
	return v
}

// total is the weight of all evidence in v.
func (v typeVotes) total() float64 {
	var t float64
	for _, w := range v.types {
		t += float64(w)
	}
	for _, w := range v.classes {
		t += float64(w)
	}
	return t
}

// best returns the best-supported type, or "" when there is no evidence:
// first the class with the most evidence, then its type with the most
// (the class's default when only the class has any).
func (v typeVotes) best() Type {
	// The class sums, added in the order of typeList as a loop over
	// typeClasses would: Person, Org, then GPE, Loc and Fac for a place,
	// then NORP and Misc for other names.
	t := &v.types
	sums := [numClasses]float32{
		classPerson: v.classes[classPerson] + t[0],
		classOrg:    v.classes[classOrg] + t[1],
		classPlace:  v.classes[classPlace] + t[2] + t[3] + t[4],
		classOther:  v.classes[classOther] + t[5] + t[6],
	}
	bc, bw := class(-1), float32(0)
	for c, w := range sums {
		if w > bw {
			bc, bw = class(c), w
		}
	}
	if bc < 0 {
		return ""
	}
	bt, tw := classDefault[bc], float32(0)
	for i, w := range v.types {
		if typeClasses[i] == bc && w > tw {
			bt, tw = typeList[i], w
		}
	}
	return bt
}
