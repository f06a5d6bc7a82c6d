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
# Paths relative to the checkout, so that a fresh clone elsewhere (CI) reuses the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$here}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
jobs=$(nproc)

case "$what" in
  run)
    cmake --preset release >/dev/null
    # Only the two programs: someone who wants to run the app need not wait for the tests.
    # A newcomer hears up front how many steps the build will run and how long that takes;
    # ninja then counts the same steps ([12/474]). Per step on one core, measured on a fresh
    # clone (2 cores, other builds running beside it): 7 s with an empty ccache,
    # 1 s with a filled one (README, "packaging/dev.sh run").
    steps=$("$here/packaging/build-steps.sh" build/release privacydesk privacydesk-cli \
      2>/dev/null || true)
    if [ "${steps:-0}" -gt 0 ]; then
      cold=$(( (steps * 7 + jobs * 60 - 1) / (jobs * 60) ))
      warm=$(( (steps * 1 + jobs * 60 - 1) / (jobs * 60) ))
      if [ -n "$(ls -A "$CCACHE_DIR" 2>/dev/null)" ]; then
        when="about $warm minutes if ccache holds them from an earlier build, up to $cold if not"
      else
        when="about $cold minutes (ccache makes later builds take seconds)"
      fi
      echo "Privacydesk: $steps build steps to do on $jobs cores: $when." >&2
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
