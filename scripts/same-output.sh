#!/usr/bin/env bash
# same-output.sh [REV] [EXTRA-FLAGS...]: checks that the sayso command gives
# byte-identical output at REV (default HEAD) and in the working tree, on
# the seeds, PolNeAR dev, CoNLL-2003 valid and the Canadian (GGT) dev
# articles (read from ../shared beside the repository, or $SHARED); the
# texts of gold-news are among PolNeAR dev and the Canadian set. EXTRA-FLAGS go to both runs.
# Prints one line per set and exits non-zero when any set differs.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
shift || true
shared=${SHARED:-../shared}
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/old" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git worktree add --detach "$tmp/old" "$rev" >/dev/null 2>&1
# The command was examples/extract before it became cmd/sayso (issue 13).
old=./cmd/sayso
[ -d "$tmp/old/cmd/sayso" ] || old=./examples/extract
(cd "$tmp/old" && go build -o "$tmp/extract-old" "$old")
go build -o "$tmp/extract-new" ./cmd/sayso
go run ./scripts/sets -polnear "$shared/corpora/polnear/dev" >"$tmp/polnear-dev.jsonl"
go run ./scripts/sets -conll "$shared/corpora/conll2003/valid.txt" >"$tmp/conll-valid.jsonl"
status=0
for set in seeds polnear-dev conll-valid ggt-dev; do
	case $set in
	seeds) in=testdata/seeds ;;
	ggt-dev) in=$shared/corpora/ggt/dev ;;
	*) in=$tmp/$set.jsonl ;;
	esac
	"$tmp/extract-old" "$@" "$in" >"$tmp/$set.old"
	"$tmp/extract-new" "$@" "$in" >"$tmp/$set.new"
	if cmp -s "$tmp/$set.old" "$tmp/$set.new"; then
		echo "$set: identical ($(wc -l <"$tmp/$set.new") articles, $(wc -c <"$tmp/$set.new") bytes)"
	else
		echo "$set: DIFFERENT"
		diff <(tr ',' '\n' <"$tmp/$set.old") <(tr ',' '\n' <"$tmp/$set.new") | head -20 || true
		status=1
	fi
done
exit $status
