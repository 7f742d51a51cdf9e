package claim

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRuleTable checks that every rule has a full row, a unique name that
// reads back, and a place in doc.go, and that every learned confidence
// belongs to a rule of the table.
func TestRuleTable(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, r := range Rules() {
		row := rules[r]
		assert.NotEmpty(t, row.name, "rule %d has no row", r)
		assert.NotEmpty(t, row.what, "rule %s says nothing of what it matches", row.name)
		assert.True(t, row.fallback > 0 && row.fallback <= 1, "rule %s fallback %v", row.name, row.fallback)
		assert.False(t, seen[row.name], "rule name %s twice", row.name)
		seen[row.name] = true
		back, ok := ParseRule(r.String())
		assert.True(t, ok && back == r, "rule %s does not read back", r)
		assert.Contains(t, string(doc), `"`+r.String()+`"`, "doc.go does not name rule %s", r)
	}
	assert.Len(t, Rules(), int(ruleCount)-1)
	for name := range learnedConf() {
		_, ok := ParseRule(name)
		assert.True(t, ok, "learned_conf.txt has rule %q, which the table lacks", name)
	}
}

func TestRuleJSON(t *testing.T) {
	b, err := json.Marshal(Claim{Rule: RuleQuoteCueName})
	require.NoError(t, err)
	assert.True(t, strings.Contains(string(b), `"rule":"quote-cue-name"`), string(b))
	var c Claim
	require.NoError(t, json.Unmarshal(b, &c))
	assert.Equal(t, RuleQuoteCueName, c.Rule)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"rule":"no-such-rule"}`), &c), ErrRule)
}
