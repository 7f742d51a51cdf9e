package tables_test

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/sayso/sayso/internal/postag/tables"
)

// Build rearranges prose's model into tables, AppendBinary writes them
// and Decode reads them back in place, as package postag does with the
// file it embeds.
func ExampleDecode() {
	built, err := tables.Build(aptagmodel.English)
	if err != nil {
		fmt.Println(err)
		return
	}
	file, err := built.AppendBinary(nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	t, err := tables.Decode(file)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.SourceLen == uint32(len(aptagmodel.English)), t.Lexicon.Len() == built.Lexicon.Len())

	// An unambiguous word has its one tag in its Lexicon entry.
	for _, w := range []string{"the", "said", "Harbor"} {
		if e := tables.Entry(t.Lexicon.FindString(w)); e.Class() > 0 {
			fmt.Println(w, t.Classes[e.Class()-1])
		} else {
			fmt.Println(w, "is not in the dictionary")
		}
	}

	// Otherwise the weights of every feature are added up; here only
	// those of the word itself, in place PartWord.
	var scores [tables.MaxClasses]float32
	tables.AddPairs(&scores, tables.Entry(t.Lexicon.FindString("talks")).Word(tables.PartWord))
	best := 0
	for id := range t.Classes {
		if scores[id] > scores[best] {
			best = id
		}
	}
	fmt.Println("talks", t.Classes[best])

	_, err = tables.Decode(file[:100])
	fmt.Println(err)
	// Output:
	// true true
	// the DT
	// said VBD
	// Harbor is not in the dictionary
	// talks NNS
	// tables: unreadable file: truncated at byte 100
}

// A Table maps keys to payloads of bytes.
func ExampleTable() {
	t := tables.NewTable(2)
	if err := t.Add([]byte("harbor"), []byte("NN")); err != nil {
		fmt.Println(err)
		return
	}
	if err := t.Add([]byte("council"), []byte("NN")); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Len(), string(t.FindString("harbor")), t.Find([]byte("ferry")) == nil)
	fmt.Println(t.Add([]byte("harbor"), []byte("VB")))
	// Output:
	// 2 NN true
	// tables: "harbor" added twice
}

// An Entry holds a string's tag in the dictionary, where its last three
// bytes' entry is, where each part ends, then each part's weights as pairs
// of a class ID and a float32, then the previous tags' (their number, IDs,
// counts and pairs); AddPairs adds a part's weights to the scores.
func ExampleEntry() {
	pair := func(b []byte, class byte, w float32) []byte {
		return binary.LittleEndian.AppendUint32(append(b, class), math.Float32bits(w))
	}
	// Not in the dictionary, no entry for its last three bytes; the word
	// in its own place with one weight, the next word's with two; no
	// suffix weights; one previous tag, ID 4.
	payload := []byte{0, 0, 0, 0, 0}
	for _, end := range []uint16{21, 21, 26, 36, 36, 36, 36, 36} {
		payload = binary.LittleEndian.AppendUint16(payload, end)
	}
	payload = pair(payload, 0, 0.5)
	payload = pair(payload, 0, 1.5)
	payload = pair(payload, 3, -2)
	payload = pair(append(payload, 1, 4, 1), 2, 0.25)

	e := tables.Entry(payload)
	var scores [tables.MaxClasses]float32
	tables.AddPairs(&scores, e.Word(tables.PartWordP1))
	fmt.Println(scores[:4])
	tables.AddPairs(&scores, e.Word(tables.PartWord))
	tables.AddPairs(&scores, e.Tag(4))
	fmt.Println(scores[:4])
	// Output:
	// [1.5 0 0 -2]
	// [2 0 0.25 -2]
}
