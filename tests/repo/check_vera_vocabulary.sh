#!/usr/bin/env bash
# resources/vera/vocabulary.json is what packaging/vera/vocabulary.py makes of the VERA
# specifications beside the tree (../shared/vera) and of core/vera/VeraCatalogue: regenerated into
# a temporary file, it must not differ from the checked-in one. When it does, the specifications
# or the catalogue changed: run the generator and commit the file.
#   check_vera_vocabulary.sh [SPECS_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
specs=${1:-../shared/vera}
if [ ! -d "$specs/Informatiedomeinen" ] || [ ! -f "$specs/referentiedata/Referentiedata.csv" ]; then
  echo "The VERA specifications are not in $specs (Informatiedomeinen, referentiedata)." >&2
  exit 1
fi
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
python3 packaging/vera/vocabulary.py "$specs" "$tmp"
if ! diff -u resources/vera/vocabulary.json "$tmp" >"$tmp.diff"; then
  echo "resources/vera/vocabulary.json differs from what the specifications in $specs give:" >&2
  head -40 "$tmp.diff" >&2
  rm -f "$tmp.diff"
  echo "Run: python3 packaging/vera/vocabulary.py $specs resources/vera/vocabulary.json" >&2
  exit 1
fi
rm -f "$tmp.diff"
echo "resources/vera/vocabulary.json follows the specifications in $specs"
