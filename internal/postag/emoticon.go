package postag

// isEmoticon reports whether prose tags s SYM as an emoticon. The set is
// prose's (internal/emoticon, v3.2.3), which prose keeps internal; it is
// copied here, and the tests check every entry against prose's tagger.
func isEmoticon(s string) bool {
	switch s {
	case "(-8", "(-;", "(-_-)", "(._.)", "(:", "(=", "(o:", "(¬_¬)", "(ಠ_ಠ)",
		"(╯°□°）╯︵┻━┻", "-__-", "8-)", "8-D", "8D", ":(", ":((", ":(((", ":()",
		":)))", ":-)", ":-))", ":-)))", ":-*", ":-/", ":-X", ":-]", ":-o", ":-p",
		":-x", ":-|", ":-}", ":0", ":3", ":P", ":]", ":`(", ":`)", ":`-(", ":o",
		":o)", "=(", "=)", "=D", "=|", "@_@", "O.o", "O_o", "V_V", "XDD", "[-:",
		"^___^", "o_0", "o_O", "o_o", "v_v", "xD", "xDD", "¯\\(ツ)/¯":
		return true
	}
	return false
}
