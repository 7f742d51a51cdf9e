package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// console is the command's standard error: message lines, and the progress
// bar when standard error is a terminal and there is more than one article.
// Messages come from the loop over the results and from the goroutine that
// reads the articles (warnings), hence the lock.
type console struct {
	mu    sync.Mutex
	w     io.Writer
	bar   bool                     // standard error is a terminal: a bar may be shown
	total int                      // articles expected, or -1 when unknown
	done  int                      // articles done
	shown int                      // articles done that the bar has been told of
	pb    *progressbar.ProgressBar // nil without a bar
}

// newConsole returns a console writing to w; bar says whether w is a
// terminal, where a progress bar may be shown.
func newConsole(w io.Writer, bar bool) *console {
	return &console{w: w, bar: bar, total: -1}
}

// say writes one message line with the command's prefix, clearing the bar
// first; the bar comes back with the next step.
func (c *console) say(format string, args ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clear()
	fmt.Fprintf(c.w, "sayso: "+format+"\n", args...)
}

// start sets the number of articles expected, or -1 when it is unknown. A
// bar with a known total of more than one shows at once; one with an
// unknown total from the second article on, but its clock starts now.
func (c *console) start(total int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.total = total
	if c.bar && (total > 1 || total < 0) {
		c.pb = newBar(c.w, total)
		c.pb.StartWithoutRender()
	}
}

// step counts one article done, written or failed.
func (c *console) step() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.done++
	if c.pb == nil || c.total < 0 && c.done < 2 {
		return
	}
	// An error means more articles than counted: the bar stays full.
	c.pb.Add(c.done - c.shown)
	c.shown = c.done
}

// hide clears the bar, for a result written to the same terminal.
func (c *console) hide() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clear()
}

// finish takes the bar away for good.
func (c *console) finish() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pb != nil {
		c.pb.Finish() // a bar that reaches its end clears itself
		c.pb = nil
	}
}

func (c *console) clear() {
	if c.pb != nil {
		c.pb.Clear()
	}
}

// newBar returns a progress bar on w for total articles: count, rate and
// time left, or with total -1 a spinner with the count and rate only.
func newBar(w io.Writer, total int) *progressbar.ProgressBar {
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("sayso"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionFullWidth(),
	}
	if total < 0 {
		opts = append(opts,
			progressbar.OptionShowTotalBytes(false), // no "/-" after the count
			progressbar.OptionSetElapsedTime(false),
			// A spinner that turns on each render, not on a timer: the
			// timer's goroutine would outlive an interrupted run.
			progressbar.OptionSetSpinnerChangeInterval(0))
	} else {
		opts = append(opts, progressbar.OptionSetRenderBlankState(true))
	}
	return progressbar.NewOptions(total, opts...)
}

// count returns how many articles inputs hold, as articles will yield them
// (an unreadable file or folder counts one, its error), or -1 when
// standard input is among them: it can be read only once.
func count(ctx context.Context, inputs []string) int {
	n := 0
	for _, in := range inputs {
		if in == "-" {
			return -1
		}
		filepath.WalkDir(in, func(path string, de fs.DirEntry, err error) error {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			switch {
			case err != nil:
				n++
				if de != nil && de.IsDir() {
					return fs.SkipDir
				}
			case de.IsDir():
			case path == in: // a file named as an input is read whatever its name
				n += countFile(path)
			case strings.EqualFold(filepath.Ext(path), ".txt"):
				n++
			case strings.EqualFold(filepath.Ext(path), ".jsonl"):
				n += countRecords(path)
			}
			return nil
		})
		if ctx.Err() != nil {
			return -1
		}
	}
	return n
}

// countFile counts the articles of a file named as an input: its records
// when it ends in .jsonl, one otherwise.
func countFile(path string) int {
	if strings.EqualFold(filepath.Ext(path), ".jsonl") {
		return countRecords(path)
	}
	return 1
}

// countRecords counts the lines of a JSON Lines file that are not blank,
// as corpus.Records yields them; an unreadable file counts one, its error.
func countRecords(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	n, blank := 0, true
	for {
		chunk, err := br.ReadSlice('\n')
		if blank && len(bytes.TrimSpace(chunk)) > 0 {
			blank = false
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue // the line goes on
		}
		if !blank {
			n++
		}
		blank = true
		if err != nil {
			return n
		}
	}
}
