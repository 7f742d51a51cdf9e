package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// ceiling is a count of errors and the most it may be; enforced turns an
// excess into a test failure, otherwise it is only printed.
type ceiling struct {
	name      string
	got, most int
	enforced  bool
}

// checkCeilings prints every count against its ceiling, marking excesses,
// and fails the test for the enforced ones.
func checkCeilings(t *testing.T, ceilings []ceiling) {
	t.Helper()
	for _, c := range ceilings {
		mark := "ok"
		if c.got > c.most {
			mark = "ABOVE CEILING"
		}
		t.Logf("%-22s %5d  most %5d  %s (enforced: %v)", c.name, c.got, c.most, mark, c.enforced)
		if c.enforced {
			assert.LessOrEqual(t, c.got, c.most, c.name)
		}
	}
}

// checkTargets prints every figure against the target, marking a
// miss "BELOW TARGET" (for a count, more than the target allows). Targets
// are never enforced; floors and ceilings are, and rise toward them.
func checkTargets(t *testing.T, floors []floor, ceilings []ceiling) {
	t.Helper()
	for _, f := range floors {
		mark := "ok"
		if f.got < f.least {
			mark = "BELOW TARGET"
		}
		t.Logf("%-22s %.3f  target %.3f  %s", f.name, f.got, f.least, mark)
	}
	for _, c := range ceilings {
		mark := "ok"
		if c.got > c.most {
			mark = "BELOW TARGET"
		}
		t.Logf("%-22s %5d  target at most %d  %s", c.name, c.got, c.most, mark)
	}
}
