//go:build race

package extract

// raceEnabled is true when the tests run under the race detector, which
// makes the pipeline several times slower: TestHostile shrinks its
// multi-megabyte inputs then.
const raceEnabled = true
