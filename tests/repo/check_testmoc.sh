#!/usr/bin/env bash
# The tests' moc (tests/CMakeLists.txt, privacydesk_test_moc) reads a test file without its
# includes: it knows the compiler's and Qt's platform macros and the target's definitions, not
# the macros of the headers. A test class whose declaration depends on a preprocessor condition
# could then lose a slot without a word, so no Q_OBJECT class in a test may hold one.
set -euo pipefail
cd "$(dirname "$0")/../.."
status=0
checked=0
while IFS= read -r file; do
  checked=$((checked + 1))
  # Between a class's opening line and its closing "};", outside member function bodies (brace
  # depth 1, where the slots are declared): a conditional there is reported.
  if ! awk -v file="$file" '
      /^(class|struct) [^;]*$/ { inclass = 1; depth = 0; start = NR }
      inclass && depth <= 1 && /^[ \t]*#[ \t]*(if|ifdef|ifndef|elif|else)/ { bad = 1
          printf "%s:%d: a preprocessor condition in the test class of line %d; moc reads no headers\n", file, NR, start }
      inclass { line = $0; depth += gsub(/\{/, "", line); depth -= gsub(/\}/, "", line) }
      inclass && /^};/ { inclass = 0 }
      END { exit bad }' "$file"; then
    status=1
  fi
done < <(git ls-files -- 'tests/*.cpp' | xargs grep -l 'Q_OBJECT' | grep -v '^tests/benchmarks/')
echo "test moc: $checked test files, no test class depends on a preprocessor condition"
exit $status
