package ortho_test

import (
	"fmt"

	"github.com/sayso/sayso/internal/ortho"
)

func ExampleIsASCII() {
	fmt.Println(ortho.IsASCII("Paris"), ortho.IsASCII("Élysée"))
	// Output: true false
}

func ExampleIsSpace() {
	for _, r := range []rune{' ', '\u00a0', '\u200b', '\u200d', 'x'} {
		fmt.Printf("%U %v %v\n", r, ortho.IsSpace(r), ortho.IsSpaceExceptJoiners(r))
	}
	// Output:
	// U+0020 true true
	// U+00A0 true true
	// U+200B true true
	// U+200D true false
	// U+0078 false false
}

func ExampleIsDash() {
	fmt.Println(ortho.IsDash("—"), ortho.IsDash("--"), ortho.IsDash("well-known"))
	// Output: true true false
}

func ExampleCapitalized() {
	for _, w := range []string{"Élysée", "état", "2024"} {
		fmt.Println(w, ortho.Capitalized(w), ortho.StartsLower(w))
	}
	// Output:
	// Élysée true false
	// état false true
	// 2024 false false
}

func ExampleInitial() {
	fmt.Println(ortho.Initial("B"), ortho.Initial("É"), ortho.Initial("Bo"))
	// Output: true true false
}

func ExampleAllCaps() {
	for _, w := range []string{"O'NEILL", "F-16", "A", "PACs"} {
		fmt.Println(w, ortho.AllCaps(w), ortho.Uppercase(w))
	}
	// Output:
	// O'NEILL true true
	// F-16 false true
	// A false true
	// PACs false false
}

func ExampleSingular() {
	for _, w := range []string{"spokesmen", "agencies", "men", "analysis"} {
		fmt.Println(w, ortho.Singular(w), ortho.TrimPlural(w))
	}
	// Output:
	// spokesmen spokesman spokesman
	// agencies agency agency
	// men man men
	// analysis analysis analysi
}

func ExamplePlural() {
	fmt.Println(ortho.Plural("claim"), ortho.Plural("wish"), ortho.Plural("Malagasy"))
	// Output: claims wishes Malagasys
}
