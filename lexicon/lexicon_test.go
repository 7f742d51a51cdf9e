package lexicon

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVerb(t *testing.T) {
	tests := []struct {
		form     string
		lemma    string
		act      Act
		has      []Flag
		hasNot   []Flag
		particle string
		preps    []string
	}{
		{form: "said", lemma: "say", act: Statement, has: []Flag{Cue, Clause, Agentless, Speaker, FirstPerson}, hasNot: []Flag{Weak, Tell}},
		{form: "Whispered", lemma: "whisper", act: Statement, has: []Flag{Cue}, hasNot: []Flag{Clause, Tell, Weak}},
		{form: "told", lemma: "tell", act: Statement, has: []Flag{Cue, Tell, Clause, Speaker}},
		{form: "found", lemma: "find", act: Finding, has: []Flag{Cue, Weak, Clause}},
		// In both of today's speech and thought lists: the speech reading won.
		{form: "wondered", lemma: "wonder", act: Thought, has: []Flag{Cue, Clause}, hasNot: []Flag{Weak}},
		{form: "concluding", lemma: "conclude", act: Finding, has: []Flag{Cue, Clause}, hasNot: []Flag{Weak}},
		{form: "written", lemma: "write", act: Statement, has: []Flag{Cue, Clause}},
		{form: "pointed", lemma: "point", act: Statement, has: []Flag{Cue}, particle: "out", preps: []string{"to"}},
		{form: "spoken", lemma: "speak", act: Statement, hasNot: []Flag{Cue}, preps: []string{"about", "of"}},
		{form: "endorsed", lemma: "endorse", act: Stance, has: []Flag{Passive}, hasNot: []Flag{Cue}},
		{form: "seems", lemma: "seem", act: Finding, has: []Flag{Raising}},
		{form: "seen", lemma: "see", act: Thought, has: []Flag{Judged, FirstPerson}},
		{form: "continued", lemma: "continue", act: Statement, has: []Flag{Cue, Clause}, particle: ":"},
	}
	lex := Default()
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			v, ok := lex.Verb(tt.form)
			require.True(t, ok)
			assert.Equal(t, tt.lemma, v.Lemma())
			assert.Equal(t, tt.act, v.Act())
			for _, f := range tt.has {
				assert.True(t, v.Has(f), f.String())
			}
			for _, f := range tt.hasNot {
				assert.False(t, v.Has(f), f.String())
			}
			assert.Equal(t, tt.particle, v.Particle())
			assert.Equal(t, tt.preps, v.Preps())
		})
	}
	_, ok := lex.Verb("table")
	assert.False(t, ok)
}

func TestForms(t *testing.T) {
	lex := Default()
	assert.ElementsMatch(t, []string{"expected", "believed", "thought", "said", "reported", "rumored", "rumoured",
		"alleged", "projected", "predicted", "understood"}, slices.Collect(lex.Forms(Agentless, Participle)))
	assert.Equal(t, []string{"say", "says", "said", "saying"}, mustVerb(t, lex, "say").Forms(AllForms))
	assert.Equal(t, []string{"says", "said"}, mustVerb(t, lex, "say").Forms(Finite))
	assert.Equal(t, []string{"sang"}, mustVerb(t, lex, "sing").Forms(Past))
	assert.Equal(t, []string{"sung"}, mustVerb(t, lex, "sing").Forms(Participle))
	assert.Equal(t, []string{"slammed"}, mustVerb(t, lex, "slam").Forms(Participle)[1:])
	assert.Contains(t, slices.Collect(lex.Lemmas(Tell)), "notify")
}

func mustVerb(t *testing.T, lex *Lexicon, form string) Verb {
	t.Helper()
	v, ok := lex.Verb(form)
	require.True(t, ok, form)
	return v
}

func TestWord(t *testing.T) {
	tests := []struct {
		word  string
		act   Act
		is    []Class
		isNot []Class
	}{
		{"ministry", NoAct, []Class{OrgHead, OrgRole}, []Class{PersonRole, Possessive}},
		{"statement", Statement, []Class{Nominal, Possessive, Source}, []Class{OrgHead}},
		{"claims", Statement, []Class{Nominal}, []Class{Possessive}},
		{"sure", Thought, []Class{Predicative, Belief}, nil},
		{"critical", Stance, []Class{Predicative}, []Class{Belief}},
		{"minister", NoAct, []Class{PersonRole, RoleHead}, []Class{RoleModifier}},
		{"editor-in-chief", NoAct, []Class{RoleHead}, nil},
		{"source", NoAct, []Class{PersonRole, Function}, nil},
		{"in", NoAct, []Class{Function, PlacePreposition, AdjunctPreposition, NPPreposition, HeadlinePreposition}, []Class{Time}},
		{"may", NoAct, []Class{Calendar, Time}, []Class{Function}},
		{"'s", NoAct, []Class{Clitic, BeForm}, nil},
	}
	lex := Default()
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			w, ok := lex.Word(tt.word)
			require.True(t, ok)
			assert.Equal(t, tt.word, w.Text())
			assert.Equal(t, tt.act, w.Act())
			for _, c := range tt.is {
				assert.True(t, w.Is(c), c.String())
			}
			for _, c := range tt.isNot {
				assert.False(t, w.Is(c), c.String())
			}
		})
	}
}

func TestHonorificGender(t *testing.T) {
	lex := Default()
	for _, tt := range []struct {
		word string
		want Gender
	}{{"mrs.", Female}, {"sir", Male}, {"sheikh", Male}, {"dr.", Unknown}, {"prof", Unknown}} {
		w, ok := lex.Word(tt.word)
		require.True(t, ok, tt.word)
		assert.True(t, w.Is(Honorific), tt.word)
		assert.Equal(t, tt.want, w.Gender(), tt.word)
	}
	_, err := Parse(strings.NewReader("[words]\nmx honorific gender=unknown\n"))
	assert.ErrorIs(t, err, ErrSyntax)
}

func TestRegularForms(t *testing.T) {
	tests := []struct {
		lemma string
		want  []string
	}{
		{"note", []string{"note", "notes", "noted", "noting"}},
		{"deny", []string{"deny", "denies", "denied", "denying"}},
		{"stress", []string{"stress", "stresses", "stressed", "stressing"}},
		{"slam", []string{"slam", "slams", "slamed", "slaming", "slammed", "slamming"}},
		{"say", []string{"say", "says", "sayed", "saying"}},
		{"y", []string{"y", "ys", "yed", "ying"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, RegularForms(tt.lemma), tt.lemma)
	}
}

func TestLoadExtra(t *testing.T) {
	lex, err := Load(Data(), strings.NewReader("[verbs]\nmurmur statement cue\n[words]\nreckoning thought possessive\n"))
	require.NoError(t, err)
	v, ok := lex.Verb("murmured")
	require.True(t, ok)
	assert.Equal(t, "murmur", v.Lemma())
	assert.True(t, v.Has(Cue))
	w, ok := lex.Word("reckoning")
	require.True(t, ok)
	assert.True(t, w.Is(Possessive))
	_, ok = Default().Verb("murmured")
	assert.False(t, ok, "Load must not change Default")
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, data string
		want       error
		line       int
	}{
		{"no section", "say statement cue\n", ErrSyntax, 1},
		{"unknown section", "[nouns]\n", ErrSyntax, 1},
		{"bad forms", "[verbs]\nsay:said statement\n", ErrSyntax, 2},
		{"empty form", "[verbs]\nsay::said:saying statement\n", ErrSyntax, 2},
		{"no act", "[verbs]\n# a comment\nsay cue\n", ErrSyntax, 3},
		{"two acts", "[verbs]\nsay statement thought\n", ErrSyntax, 2},
		{"unknown flag", "[verbs]\nsay statement loud\n", ErrSyntax, 2},
		{"word flag on a verb", "[verbs]\nsay statement org-head\n", ErrSyntax, 2},
		{"unknown attribute", "[verbs]\nsay statement tone=low\n", ErrSyntax, 2},
		{"empty preposition", "[verbs]\nrefer statement prep=to,\n", ErrSyntax, 2},
		{"upper case", "[words]\nMinistry org-head\n", ErrSyntax, 2},
		{"word without class", "[words]\nministry\n", ErrSyntax, 2},
		{"duplicate verb", "[verbs]\nsay statement cue\n\nsay:says:said:saying statement\n", ErrDuplicate, 4},
		{"duplicate word", "[words]\nministry org-head\nministry org-role\n", ErrDuplicate, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.data))
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			var le *LineError
			require.True(t, errors.As(err, &le))
			assert.Equal(t, tt.line, le.Line)
			assert.Equal(t, "input", le.Name)
		})
	}
}

// TestNamesParse checks that every act, flag and class spells a token the
// parser reads back: the keyed tables have no gap.
func TestNamesParse(t *testing.T) {
	for f := range Flag(len(flags)) {
		lex, err := Parse(strings.NewReader("[verbs]\nzap statement " + f.String() + "\n"))
		require.NoError(t, err, f.String())
		assert.True(t, mustVerb(t, lex, "zap").Has(f))
	}
	for c := range Class(len(classes)) {
		lex, err := Parse(strings.NewReader("[words]\nzap stance " + c.String() + "\n"))
		require.NoError(t, err, c.String())
		w, _ := lex.Word("zap")
		assert.True(t, w.Is(c))
		assert.Equal(t, Stance, w.Act())
	}
	for a := Statement; int(a) < len(acts); a++ {
		lex, err := Parse(strings.NewReader("[verbs]\nzap " + a.String() + "\n"))
		require.NoError(t, err)
		assert.Equal(t, a, mustVerb(t, lex, "zap").Act())
	}
	assert.Equal(t, "none", NoAct.String())
	assert.Equal(t, "flag(200)", Flag(200).String())
}

func TestGender(t *testing.T) {
	var g Gender
	assert.Equal(t, Unknown, g)
	assert.Equal(t, "unknown", g.String())
	assert.Equal(t, "male", Male.String())
	assert.Equal(t, "female", Female.String())
	assert.Equal(t, "unknown", Gender(9).String())
}

// TestDefaultConcurrent reads the default lexicon from several goroutines,
// for the race detector.
func TestDefaultConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			n := 0
			for range Default().Forms(Cue, AllForms) {
				n++
			}
			assert.Positive(t, n)
		})
	}
	wg.Wait()
}

func FuzzParse(f *testing.F) {
	f.Add("[verbs]\nsay:says:said:saying statement cue clause particle=: prep=to\n")
	f.Add("[words]\nministry org-head org-role\n")
	f.Add("[verbs]\ny statement\n[words]\n\n# x\n")
	f.Fuzz(func(t *testing.T, data string) {
		lex, err := Parse(strings.NewReader(data))
		if err != nil {
			return
		}
		for v := range lex.Verbs() {
			require.NotEmpty(t, v.Forms(AllForms))
			_, ok := lex.Verb(v.Lemma())
			require.True(t, ok)
		}
	})
}

func TestParseAct(t *testing.T) {
	for _, a := range Acts() {
		got, err := ParseAct(a.String())
		require.NoError(t, err)
		assert.Equal(t, a, got)
		b, err := a.MarshalText()
		require.NoError(t, err)
		var back Act
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, a, back)
	}
	for _, bad := range []string{"none", "Statement", "speech", ""} {
		_, err := ParseAct(bad)
		assert.ErrorIs(t, err, ErrAct, bad)
	}
	var a Act
	require.NoError(t, a.UnmarshalText([]byte("none")))
	assert.Equal(t, NoAct, a)
	assert.ErrorIs(t, a.UnmarshalText([]byte("belief")), ErrAct)
}
