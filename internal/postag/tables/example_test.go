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
	fmt.Println(t.SourceLen == uint32(len(aptagmodel.English)), t.Dict.Len() == built.Dict.Len())

	// An unambiguous word has its one tag in Dict.
	for _, w := range []string{"the", "said", "Harbor"} {
		if p := t.Dict.FindString(w); p != nil {
			fmt.Println(w, t.Classes[p[0]])
		} else {
			fmt.Println(w, "is not in the dictionary")
		}
	}

	// Otherwise the weights of every feature are added up; here only
	// those of the word itself, part PartWord of its Words payload.
	var scores [tables.MaxClasses]float32
	tables.AddPairs(&scores, tables.Part(t.Words.FindString("talks"), tables.WordParts, tables.PartWord))
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

// A group's payload holds one count per part, then each part's weights
// as pairs of a class ID and a float32; Part cuts out one part and
// AddPairs adds its weights to the scores.
func ExamplePart() {
	pair := func(b []byte, class byte, w float32) []byte {
		return binary.LittleEndian.AppendUint32(append(b, class), math.Float32bits(w))
	}
	// Two parts: the first with one weight, the second with two.
	payload := []byte{1, 2}
	payload = pair(payload, 0, 0.5)
	payload = pair(payload, 0, 1.5)
	payload = pair(payload, 3, -2)

	var scores [tables.MaxClasses]float32
	tables.AddPairs(&scores, tables.Part(payload, 2, 1))
	fmt.Println(scores[:4])
	tables.AddPairs(&scores, tables.Part(payload, 2, 0))
	fmt.Println(scores[:4])
	// Output:
	// [1.5 0 0 -2]
	// [2 0 0 -2]
}
