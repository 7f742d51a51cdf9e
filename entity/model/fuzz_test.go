package model

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func FuzzReadCoNLL(f *testing.F) {
	f.Add("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n")
	f.Add("a\tI-PER\n\n\nb\tB-LOC\r\n")
	f.Add("\xff\xfe I-X\n-DOCSTART-\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadCoNLL(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range docs {
			if len(d.Sentences) != len(d.Labels) {
				t.Fatalf("%d sentences, %d label rows", len(d.Sentences), len(d.Labels))
			}
			for i, s := range d.Sentences {
				if len(s) != len(d.Labels[i]) {
					t.Fatalf("sentence %d: %d tokens, %d labels", i, len(s), len(d.Labels[i]))
				}
			}
		}
	})
}

func FuzzPredict(f *testing.F) {
	// A model whose word cache has its sums, so that every shortcut of
	// tagging is checked.
	m, err := load(embedded)
	if err != nil {
		f.Fatal(err)
	}
	m.warmUp()
	f.Add("Angela Merkel visited Paris .\nMERKEL IN PARIS")
	f.Add("\xff\xfe \x00 ÉCOLE İstanbul\n\n\n")
	f.Add(strings.Repeat("Reuters ", 200))
	f.Fuzz(func(t *testing.T, in string) {
		var doc []Sentence
		for _, line := range strings.Split(in, "\n") {
			var s Sentence
			for _, w := range strings.Fields(line) {
				s = append(s, Token{Text: w})
			}
			doc = append(doc, s)
		}
		out := m.Predict(doc)
		if len(out) != len(doc) {
			t.Fatalf("%d sentences in, %d out", len(doc), len(out))
		}
		for i := range doc {
			if len(out[i]) != len(doc[i]) {
				t.Fatalf("sentence %d: %d tokens, %d labels", i, len(doc[i]), len(out[i]))
			}
		}
		// Tagging's shortcuts add the same integers as plain scoring.
		var s predictScratch
		m.extract(doc, &s.doc, true)
		if got, want := m.tag(&s), refTag(m, doc); !slices.Equal(got, want) {
			t.Fatalf("labels %v, plain scoring gives %v", got, want)
		}
	})
}

func FuzzLoad(f *testing.F) {
	var buf bytes.Buffer
	m, err := Train(f.Context(), synthetic(3, 1), TrainOptions{Epochs: 1, Bits: 12, SinglePass: true})
	if err != nil {
		f.Fatal(err)
	}
	if err := m.Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("\x1f\x8b"))
	f.Fuzz(func(t *testing.T, in []byte) {
		if m, err := Load(bytes.NewReader(in)); err == nil {
			m.Predict([]Sentence{{{Text: "Paris"}}})
		}
	})
}
