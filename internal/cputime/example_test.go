package cputime_test

import (
	"fmt"

	"github.com/sayso/sayso/internal/cputime"
)

// A benchmark reads the CPU time before and after its work and reports
// work per CPU-second, float64(words)/spent.Seconds(); when spent is 0,
// on a system that cannot tell, it leaves the figure out.
func ExampleUsed() {
	before := cputime.Used()
	words := 0
	for i := range 1_000_000 {
		if i%7 == 0 {
			words++
		}
	}
	spent := cputime.Used() - before
	fmt.Println(words, "words counted")
	fmt.Println("CPU time never runs backwards:", spent >= 0)
	// Output:
	// 142858 words counted
	// CPU time never runs backwards: true
}
