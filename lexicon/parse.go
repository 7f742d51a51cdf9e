package lexicon

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Errors of Parse and Load, wrapped in a *LineError.
var (
	// ErrSyntax is a line that is not an entry of its section.
	ErrSyntax = errors.New("lexicon: bad line")
	// ErrDuplicate is a verb or word written a second time: each is
	// spelled once, with all its flags on one line.
	ErrDuplicate = errors.New("lexicon: duplicate entry")
)

// LineError is an error in one line of a data file.
type LineError struct {
	Name string // the file, or "input" or "extra N" for a reader
	Line int    // 1-based
	Msg  string
	Err  error // ErrSyntax or ErrDuplicate
}

// Error returns "lexicon: name:line: message".
func (e *LineError) Error() string {
	return fmt.Sprintf("lexicon: %s:%d: %s", e.Name, e.Line, e.Msg)
}

// Unwrap returns ErrSyntax or ErrDuplicate.
func (e *LineError) Unwrap() error { return e.Err }

// duplicate is the error of an entry written twice, which read reports
// as ErrDuplicate.
type duplicate string

// Error returns the message.
func (d duplicate) Error() string { return string(d) }

// builder collects the entries of the files read so far.
type builder struct {
	verbs []Verb
	words []Word
	// lemmas and texts hold what was read, to refuse a repeat.
	lemmas map[string]bool
	texts  map[string]bool
}

// read adds the entries of one file. A file opens a section with a line
// "[verbs]" or "[words]"; each file starts outside any section.
func (b *builder) read(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	section, n := "", 0
	fail := func(err error, format string, args ...any) error {
		return &LineError{Name: name, Line: n, Msg: fmt.Sprintf(format, args...), Err: err}
	}
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if line != "[verbs]" && line != "[words]" {
				return fail(ErrSyntax, "unknown section %q", line)
			}
			section = line
			continue
		}
		fields := strings.Fields(line)
		if fields[0] != strings.ToLower(fields[0]) {
			return fail(ErrSyntax, "%q is not in lower case", fields[0])
		}
		var err error
		switch section {
		case "[verbs]":
			err = b.verb(fields)
		case "[words]":
			err = b.word(fields)
		default:
			return fail(ErrSyntax, "entry before a [verbs] or [words] line")
		}
		var dup duplicate
		switch {
		case errors.As(err, &dup):
			return fail(ErrDuplicate, "%v", err)
		case err != nil:
			return fail(ErrSyntax, "%v", err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon: %s: %w", name, err)
	}
	return nil
}

// verb reads "lemma[:third:past:gerund[:participle]] act flag...
// [particle=W] [prep=P,P]".
func (b *builder) verb(fields []string) error {
	forms, ok := verbForms(fields[0])
	if !ok {
		return fmt.Errorf("%q: forms are lemma:third:past:gerund[:participle]", fields[0])
	}
	v := Verb{lemma: forms[0].text, forms: forms}
	if b.lemmas[v.lemma] {
		return duplicate(fmt.Sprintf("verb %q is written twice", v.lemma))
	}
	for _, tok := range fields[1:] {
		key, val, attr := strings.Cut(tok, "=")
		switch {
		case attr && key == "particle" && val != "" && v.particle == "":
			v.particle = val
		case attr && key == "prep" && val != "" && v.preps == nil:
			v.preps = strings.Split(val, ",")
			if slices.Contains(v.preps, "") {
				return fmt.Errorf("%q: an empty preposition", tok)
			}
		case attr:
			return fmt.Errorf("%q: unknown or repeated attribute", tok)
		case setAct(&v.act, tok):
		default:
			i := slices.Index(flags[:], tok)
			if i < 0 {
				return fmt.Errorf("%q: not a verb flag, or a second act", tok)
			}
			v.flags |= 1 << i
		}
	}
	if v.act == NoAct {
		return fmt.Errorf("verb %q has no act", v.lemma)
	}
	if b.lemmas == nil {
		b.lemmas = map[string]bool{}
	}
	b.lemmas[v.lemma] = true
	b.verbs = append(b.verbs, v)
	return nil
}

// word reads "word [act] class... [gender=G]".
func (b *builder) word(fields []string) error {
	w := Word{text: fields[0]}
	if b.texts[w.text] {
		return duplicate(fmt.Sprintf("word %q is written twice", w.text))
	}
	for _, tok := range fields[1:] {
		if g, ok := strings.CutPrefix(tok, "gender="); ok {
			i := slices.Index(genders[:], g)
			if i <= int(Unknown) || w.gender != Unknown {
				return fmt.Errorf("%q: the gender is male or female, given once", tok)
			}
			w.gender = Gender(i)
			continue
		}
		if setAct(&w.act, tok) {
			continue
		}
		i := slices.Index(classes[:], tok)
		if i < 0 {
			return fmt.Errorf("%q: not a word class, or a second act", tok)
		}
		w.classes |= 1 << i
	}
	if w.classes == 0 {
		return fmt.Errorf("word %q has no class", w.text)
	}
	if b.texts == nil {
		b.texts = map[string]bool{}
	}
	b.texts[w.text] = true
	b.words = append(b.words, w)
	return nil
}

// setAct sets *a to the act named tok, if tok names one and *a is unset.
func setAct(a *Act, tok string) bool {
	i := slices.Index(acts[:], tok)
	if i <= int(NoAct) || *a != NoAct {
		return false
	}
	*a = Act(i)
	return true
}

// lexicon indexes what was read.
func (b *builder) lexicon() *Lexicon {
	l := &Lexicon{verbs: b.verbs, words: b.words, byForm: map[string]int{}, byWord: map[string]int{}}
	for i, v := range l.verbs {
		for _, f := range v.forms {
			if _, ok := l.byForm[f.text]; !ok {
				l.byForm[f.text] = i
			}
		}
	}
	for i, v := range l.verbs {
		l.byForm[v.lemma] = i // a lemma names its own verb
	}
	for i, w := range l.words {
		l.byWord[w.text] = i
	}
	return l
}
