#!/usr/bin/env bash
# browser-test.sh [SCREENSHOT.png]: renders the HTML view (package view) of
# every seed article, and the page of all of them, in headless Chromium,
# and checks that the DOM the browser built shows every claim and every
# entity mention of the articles' JSON (scripts/check-view-dom.py). It
# also takes a screenshot of one seed's page, 1280 pixels wide, kept at
# SCREENSHOT.png when given (docs/view.png is one). Needs chromium
# (Debian: apt-get install -y chromium) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "browser-test: no chromium (apt-get install -y chromium)" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
SAYSO_VIEW_DIR="$dir" go test -count=1 -run '^TestWritePages$' ./view >/dev/null

# run PAGE ARGS...: Chromium on the page, its log kept to show on failure.
run() {
	local page=$1
	shift
	if ! timeout 120 "$browser" --headless --no-sandbox --disable-gpu "$@" "file://$page" 2>"$dir/chromium.log"; then
		cat "$dir/chromium.log" >&2
		return 1
	fi
}

status=0
for page in "$dir"/*.html; do
	name=$(basename "$page" .html)
	if [ "$name" = all ]; then
		jsons=("$dir"/*.json)
	else
		jsons=("$dir/$name.json")
	fi
	run "$page" --dump-dom >"$dir/$name.dom"
	python3 scripts/check-view-dom.py "$dir/$name.dom" "${jsons[@]}" | sed "s|$dir/||g" || status=1
done

shot=$dir/shot.png
run "$dir/003_2b094161495f9014.html" --screenshot="$shot" --window-size=1280,2000 >/dev/null
[ "$(head -c 4 "$shot" | tail -c 3)" = PNG ] || { echo "browser-test: no screenshot" >&2; exit 1; }
if [ $# -gt 0 ]; then
	cp "$shot" "$1"
fi
exit $status
