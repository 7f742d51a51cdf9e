package claim

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"
)

// Fallback confidences per rule, used for a rule with too few matched
// claims in the learned counts (learned_conf.txt). A name beside the cue
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
	confTitleCue     = 0.75
	confPassive      = 0.7
	confAgentless    = 0.5
	confPoll         = 0.8
	confNoSpeaker    = 0.1
	confDescribed    = 0.4
)

// minRuleCount is the number of matched training claims a rule needs
// before its learned accuracy replaces the fallback.
const minRuleCount = 20

// learnedConfData holds, per rule, the claims that matched an annotated
// attribution of PolNeAR train and how many of them named a speaker
// overlapping the annotated source; internal/cmd/gencues writes it (see
// gen.go).
//
//go:embed learned_conf.txt
var learnedConfData string

// learnedConf maps a rule to its smoothed training accuracy.
var learnedConf = sync.OnceValue(func() map[string]float64 {
	m := map[string]float64{}
	for _, line := range strings.Split(learnedConfData, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		n, err1 := strconv.Atoi(f[1])
		k, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || n < minRuleCount || k > n {
			continue
		}
		m[f[0]] = math.Round(100*(float64(k)+1)/(float64(n)+2)) / 100
	}
	return m
})

// confidence returns the learned accuracy of rule, or fallback.
func confidence(rule string, fallback float64) (string, float64) {
	if c, ok := learnedConf()[rule]; ok {
		return rule, c
	}
	return rule, fallback
}

// ruleFor names the sieve that found a candidate's speaker and gives its
// confidence.
func ruleFor(c cand, w who) (string, float64) {
	if r, ok := originRules[c.origin]; ok {
		return confidence(r.name, r.fallback)
	}
	if w.res == "continuation" {
		return confidence("continuation", confContinuation)
	}
	if c.origin == "according" {
		switch w.res {
		case resName, resOrg:
			return confidence("according-to", confAccording)
		}
	}
	if w.res == resDescribed {
		return confidence("described", confDescribed)
	}
	if w.res == resLonePronoun {
		return confidence("pronoun-unresolved", confLonePronoun)
	}
	if c.origin == "quote" {
		if r, ok := quoteRules[w.res]; ok {
			return confidence(r.name, r.fallback)
		}
	}
	if r, ok := cueRules[w.res]; ok {
		return confidence(r.name, r.fallback)
	}
	return confidence("unnamed", confUnnamed)
}

// rule is a sieve's name and its fallback confidence.
type rule struct {
	name     string
	fallback float64
}

// originRules name the rules that a kind of candidate decides whatever
// its speaker's resolution; quoteRules name the sieve by how the speaker
// next to a quotation's cue was resolved; cueRules do the same for
// reported speech. Never modified.
var (
	originRules = map[string]rule{
		"block":      {"block-colon", confBlock},
		"headline":   {"headline", confHeadline},
		"title":      {"title-cue", confTitleCue},
		"passive":    {"passive-agent", confPassive},
		"poll":       {"in-poll", confPoll},
		"transcript": {"transcript", confTranscript},
	}
	quoteRules = map[string]rule{
		resName:    {"quote-cue-name", confQuoteName},
		resOrg:     {"quote-cue-org", confQuoteOrg},
		resPronoun: {"quote-cue-pronoun", confQuotePronoun},
		resNominal: {"quote-cue-nominal", confQuoteNominal},
		resUnnamed: {"quote-cue-unnamed", confQuoteUnnamed},
		resJoint:   {"joint", confJoint},
	}
	cueRules = map[string]rule{
		resName:    {"cue-subject", confCueName},
		resOrg:     {"org-speaker", confCueOrg},
		resPronoun: {"pronoun", confPronoun},
		resNominal: {"nominal", confNominal},
		resJoint:   {"joint", confJoint},
	}
)
