#!/usr/bin/env bash
# Installs the dependencies, builds everything with the test preset and runs
# every test except the benchmarks. LETHE_DEPS_INSTALLED=1 (set by .ci/run,
# which has just run install-deps.sh) skips the install.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${LETHE_DEPS_INSTALLED:-0}" != 1 ]; then
  packaging/install-deps.sh
fi
cmake --preset test -DLETHE_WERROR=ON   # the tree builds without a warning (-Wall -Wextra -Wpedantic)
cmake --build --preset test -j "$(nproc)"
ctest --preset test -j "$(nproc)"
