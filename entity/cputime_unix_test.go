//go:build unix

package entity

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used, which measures speed
// fairly on a machine shared with other jobs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
