package eval

import (
	"fmt"
	"io"
)

// bands are the lower bounds of the confidence bands that Calibration
// counts, highest first. Never modified.
var bands = [...]float64{0.9, 0.8, 0.7, 0.5, 0}

// Band counts the system claims whose confidence falls in one band, and how
// many of them have the right speaker. A claim that matches no gold claim
// counts as wrong: calibration is judged on everything the system says.
type Band struct {
	Claims int `json:"claims"`
	Right  int `json:"right"`
}

// Share is Right/Claims, or 0 for an empty band.
func (b Band) Share() float64 { return ratio(b.Right, b.Claims) }

// Calibration has one Band per confidence band: 0.9 and above, 0.8, 0.7,
// 0.5, and below 0.5.
type Calibration []Band

// band returns the index of the band that holds confidence c.
func band(c float64) int {
	for i, lo := range bands {
		if c >= lo {
			return i
		}
	}
	return len(bands) - 1
}

func (cal *Calibration) add(confidence float64, right bool) {
	if len(*cal) == 0 {
		*cal = make(Calibration, len(bands))
	}
	b := &(*cal)[band(confidence)]
	b.Claims++
	if right {
		b.Right++
	}
}

func (cal Calibration) plus(o Calibration) Calibration {
	if len(cal) == 0 && len(o) == 0 {
		return nil
	}
	s := make(Calibration, len(bands))
	for i := range s {
		if i < len(cal) {
			s[i].Claims += cal[i].Claims
			s[i].Right += cal[i].Right
		}
		if i < len(o) {
			s[i].Claims += o[i].Claims
			s[i].Right += o[i].Right
		}
	}
	return s
}

// WriteTable writes the bands as a Markdown table.
func (cal Calibration) WriteTable(w io.Writer) {
	fmt.Fprintln(w, "| confidence | claims | right speaker | share |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for i, lo := range bands {
		var b Band
		if i < len(cal) {
			b = cal[i]
		}
		hi := "1.0"
		if i > 0 {
			hi = fmt.Sprintf("%.1f", bands[i-1])
		}
		fmt.Fprintf(w, "| %.1f–%s | %d | %d | %.3f |\n", lo, hi, b.Claims, b.Right, b.Share())
	}
}
