#!/usr/bin/env python3
"""find-copies.py [-n N] [-pairs] [SHARED]: lists text in the repository's
tracked files that is copied from the research corpora in SHARED/corpora
(default ../shared beside the repository): CoNLL-2003 train and valid,
PolNeAR train and dev, and the GGT dev articles. Their terms allow training
and tuning on them but not copying them into the repository.

A copy is a run of N (default 6) words that also occurs in a corpus, matched
case-sensitively or, failing that, case-insensitively; words are the runs of
letters and digits, so whitespace and punctuation only separate them. Go
escapes (\\n, \\t, \\", \\uXXXX) are undone first so that string literals
read as text. testdata/seeds and testdata/gold (our own articles) and the
generated data (model weights, gazetteer and lexicon data, learned lists)
are not scanned.

With -pairs it also lists pairs of capitalised words (such as an initial and
a surname) that occur in both the repository and a corpus, rarest in the
corpora first, to be judged by hand: a distinctive name pair lifted from a
particular article or results line is a copy, a well-known name is not.

Stock phrases of news writing, credit formulas and official names that
the corpora happen to contain too (ALLOWED below) are not copies and are
not reported. It prints no corpus text beyond the matched runs themselves,
and exits 1 when it reports a copy.
"""
import collections
import os
import re
import subprocess
import sys

WORD = re.compile(r"[^\W_]+")
ESC = re.compile(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[ntr\"'\\])")

SKIP_PREFIXES = (
    "testdata/seeds/",
    "testdata/gold/",
    "entity/model/data/",
    "entity/gazetteer/data/",
    "lexicon/data/",
)
SKIP_FILES = {"claim/learned_conf.txt", "claim/learned_cues.txt", "go.sum"}
EXTS = (".go", ".md", ".txt", ".json", ".jsonl")

# ALLOWED are runs that any news text may hold: stock phrases, credit
# formulas and the official names of organizations and countries. A
# matched n-gram inside one of them is no copy.
ALLOWED = [
    "campaign did not immediately respond to requests for comment",
    "did not respond to requests for comment",
    "did not respond to a request for comment",
    "a source close to him said",
    "a source close to the talks said",
    "who asked not to be named",
    "according to a count by the",
    "said going on to say that the",
    "with files from the associated press",
    "alcohol and tobacco tax and trade bureau",
    "organisation for security and cooperation in europe",
    "democratic people s republic of korea",
]


def unescape(m):
    s = m.group(1)
    if s[0] in "uU":
        return chr(int(s[1:], 16))
    return " "


def words(text):
    return WORD.findall(text)


def conll_sentences(path):
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                if sent:
                    yield " ".join(sent)
                sent = []
                continue
            tok = line.split(" ")[0]
            if tok == "-DOCSTART-":
                continue
            sent.append(tok)
    if sent:
        yield " ".join(sent)


def texts(folder):
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                yield name, f.read()


def corpora(shared):
    c = os.path.join(shared, "corpora")
    for split in ("train", "valid"):
        p = os.path.join(c, "conll2003", split + ".txt")
        for i, s in enumerate(conll_sentences(p)):
            yield "conll/" + split, s
    for split in ("train", "dev"):
        for name, t in texts(os.path.join(c, "polnear", split, "text")):
            for para in t.split("\n"):
                yield "polnear/" + split + "/" + name, para
    for name, t in texts(os.path.join(c, "ggt", "dev")):
        for para in t.split("\n"):
            yield "ggt/dev/" + name, para


def ngrams(ws, n):
    for i in range(len(ws) - n + 1):
        yield i, " ".join(ws[i : i + n])


def tracked(root):
    out = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout
    for p in out.splitlines():
        if p in SKIP_FILES or p.startswith(SKIP_PREFIXES):
            continue
        if p.endswith(EXTS) or "/testdata/" in "/" + p:
            yield p


def main():
    args = sys.argv[1:]
    n = 6
    pairs = False
    while args and args[0].startswith("-"):
        a = args.pop(0)
        if a == "-n":
            n = int(args.pop(0))
        elif a == "-pairs":
            pairs = True
        else:
            sys.exit(__doc__)
    root = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True).stdout.strip()
    shared = args[0] if args else os.path.join(root, "..", "shared")

    allowed = [" " + a + " " for a in ALLOWED]

    def stock(g):
        g = " " + g.lower() + " "
        return any(g in a for a in allowed)

    exact = {}  # n-gram -> source
    folded = {}
    bigram = collections.Counter()
    bisrc = {}
    for src, text in corpora(shared):
        ws = words(text)
        for _, g in ngrams(ws, n):
            exact.setdefault(g, src)
            folded.setdefault(g.lower(), src)
        if pairs:
            for _, g in ngrams(ws, 2):
                a, b = g.split(" ")
                if a[:1].isupper() and b[:1].isupper():
                    bigram[g] += 1
                    bisrc.setdefault(g, src)

    found = 0
    pairhits = collections.defaultdict(set)
    for path in tracked(root):
        try:
            with open(os.path.join(root, path), encoding="utf-8") as f:
                raw = f.read()
        except UnicodeDecodeError:
            continue
        for lineno, line in enumerate(raw.split("\n"), 1):
            text = ESC.sub(unescape, line)
            ws = words(text)
            hits = []
            for i, g in ngrams(ws, n):
                if stock(g):
                    continue
                if g in exact:
                    hits.append((i, exact[g], ""))
                elif g.lower() in folded:
                    hits.append((i, folded[g.lower()], " (case-insensitive)"))
            if hits:
                found += 1
                # merge overlapping runs
                runs = []
                for i, src, how in hits:
                    if runs and i <= runs[-1][1]:
                        runs[-1][1] = i + n
                    else:
                        runs.append([i, i + n, src, how])
                for a, b, src, how in runs:
                    print(f"{path}:{lineno}: [{src}{how}] {' '.join(ws[a:b])}")
            if pairs:
                for _, g in ngrams(ws, 2):
                    if g in bigram:
                        pairhits[g].add(f"{path}:{lineno}")
    if pairs:
        print("\n# capitalised pairs also in the corpora (corpus count, first corpus file, where)")
        for g in sorted(pairhits, key=lambda g: (bigram[g], g)):
            where = sorted(pairhits[g])
            print(f"{bigram[g]:6d}  {g:40s} {bisrc[g]:45s} {', '.join(where[:4])}{' …' if len(where) > 4 else ''}")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
