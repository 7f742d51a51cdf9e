package claim

// learned_cues.txt and learned_conf.txt are learned from PolNeAR train by
// internal/cmd/gencues. It runs the extract pipeline, which imports claim,
// so it lives at the top of the import flow, not inside claim. It reads
// the corpora in $SAYSO_CORPORA, or in ../shared/corpora from the
// repository root, and runs the whole pipeline over 840 articles, so CI
// does not run it; README.md says how long it takes. Its figures depend
// on the entity model and the gazetteer too: regenerate those first.

//go:generate go run ../internal/cmd/gencues -out learned_cues.txt -conf learned_conf.txt
