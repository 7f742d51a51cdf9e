package ortho

import "strings"

// Singular returns the singular of a regular English plural noun written
// in lower case, so that a role word can be looked up in a list of roles:
// "officials" → "official", "agencies" → "agency", "spokesmen" →
// "spokesman", "men" → "man". A word ending in -ss, -us or -is is taken
// for a singular ("press", "census", "analysis"), and so is a word of three
// letters or fewer ending in s ("gas", "bus", "its"). It knows no irregular
// plural but "men" ("children" comes back unchanged) and cuts a few
// singulars ("specimen" → "speciman"); callers compare its answer with
// lists of roles, where that does no harm.
func Singular(w string) string {
	if w == "men" {
		return "man"
	}
	if strings.HasSuffix(w, "is") {
		return w
	}
	return TrimPlural(w)
}

// TrimPlural cuts the regular plural ending from w, as Singular does but
// without two of its exceptions: it leaves "men" alone (the -men rule
// needs five letters, "spokesmen" → "spokesman") and cuts the s of a word
// in -is ("analysis" → "analysi"). Words in -ss and -us, and words of three
// letters or fewer, are kept.
//
// It exists because entity.Entity.HasTitle runs both the role asked for
// and each title through it and compares the results: the cut only has to
// be the same on both sides, and switching to Singular would change which
// titles a role finds ("men" would find "Man", "analysis" would no longer
// find "Analysi").
func TrimPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "men") && len(w) > 4:
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// Plural returns the regular plural of a noun: "es" after s, x, z, ch and
// sh ("witness" → "witnesses", "wish" → "wishes"), "s" after anything else
// ("claim" → "claims", "Iraqi" → "Iraqis"). It does not turn a final y
// into "ies": the nationality nouns the gazetteer pluralizes keep it
// ("Malagasy" → "Malagasys", as the demonym list has always had it), so a
// noun in consonant and y ("policy") needs its plural spelled out, as does
// an irregular one ("man", "analysis").
func Plural(noun string) string {
	for _, suf := range []string{"s", "x", "z", "ch", "sh"} {
		if strings.HasSuffix(noun, suf) {
			return noun + "es"
		}
	}
	return noun + "s"
}
