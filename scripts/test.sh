#!/usr/bin/env bash
# Installs the dependencies, builds everything with the test preset and runs
# every test except the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset test
cmake --build --preset test -j "$(nproc)"
ctest --preset test -j "$(nproc)"
