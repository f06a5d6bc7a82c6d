#!/usr/bin/env bash
# Every dialog and wizard class in ui/ is in the list of tests/gui/DialogWalks.cpp,
# which tst_dialogwalk and tst_accelerators walk: a class deriving from QDialog, QWizard or
# another dialog class of ours (CaseActionDialog, UserFormDialog) must be named there, so that a
# new dialog cannot skip the checks for its initial focus, the keys typed into it, its controls'
# accessible names and its accelerators.
# Usage: check_dialogwalk.sh UI_DIR WALK_LIST_FILE
set -euo pipefail
ui=${1:?the ui source folder}
walk=${2:?DialogWalks.cpp}

classes=$(grep -rhoE --include='*.h' --include='*.cpp' \
  'class +[A-Za-z0-9_]+ +(final +)?: +public +(QDialog|QWizard|[A-Za-z0-9_]+Dialog)\b' "$ui" \
  | sed -E 's/^class +([A-Za-z0-9_]+).*/\1/' | sort -u)
if [ -z "$classes" ]; then
  echo "no dialog classes found below $ui: is the pattern still right?" >&2
  exit 1
fi
missing=0
for class in $classes; do
  if ! grep -qw "$class" "$walk"; then
    echo "$class is not walked by $(basename "$walk")" >&2
    missing=1
  fi
done
exit $missing
