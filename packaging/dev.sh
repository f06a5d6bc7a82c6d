#!/usr/bin/env bash
# The README's two commands. Each does all set-up on a fresh Debian 12 machine.
#   packaging/dev.sh run [app options]   install dependencies, build, start Privacydesk
#   packaging/dev.sh test                install dependencies, build optimised with -Werror and
#                                        assertions kept (build/test), run every test
#   packaging/dev.sh deb                 build the Debian package (stripped, no tests) in build/package
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

what=${1:-}
shift || true

"$here/packaging/install-deps.sh"

# ccache keeps a rebuild after a small change at seconds; its cache lives outside the tree.
export CCACHE_DIR=${CCACHE_DIR:-${HOME:-/tmp}/.cache/privacydesk-ccache}
# Three builds share it (build/test for the tests, build/release to run, build/dev to work on).
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
# Paths relative to the checkout, so that a fresh clone may reuse the cache. Measured: a clone in
# another folder found few of its compiles there (21 of 487), most likely because the precompiled
# headers differ per folder; CI clones into the same folder each time.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$here}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
jobs=$(nproc)

case "$what" in
  run)
    cmake --preset release >/dev/null
    # Only the two programs: someone who wants to run the app need not wait for the tests.
    # A newcomer hears up front how many steps the build will run and how long that takes;
    # ninja then counts the same steps ([12/576]).
    steps=$("$here/packaging/build-steps.sh" build/release privacydesk privacydesk-cli \
      2>/dev/null || true)
    if [ "${steps:-0}" -gt 0 ]; then
      # Processor time per step, measured on fresh clones (README): 1.1 s with an empty
      # ccache, 0.25 s with one that holds the results of an earlier build in this folder (a
      # clone in another folder found 21 of 487 compiles there). Other programs that keep the
      # cores busy (the load average) take their share of them.
      load=$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo 0)
      minutes() {
        awk -v steps="$steps" -v cpu="$1" -v jobs="$jobs" -v load="$2" 'BEGIN {
          m = steps * cpu * (jobs + load) / (jobs * jobs * 60); print int(m) + (m > int(m)) }'
      }
      idle="on $jobs idle cores about $(minutes 1.1 0) min"
      busy="now that other programs keep the cores busy (load $load), rather"
      busy="$busy $(minutes 1.1 "$load")"
      if [ -n "$(ls -A "$CCACHE_DIR" 2>/dev/null)" ]; then
        idle="$idle with an empty ccache, $(minutes 0.25 0) if it holds this folder's last build"
        busy="$busy and $(minutes 0.25 "$load")"
      else
        idle="$idle (ccache is empty: later builds take a fraction of that)"
      fi
      echo "Privacydesk: $steps build steps to do: $idle." >&2
      if [ "$(minutes 1.1 "$load")" != "$(minutes 1.1 0)" ]; then
        echo "Privacydesk: $busy min." >&2
      fi
    fi
    cmake --build --preset release -j "$jobs" --target privacydesk privacydesk-cli
    echo "Privacydesk: the command-line tool is $here/build/release/app/cli/privacydesk-cli" >&2
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      echo "Privacydesk: no display found (DISPLAY/WAYLAND_DISPLAY). Start it on a desktop," >&2
      echo "or look at it under Xvfb: xvfb-run -a -s '-screen 0 1280x800x24'" \
        "build/release/app/gui/privacydesk --demo (README: \"Looking at the desk without a" \
        "desktop\")" >&2
      exit 1
    fi
    exec "$here/build/release/app/gui/privacydesk" "$@"
    ;;
  deb)
    cmake --preset package >/dev/null
    cmake --build --preset package -j "$jobs"
    (cd "$here/build/package" && cpack -G DEB >/dev/null)
    ls "$here"/build/package/privacydesk_*.deb
    ;;
  test)
    # CI needs no debugger's information: line tables keep its backtraces readable and save a
    # quarter of the compile time (CMakeLists.txt, PRIVACYDESK_LINE_TABLES_ONLY).
    debug_info=()
    if [ "${CI:-}" = true ]; then
      debug_info=(-DPRIVACYDESK_LINE_TABLES_ONLY=ON)
    fi
    # The tests run optimised (-O2) with assertions kept (preset "test"): what fails only in the
    # optimised build users run (initialisation order, undefined behaviour) fails here too.
    cmake --preset test "${debug_info[@]}" >/dev/null
    cmake --build --preset test -j "$jobs"
    # Tests first, then the formatting check: both must pass.
    ctest --preset test -j "$jobs"
    ;;
  *)
    echo "usage: packaging/dev.sh run [--demo] | test | deb" >&2
    exit 2
    ;;
esac
