#!/usr/bin/env bash
# The UI is Dutch first: after lupdate over today's sources, the Dutch .ts file may hold no
# unfinished or missing translation, and no string (Dutch or English), letter template or manual
# may use a variant that translations/GLOSSARY.md rules out (check_glossary.pl). Runs on a copy;
# the tree is not modified.
#   check_translations.sh LUPDATE
set -euo pipefail
lupdate=$1
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/privacydesk_nl.ts "$tmp/nl.ts"
mapfile -t sources < <(find core ui app -name '*.cpp' -o -name '*.h' | sort)
# Locations only in the copy, so that the glossary check can name an English string's file.
"$lupdate" -no-obsolete -locations absolute -silent -I core -I ui "${sources[@]}" -ts "$tmp/nl.ts"
# One word per concept, checked first so that its findings show even while strings are untranslated.
glossary=0
perl tests/repo/check_glossary.pl translations/GLOSSARY.md "$tmp/nl.ts" || glossary=1
# A count put into a noun by hand reads "1 dagen" or "verzoek(en)": such a source must be a
# plural message, tr("%n day(s)", nullptr, n), so that both languages get singular and plural.
export plural_pattern='\((s|en|es)\)|%L?[0-9]+ (day|week|month|year|minute|hour|second|request|file|line|item|person|letter|note|disclosure|event|page|character|record|row|case|agreement|finding|fragment|slot|user)s?([^a-z]|$)'
not_numerus=$(awk '
  BEGIN { pattern = ENVIRON["plural_pattern"] }
  /<message/ { numerus = ($0 ~ /numerus="yes"/) }
  /<source>/ && !numerus && $0 ~ pattern { sub(/^ *<source>/, ""); sub(/<\/source>.*/, ""); print }
' "$tmp/nl.ts")
if [ -n "$not_numerus" ]; then
  echo "Sources that put a count into a noun without a plural form (use tr(\"%n …(s)\", nullptr, n)):" >&2
  echo "$not_numerus" >&2
  exit 1
fi
total=$(grep -c '<message' "$tmp/nl.ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$tmp/nl.ts" || true)
if [ "$unfinished" -ne 0 ]; then
  echo "translations/privacydesk_nl.ts: $unfinished of $total strings have no Dutch translation:" >&2
  grep -B3 'type="unfinished"' "$tmp/nl.ts" | grep '<source>' | head -20 >&2
  echo "Run: cmake --build <build> --target privacydesk_lupdate, translate, commit." >&2
  exit 1
fi
echo "Dutch translation complete: $total strings"
exit "$glossary"
