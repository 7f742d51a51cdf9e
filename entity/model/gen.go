package model

// data/model.bin is trained on CoNLL-2003 by internal/cmd/train, which
// imports this package to train and save the model, so it lives at the
// top of the import flow. It reads the corpora in $SAYSO_CORPORA, or in
// ../shared/corpora from the repository root; CI does not run it. The
// model reads entity/gazetteer's lexicons: regenerate those first.

//go:generate go run ../../internal/cmd/train -out data/model.bin
