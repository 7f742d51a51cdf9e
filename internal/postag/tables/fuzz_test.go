package tables

import (
	"testing"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// FuzzDecode feeds damaged files to Decode and prose models to Build, which
// must report what they cannot read rather than panic.
func FuzzDecode(f *testing.F) {
	tabs, err := Build(aptagmodel.English)
	if err != nil {
		f.Fatal(err)
	}
	b, err := tabs.AppendBinary(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b[:200])
	f.Add(aptagmodel.English[:300])
	f.Add([]byte("SAYSOPOS\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Decode(data)
		_, _ = Build(data)
	})
}
