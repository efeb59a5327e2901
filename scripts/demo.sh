#!/usr/bin/env bash
# Installs the dependencies, builds Lethe, builds the demo project (once) and
# opens it in the workbench; with no display, runs the headless
# investigation of the demo's erasure request and writes the PDF report.
#   scripts/demo.sh [PROJECT_DIR]      (default: ~/lethe-demo)
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
# The test command's build tree (scripts/test.sh), configured the same way:
# whichever command runs second builds nothing the first one built.
cmake --preset test -DLETHE_WERROR=ON
cmake --build --preset test -j "$(nproc)" --target lethe lethe-workbench lethe-report
bin=build/test/app
project="${1:-$HOME/lethe-demo}"
if [ ! -f "$project/lineage.sqlite" ]; then
  echo "Building the demo project in $project (Fashion-MNIST, about a minute on 2 cores)..."
  "$bin/lethe" demo init --project "$project"
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$bin/lethe-workbench" ]; then
  exec "$bin/lethe-workbench" "$project"
fi
if "$bin/lethe" requests --project "$project" --json | grep -q '"status":"open"'; then
  echo "No display: running the headless investigation of the demo's open erasure request."
  "$bin/lethe" investigate --project "$project"
else
  echo "No display, and the demo's erasure request is already investigated. The case:"
  "$bin/lethe" requests show --project "$project" --request 1 | head -3
  echo "Close it when you have decided: $bin/lethe requests close --project $project --request 1 --note \"...\""
  echo "Reports:"
  ls -1 "$project"/reports/*.pdf 2>/dev/null || echo "  (none yet: remove $project to start over)"
fi
