package lexicon

import (
	"errors"
	"fmt"
	"slices"
)

// ErrAct is returned by ParseAct and Act.UnmarshalText for a name that
// is not an act.
var ErrAct = errors.New("lexicon: unknown act")

// Acts returns the four acts, Statement first.
func Acts() []Act { return []Act{Statement, Thought, Finding, Stance} }

// ParseAct returns the act named s ("statement", "thought", "finding" or
// "stance"), or an error wrapping ErrAct.
func ParseAct(s string) (Act, error) {
	i := slices.Index(acts[:], s)
	if i <= int(NoAct) {
		return NoAct, fmt.Errorf("%w: %q", ErrAct, s)
	}
	return Act(i), nil
}

// MarshalText returns the act's name; NoAct marshals as "none".
func (a Act) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText reads an act's name; "none" and "" give NoAct.
func (a *Act) UnmarshalText(b []byte) error {
	if len(b) == 0 || string(b) == "none" {
		*a = NoAct
		return nil
	}
	v, err := ParseAct(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}
