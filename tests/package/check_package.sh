#!/usr/bin/env bash
# The Debian package (issue 15, docs/packaging.md), label package:
#   check_package.sh BUILD_DIR SOURCE_DIR
# builds it with CPack from the build tree, inspects it (dpkg-deb -I and -c),
# validates its .desktop file and AppStream metainfo, installs it into a
# scratch root (dpkg -x) and runs what it installed there: lethe --help,
# lethe demo init --subset 500, and the menu entry's Exec line (offscreen,
# still running after 5 s = started). A real `apt install` runs in CI
# (scripts/ci_checks.sh).
set -euo pipefail
build=$1 src=$2
work=$(mktemp -d /tmp/lethe-package-XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/out" > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/lethe_*_*.deb)
info=$(dpkg-deb -I "$deb")
files=$(dpkg-deb -c "$deb" | awk '{print $6}')
echo "$info" | grep -q "^ Package: lethe$" || fail "Package: is not lethe"
depends=$(echo "$info" | sed -n 's/^ Depends: //p')
for dep in libtorch1.13 libqt6widgets6 libqcustomplot2.1-qt6 libsodium23 libsqlite3-0 libopenblas0-openmp \
           qt6-qpa-plugins libqt6svg6; do
  echo "$depends" | grep -q "\b$dep\b" || fail "Depends lacks $dep: $depends"
done
for f in ./usr/bin/lethe ./usr/bin/lethe-workbench ./usr/bin/lethe-report \
         ./usr/share/applications/io.lethe.Workbench.desktop ./usr/share/metainfo/io.lethe.Workbench.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.lethe.Workbench.svg \
         ./usr/share/icons/hicolor/48x48/apps/io.lethe.Workbench.png \
         ./usr/share/icons/hicolor/256x256/apps/io.lethe.Workbench.png \
         ./usr/share/man/man1/lethe.1.gz ./usr/share/man/man1/lethe-forget.1.gz \
         ./usr/share/man/man1/lethe-workbench.1.gz ./usr/share/man/man1/lethe-report.1.gz; do
  echo "$files" | grep -qx "$f" || fail "the package lacks $f"
done
# Nothing of the build or the tests: only /usr, no test binaries.
echo "$files" | grep -v '^\./usr/' | grep -vx '\./' && fail "files outside /usr" || true
echo "$files" | grep -q '/test_' && fail "a test binary is packaged" || true

root="$work/root"
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/io.lethe.Workbench.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.lethe.Workbench.metainfo.xml" || fail "appstreamcli"
zcat "$root/usr/share/man/man1/lethe-audit.1.gz" | grep -q 'executor' || fail "lethe-audit(1) lacks --executor"

"$root/usr/bin/lethe" --help | grep -q "Subcommands:" || fail "lethe --help"
"$root/usr/bin/lethe" demo init --project "$work/demo" --subset 500 --epochs 0.2 --json > "$work/demo.json" \
  || fail "lethe demo init --subset 500"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert len(d['models']) == 2, d" "$work/demo.json" \
  || fail "the demo has not two models"

# The menu entry: its Exec line with the installed program's path.
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/io.lethe.Workbench.desktop" | sed 's/ %f//')
[ "$exec_line" = lethe-workbench ] || fail "Exec= is '$exec_line'"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
set +e
QT_QPA_PLATFORM=offscreen timeout 5 "$root/usr/bin/$exec_line" "$work/demo" > "$work/workbench.log" 2>&1
rc=$?
set -e
[ $rc = 124 ] || { cat "$work/workbench.log"; fail "the workbench did not keep running (exit $rc)"; }
echo "package ok: $(basename "$deb"), $(echo "$files" | wc -l) entries"
