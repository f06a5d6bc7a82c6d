#!/usr/bin/env bash
# The English UI cites the law the English way ("GDPR", "art. 6(1)(a) GDPR", "art. 12(3)"),
# never the Dutch way ("AVG", "art. 6 lid 1 sub a", "onder a"). After lupdate over today's
# sources, on a copy (the tree is not modified), every English source string and every English
# plural form is checked (check_english.pl); english_allowlist.txt names the few strings that
# must keep such a Dutch word, each with its reason.
#   check_english.sh LUPDATE
set -euo pipefail
lupdate=$1
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/privacydesk_en.ts "$tmp/en.ts"
mapfile -t sources < <(find core ui app -name '*.cpp' -o -name '*.h' | sort)
"$lupdate" -no-obsolete -locations absolute -silent -I core -I ui "${sources[@]}" -ts "$tmp/en.ts"
perl tests/repo/check_english.pl tests/repo/english_allowlist.txt "$tmp/en.ts"
