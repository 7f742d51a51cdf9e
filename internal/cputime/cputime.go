//go:build unix

// Package cputime reads the CPU time the process has used. Benchmarks
// report tokens per CPU-second with it, a figure that stays fair on a
// machine shared with other jobs, where wall-clock time swings.
package cputime

import (
	"syscall"
	"time"
)

// Used returns the user and system CPU time this process has used, or 0 if
// the system cannot tell.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
