#!/usr/bin/env bash
# The checks CI runs after the README's test command (.ci/run), each timed:
#  1. the engine-only build (LETHE_WITH_UI=OFF: the GPU machines' build, no
#     Qt in the engine or the CLI) with the engine tests;
#  2. the asan preset: AddressSanitizer + UBSan on Lethe's code, the engine
#     and CLI tests (halt on the first finding);
#  3. clang-tidy with the checks of .clang-tidy (scripts/tidy.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
timed() {
  local name=$1
  shift
  local t0=$SECONDS
  echo "== $name"
  "$@"
  echo "== $name: $((SECONDS - t0)) s"
}
engine_only() {
  cmake --preset engine-only -DLETHE_WITH_TESTS=ON -DLETHE_WERROR=ON > /dev/null
  cmake --build --preset engine-only -j "$jobs"
  ctest --test-dir build/engine -L engine -j "$jobs" --output-on-failure
}
sanitizers() {
  cmake --preset asan > /dev/null
  cmake --build --preset asan -j "$jobs"
  ctest --preset asan -j "$jobs"
}
timed "engine-only build and engine tests" engine_only
timed "asan + ubsan: engine and CLI tests" sanitizers
timed "clang-tidy" scripts/tidy.sh
