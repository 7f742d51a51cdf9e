//go:build !race

package corpus

// raceEnabled is true when the tests run under the race detector.
const raceEnabled = false
