#!/usr/bin/env bash
# The checks CI runs after the README's test command (.ci/run), each timed:
#  1. the engine-only build (LETHE_WITH_UI=OFF: the GPU machines' build, no
#     Qt in the engine or the CLI) with the engine tests;
#  2. the asan preset: AddressSanitizer + UBSan on Lethe's code, the engine
#     and CLI tests (halt on the first finding);
#  3. clang-tidy with the checks of .clang-tidy (scripts/tidy.sh);
#  4. the Debian package installed for real (apt install ./lethe_*.deb), then
#     lethe --help, lethe demo init --subset 500 and the menu entry's Exec
#     line under Xvfb (still running after 10 s = started).
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
package_install() {
  rm -rf build/package
  cpack --config build/test/CPackConfig.cmake -B build/package > /dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ./build/package/lethe_*.deb > /dev/null
  lethe --help | grep -q "Subcommands:"
  local work
  work=$(mktemp -d)
  lethe demo init --project "$work/demo" --subset 500 --epochs 0.2 > /dev/null
  local exec_line
  exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/io.lethe.Workbench.desktop | sed 's/ %f//')
  set +e
  xvfb-run -a timeout 10 "$exec_line" "$work/demo"
  local rc=$?
  set -e
  rm -rf "$work"
  [ $rc = 124 ] || { echo "the installed workbench did not keep running (exit $rc)"; return 1; }
  echo "installed: $(dpkg-query -W -f='${Package} ${Version}' lethe); the workbench started from its menu entry"
}
timed "engine-only build and engine tests" engine_only
timed "asan + ubsan: engine and CLI tests" sanitizers
timed "clang-tidy" scripts/tidy.sh
timed "the Debian package, installed" package_install
