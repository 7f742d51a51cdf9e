package gen

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCorpora(t *testing.T) {
	tmp := t.TempDir()
	repo := filepath.Join(tmp, "wt")
	pkg := filepath.Join(repo, "entity", "model")
	require.NoError(t, os.MkdirAll(pkg, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(repo, "go.mod"), []byte("module "+Module+"\n\ngo 1.26\n"), 0o644))
	// A nested module of another name is not the root.
	other := filepath.Join(pkg, "other")
	require.NoError(t, os.MkdirAll(other, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(other, "go.mod"), []byte("module example.com/other\n"), 0o644))

	tests := []struct {
		name, wd, env, want string
	}{
		{"root", repo, "", filepath.Join("..", "shared", "corpora")},
		{"package", pkg, "", filepath.Join("..", "..", "..", "shared", "corpora")},
		{"nested module", other, "", filepath.Join("..", "..", "..", "..", "shared", "corpora")},
		{"outside", tmp, "", filepath.Join("..", "shared", "corpora")},
		{"env", pkg, "/data/corpora", "/data/corpora"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(tt.wd)
			t.Setenv(CorporaEnv, tt.env)
			assert.Equal(t, tt.want, Corpora())
		})
	}
}

func TestRoot(t *testing.T) {
	wd, err := os.Getwd()
	require.NoError(t, err)
	root, ok := Root(wd)
	require.True(t, ok)
	assert.FileExists(t, filepath.Join(root, "internal", "gen", "gen.go"))
}
