#!/usr/bin/env bash
# The desktop entry launches what the application accepts: desktop-file-validate finds
# no error, and Exec passes no files or URLs (%f %F %u %U), because the application refuses every
# positional argument (a store is opened with --store DIR). Usage: check_desktop.sh GUI_BINARY
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
desktop="$here/packaging/nl.privacydesk.Privacydesk.desktop"
gui=${1:?the privacydesk binary}

if ! command -v desktop-file-validate >/dev/null 2>&1; then
  echo "desktop-file-validate (desktop-file-utils) is missing: run packaging/install-deps.sh" >&2
  exit 1
fi
desktop-file-validate "$desktop"

exec_line=$(sed -n 's/^Exec=//p' "$desktop")
read -r -a words <<<"$exec_line"
if [ "${words[0]}" != "$(basename "$gui")" ]; then
  echo "Exec starts with '${words[0]}', the program is '$(basename "$gui")'" >&2
  exit 1
fi
for word in "${words[@]:1}"; do
  case "$word" in
    %f|%F|%u|%U)
      echo "Exec passes files ($word), which privacydesk refuses: '$exec_line'" >&2
      exit 1 ;;
  esac
done
# The application really refuses a file argument (so a field code would break every launch).
if QT_QPA_PLATFORM=offscreen "$gui" /tmp/some-file.pdf >/dev/null 2>&1; then
  echo "privacydesk accepted a file argument: the desktop entry may pass files again" >&2
  exit 1
fi
echo "desktop entry: Exec '$exec_line' is valid"
