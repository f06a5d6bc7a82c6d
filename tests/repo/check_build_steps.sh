#!/usr/bin/env bash
# packaging/build-steps.sh counts the steps the build then really runs: on a freshly configured
# tree (where a plain `ninja -n` stops at the glob re-check), after a change to one source, and
# after a new file in a CONFIGURE_DEPENDS glob. A tiny C project in a temporary directory keeps
# the check at a second; the counting is the same for Privacydesk's graph.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=packaging/build-steps.sh
source "$here/packaging/build-steps.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src/lib"
cat >"$tmp/src/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.20)
project(tiny C)
file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/lib/*.c)
add_library(tiny STATIC ${sources})
add_executable(program main.c)
target_link_libraries(program tiny)
add_executable(other main.c)
target_link_libraries(other tiny)
CMAKE
echo 'int f(void) { return 0; }' >"$tmp/src/lib/f.c"
echo 'int g(void) { return 0; }' >"$tmp/src/lib/g.c"
echo 'int f(void); int main(void) { return f(); }' >"$tmp/src/main.c"
cmake -S "$tmp/src" -B "$tmp/build" -G Ninja >/dev/null

failures=0
# Counts, builds `program`, and compares the count with the steps of the build's own count
# ([N/M] of its last line; the glob re-check before it has a count of its own).
check() {
  local when=$1 counted ran
  counted=$(build_steps "$tmp/build" program 2>/dev/null)
  ran=$(NINJA_STATUS='[%f/%t] ' ninja -C "$tmp/build" program 2>/dev/null \
    | sed -n 's/^\[\([0-9]*\)\/\([0-9]*\)\] .*/\1 \2/p' | tail -n 1)
  ran=${ran:-0 0}
  if [ "$counted" != "${ran% *}" ] || [ "$counted" != "${ran#* }" ]; then
    echo "$when: counted $counted steps, the build ran [${ran/ //}]" >&2
    failures=$((failures + 1))
  else
    echo "$when: $counted steps counted and run"
  fi
}

check "freshly configured"
[ "$(build_steps "$tmp/build" program)" = 0 ] || {
  echo "built: steps are still counted" >&2
  failures=$((failures + 1))
}
sleep 1 # a newer time stamp than the object file's, on coarse file systems too
touch "$tmp/src/lib/f.c"
check "one source changed"
echo 'int h(void) { return 0; }' >"$tmp/src/lib/h.c"
check "a new file in a glob"
exit $((failures > 0))
