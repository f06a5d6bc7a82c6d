#!/usr/bin/env bash
# The README's two commands. Each does all set-up on a fresh Debian 12 machine.
#   packaging/dev.sh run [app options]   install dependencies, build, start Privacydesk
#   packaging/dev.sh test                install dependencies, build with -Werror, run every test
#   packaging/dev.sh deb                 build the Debian package (stripped, no tests) in build/package
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

what=${1:-}
shift || true

"$here/packaging/install-deps.sh"

# ccache keeps a rebuild after a small change at seconds; its cache lives outside the tree.
export CCACHE_DIR=${CCACHE_DIR:-${HOME:-/tmp}/.cache/privacydesk-ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-2G}
# Paths relative to the checkout, so that a fresh clone elsewhere (CI) reuses the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$here}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
jobs=$(nproc)

case "$what" in
  run)
    cmake --preset release >/dev/null
    # Only the two programs: someone who wants to run the app need not wait for the tests.
    cmake --build --preset release -j "$jobs" --target privacydesk privacydesk-cli
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      echo "Privacydesk: no display found (DISPLAY/WAYLAND_DISPLAY). Start it on a desktop," >&2
      echo "or try it under Xvfb: xvfb-run -a build/release/app/gui/privacydesk --demo" >&2
      exit 1
    fi
    echo "Privacydesk: the command-line tool is $here/build/release/app/cli/privacydesk-cli" >&2
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
    cmake --preset dev "${debug_info[@]}" >/dev/null
    cmake --build --preset dev -j "$jobs"
    # Tests first, then the formatting check: both must pass.
    ctest --preset dev -j "$jobs"
    ;;
  *)
    echo "usage: packaging/dev.sh run [--demo] | test | deb" >&2
    exit 2
    ;;
esac
