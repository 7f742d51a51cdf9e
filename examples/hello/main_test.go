package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunPrintsWhoSaidWhatThenJSON(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out))
	sc := bufio.NewScanner(&out)
	require.True(t, sc.Scan())
	assert.Equal(t, "Ana Ruiz said: We are close", sc.Text())
	require.True(t, sc.Scan())
	var res struct {
		Doc    string `json:"doc"`
		Claims []struct {
			Kind    string `json:"kind"`
			Text    string `json:"text"`
			Start   int    `json:"start"`
			End     int    `json:"end"`
			Speaker struct {
				Name  string `json:"name"`
				Start int    `json:"start"`
				End   int    `json:"end"`
			} `json:"speaker"`
		} `json:"claims"`
	}
	require.NoError(t, json.Unmarshal(sc.Bytes(), &res))
	assert.Equal(t, "a1", res.Doc)
	require.Len(t, res.Claims, 1)
	c := res.Claims[0]
	assert.Equal(t, "direct", c.Kind)
	assert.Equal(t, "We are close", c.Text)
	assert.Equal(t, "Ana Ruiz", c.Speaker.Name)
	assert.Equal(t, [2]int{3, 15}, [2]int{c.Start, c.End}, "the quote's words, inside the marks")
	assert.Equal(t, [2]int{20, 28}, [2]int{c.Speaker.Start, c.Speaker.End}, "the speaker's name, after the closing mark")
	assert.False(t, sc.Scan(), "nothing after the JSON line")
}
