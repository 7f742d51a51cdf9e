//go:build race

package corpus

// raceEnabled is true when the tests run under the race detector, which
// makes regexps some twenty times slower: the heaviest checks then do
// less.
const raceEnabled = true
