package entity

// typeVotes accumulates evidence for each Type, in the order of
// typeTable, and for classes alone. Weights are small sums of a few
// constants, so float32 holds them exactly and keeps the many copies
// small.
type typeVotes struct {
	types   [len(typeTable)]float32
	classes [numClasses]float32
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
		if !personOnly || typeTable[i].typ == Person {
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
	sums := v.classes
	for i, w := range v.types {
		sums[typeTable[i].class] += w
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
	bt, tw := classTable[bc].def, float32(0)
	for i, w := range v.types {
		if typeTable[i].class == bc && w > tw {
			bt, tw = typeTable[i].typ, w
		}
	}
	return bt
}
