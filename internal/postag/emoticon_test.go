package postag

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmoticonsAreProses checks that isEmoticon's cases are exactly the keys
// of prose's internal emoticon.Set, read from the source of the prose module
// in the build, so that upgrading prose cannot leave them behind.
func TestEmoticonsAreProses(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/jdkato/prose/v3").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	dir := strings.TrimSpace(string(out))
	theirs := stringLits(t, filepath.Join(dir, "internal", "emoticon", "emoticon.go"))
	mine := stringLits(t, "emoticon.go")
	require.NotEmpty(t, theirs)
	assert.Equal(t, theirs, mine)
	for _, e := range theirs {
		assert.True(t, isEmoticon(e), e)
	}
}

// stringLits returns the sorted string literals of the Go file at path.
func stringLits(t *testing.T, path string) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
	require.NoError(t, err)
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			s, err := strconv.Unquote(lit.Value)
			require.NoError(t, err)
			out = append(out, s)
		}
		return true
	})
	slices.Sort(out)
	return out
}
