#!/usr/bin/env bash
# The translations (issue 15, docs/translations.md), label fast:
#   check_translations.sh SOURCE_DIR
# fails when a .ts file has an unfinished entry, or when the sources hold a
# tr() string that the .ts files lack (lupdate, run on copies, adds it as
# unfinished), naming the strings.
set -euo pipefail
src=$1
bin=/usr/lib/qt6/bin
work=$(mktemp -d /tmp/lethe-i18n-XXXXXX)
trap 'rm -rf "$work"' EXIT
status=0
cd "$src"
for ts in resources/translations/lethe_*.ts; do
  cp "$ts" "$work/"
  copy="$work/$(basename "$ts")"
  "$bin/lupdate" -silent -no-obsolete -locations none ui app/workbench_main.cpp app/report_main.cpp -ts "$copy"
  unfinished=$(python3 - "$copy" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for m in root.iter("message"):
    t = m.find("translation")
    if t is None or t.get("type") == "unfinished" or not ("".join(t.itertext()).strip()):
        print("  " + (m.findtext("source") or "")[:120])
PY
)
  if [ -n "$unfinished" ]; then
    echo "FAIL: $ts lacks these translations (run lupdate, then translate them):"
    echo "$unfinished"
    status=1
  fi
  "$bin/lrelease" -silent "$ts" -qm "$work/check.qm"
done
exit $status
