package gazetteer_test

import (
	"fmt"
	"strings"

	"github.com/sayso/sayso/entity/gazetteer"
)

func Example() {
	g := gazetteer.Default()
	words := strings.Fields("Dutch Foreign Minister visited Lake Victoria and Paris")
	for _, m := range g.Match(words) {
		fmt.Println(strings.Join(words[m.Start:m.End], " "), m.Kind.Has(gazetteer.City), m.Kind.Has(gazetteer.Water))
	}
	country, _ := g.Demonym("Dutch")
	fmt.Println(country, g.Title(words[1:]), g.Gender("Maria"))
	// Output:
	// Dutch false false
	// Foreign Minister false false
	// Lake Victoria false true
	// Paris true false
	// Netherlands 2 female
}

func ExampleGazetteer_Lookup() {
	g := gazetteer.Default()
	fmt.Println(g.Lookup("U.S."), g.Lookup("us"), g.Lookup("Middle East"))
	// Output: Country None Continent
}
