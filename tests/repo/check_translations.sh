#!/usr/bin/env bash
# The UI is Dutch first: after lupdate over today's sources, the Dutch .ts file may hold no
# unfinished or missing translation. Runs on a copy; the tree is not modified.
#   check_translations.sh LUPDATE
set -euo pipefail
lupdate=$1
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/privacydesk_nl.ts "$tmp/nl.ts"
mapfile -t sources < <(find core ui app -name '*.cpp' -o -name '*.h' | sort)
"$lupdate" -no-obsolete -locations none -silent -I core -I ui "${sources[@]}" -ts "$tmp/nl.ts"
total=$(grep -c '<message' "$tmp/nl.ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$tmp/nl.ts" || true)
if [ "$unfinished" -ne 0 ]; then
  echo "translations/privacydesk_nl.ts: $unfinished of $total strings have no Dutch translation:" >&2
  grep -B3 'type="unfinished"' "$tmp/nl.ts" | grep '<source>' | head -20 >&2
  echo "Run: cmake --build <build> --target privacydesk_lupdate, translate, commit." >&2
  exit 1
fi
echo "Dutch translation complete: $total strings"
