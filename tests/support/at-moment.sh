#!/usr/bin/env bash
# Runs a test as if it started at MOMENT (UTC), its clock running on from there:
#   at-moment.sh MOMENT LIBFAKETIME PROGRAM [ARGUMENTS...]
# Debian's libfaketime (LD_PRELOAD) shifts the realtime clock by one offset, the same for the
# test and every process it starts (the CLI, PostgreSQL, Dovecot), so that a request typed by
# the test and a deadline reckoned by the CLI see one clock. The monotonic clock moves by the
# same offset, so that elapsed times are unchanged: libfaketime converts the deadline of a timed
# wait (QThread::wait, a condition variable on the monotonic clock) right only then; with the
# monotonic clock left real, such a wait returned at once.
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: at-moment.sh MOMENT LIBFAKETIME PROGRAM [ARGUMENTS...]" >&2
  exit 2
fi
moment=$1
library=$2
shift 2

if [ ! -r "$library" ]; then
  echo "at-moment.sh: $library is missing: run packaging/install-deps.sh (Debian's faketime)" >&2
  exit 1
fi
start=$(date -u -d "$moment" +%s)
offset=$((start - $(date -u +%s)))
if [ "$offset" -ge 0 ]; then
  FAKETIME="+$offset"
else
  FAKETIME="$offset"
fi
export FAKETIME
export LD_PRELOAD="$library${LD_PRELOAD:+:$LD_PRELOAD}"
# What the test reads back (tst_clock), to prove the moment took in the test process too.
export PRIVACYDESK_TEST_MOMENT=$moment

# A clock that did not move is a run at the real time that proves nothing: refuse it.
seen=$(date -u +%s)
if [ "$seen" -lt $((start - 5)) ] || [ "$seen" -gt $((start + 60)) ]; then
  echo "at-moment.sh: the faked clock did not take ($(date -u -d "@$seen" +%FT%TZ)," \
    "wanted $moment)" >&2
  exit 1
fi
exec "$@"
