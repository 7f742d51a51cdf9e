package claim

// Confidences per rule. They are set conservatively from how often each
// sieve picked the right speaker on annotated news: a name beside the cue
// of a quotation is almost always right; pronouns and descriptions depend
// on a resolution that can go wrong; a continuation guesses that the
// previous speaker goes on.
const (
	confQuoteName    = 0.96
	confQuoteOrg     = 0.9
	confQuotePronoun = 0.88
	confQuoteNominal = 0.82
	confQuoteUnnamed = 0.88
	confCueName      = 0.94
	confCueOrg       = 0.86
	confAccording    = 0.92
	confPronoun      = 0.82
	confNominal      = 0.78
	confUnnamed      = 0.85
	confJoint        = 0.7
	confContinuation = 0.72
	confForward      = 0.6
	confLonePronoun  = 0.3
	confTranscript   = 0.85
	confBlock        = 0.8
	confHeadline     = 0.8
	confNoSpeaker    = 0.1
)

// ruleFor names the sieve that found a candidate's speaker and gives its
// confidence.
func ruleFor(c cand, w who) (string, float64) {
	switch c.origin {
	case "block":
		return "block-colon", confBlock
	case "headline":
		return "headline", confHeadline
	case "transcript":
		return "transcript", confTranscript
	}
	if w.res == "continuation" {
		return "continuation", confContinuation
	}
	if c.origin == "according" {
		switch w.res {
		case resName, resOrg:
			return "according-to", confAccording
		}
	}
	if w.res == resLonePronoun {
		return "pronoun-unresolved", confLonePronoun
	}
	if c.origin == "quote" {
		switch w.res {
		case resName:
			return "quote-cue-name", confQuoteName
		case resOrg:
			return "quote-cue-org", confQuoteOrg
		case resPronoun:
			return "quote-cue-pronoun", confQuotePronoun
		case resNominal:
			return "quote-cue-nominal", confQuoteNominal
		case resUnnamed:
			return "quote-cue-unnamed", confQuoteUnnamed
		case resJoint:
			return "joint", confJoint
		}
	}
	switch w.res {
	case resName:
		return "cue-subject", confCueName
	case resOrg:
		return "org-speaker", confCueOrg
	case resPronoun:
		return "pronoun", confPronoun
	case resNominal:
		return "nominal", confNominal
	case resJoint:
		return "joint", confJoint
	}
	return "unnamed", confUnnamed
}
