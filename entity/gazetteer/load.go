package gazetteer

import (
	_ "embed"
	"sync"
)

// embedded is the index of the lexicons written by internal/cmd/gazetteer,
// which TestIndex derives from data/*.txt.gz (see gen.go); see NOTICE for
// their sources and licenses.
//
//go:embed data/index.bin
var embedded string

// Default returns the Gazetteer of the embedded lexicons, loaded on first
// use and shared afterwards. Loading reads the embedded index where it lies
// (see index.go), so it costs little more than a filter of phrase starts.
func Default() *Gazetteer { return loadDefault() }

var loadDefault = sync.OnceValue(func() *Gazetteer {
	ix, err := readIndex(embedded)
	if err != nil {
		// The index is compiled in and checked by tests: failing here is
		// a build defect, not bad input.
		panic(err)
	}
	return fromIndex(ix)
})
