#!/usr/bin/env bash
# Counts the steps ninja will run to build TARGETs in a configured BUILD_DIR, so that the first
# command can say up front how long the first build takes. Usage: build-steps.sh BUILD_DIR TARGET...
#
# `ninja -n` alone does not do it: CMake's CONFIGURE_DEPENDS globs make build.ninja depend on a
# re-check that always runs, and a dry run that finds the manifest out of date prints only the
# re-check and the regeneration and stops (ninja cannot know the new graph without running
# them). So the re-check runs for real first, exactly as the build itself would start, and the
# dry run then reads build.ninja through a manifest of its own (stdin), for which ninja knows no
# rule to rebuild it: it sees the whole graph and counts the steps that are missing or out of
# date, which is what the build's [N/M] counts.
set -euo pipefail

build_steps() {
  local dir=$1
  shift
  # The same start as the build: re-check the globs and regenerate build.ninja if they changed.
  ninja -C "$dir" build.ninja >/dev/null
  # One line per step, whatever the user's NINJA_STATUS; commands do not run in a dry run.
  NINJA_STATUS='step ' ninja -C "$dir" -f /dev/stdin -n "$@" <<<'include build.ninja' \
    | grep -c '^step ' || true
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  build_steps "${1:?usage: build-steps.sh BUILD_DIR TARGET...}" "${@:2}"
fi
