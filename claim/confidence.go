package claim

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"
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

// ruleStat is what PolNeAR train says of one rule: its matched claims,
// how many had the right source, and the smoothed accuracy.
type ruleStat struct {
	matched, right int
	conf           float64
}

// learnedConf maps a rule's name to its training figures.
var learnedConf = sync.OnceValue(func() map[string]ruleStat {
	m := map[string]ruleStat{}
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
		m[f[0]] = ruleStat{matched: n, right: k, conf: math.Round(100*(float64(k)+1)/(float64(n)+2)) / 100}
	}
	return m
})

// confidence returns the learned accuracy of rule, or its fallback.
func confidence(rule Rule) (Rule, float64) {
	if s, ok := learnedConf()[rule.String()]; ok {
		return rule, s.conf
	}
	return rule, rules[rule].fallback
}

// ruleFor names the sieve that found a candidate's speaker and gives its
// confidence.
func ruleFor(c cand, w who) (Rule, float64) {
	if r, ok := originRules[c.origin]; ok {
		return confidence(r)
	}
	if w.res == "continuation" {
		return confidence(RuleContinuation)
	}
	if c.origin == "according" {
		switch w.res {
		case resName, resOrg:
			return confidence(RuleAccordingTo)
		}
	}
	if w.res == resDescribed {
		return confidence(RuleDescribed)
	}
	if w.res == resLonePronoun {
		return confidence(RulePronounUnresolved)
	}
	if c.origin == "quote" {
		if r, ok := quoteRules[w.res]; ok {
			return confidence(r)
		}
	}
	if r, ok := cueRules[w.res]; ok {
		return confidence(r)
	}
	return confidence(RuleUnnamed)
}
