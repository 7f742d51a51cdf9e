//go:build !unix

// Package cputime reads the CPU time the process has used. Benchmarks
// report tokens per CPU-second with it, a figure that stays fair on a
// machine shared with other jobs, where wall-clock time swings.
package cputime

import "time"

// Used returns 0: this system does not report process CPU time.
func Used() time.Duration { return 0 }
