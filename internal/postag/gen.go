package postag

// data/tables.bin is prose's part-of-speech model, the bytes prose exports
// in tag/aptagmodel, in the hash tables of internal/postag/tables. It is
// written by internal/cmd/gentagger and depends on prose's model alone;
// TestTablesAreProses fails when it no longer matches the model of the
// prose in go.mod. Regenerate it after upgrading prose.

//go:generate go run ../cmd/gentagger -out data/tables.bin
