#!/usr/bin/env bash
# The translations (issue 15, docs/translations.md), label fast:
#   check_translations.sh SOURCE_DIR
# fails when a .ts file has an unfinished entry, or when the sources hold a
# tr() string that the .ts files lack (lupdate, run on copies, adds it as
# unfinished), or when a translation's placeholders (%1..%9, %n) differ
# from its source's, naming the strings. The sources are ui/, the two
# programs' mains and engine/ (the engine's Messages, core/message.h).
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
  "$bin/lupdate" -silent -no-obsolete -locations none engine ui app/workbench_main.cpp app/report_main.cpp -ts "$copy"
  unfinished=$(python3 - "$copy" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
import re
ph = re.compile(r"%(?:L?n|[1-9])")
for m in root.iter("message"):
    t = m.find("translation")
    src = m.findtext("source") or ""
    if t is None or t.get("type") == "unfinished" or not ("".join(t.itertext()).strip()):
        print("  " + src[:120])
        continue
    # Every placeholder of the source, and no other, in each form of the translation.
    want = sorted(set(ph.findall(src)))
    forms = [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]
    for f in forms:
        have = sorted(set(ph.findall(f)))
        if have != want and not ("%n" in want and "%Ln" in have or "%Ln" in want and "%n" in have):
            print("  placeholders %s, translated with %s: %s" % (" ".join(want), " ".join(have), src[:100]))
PY
)
  if [ -n "$unfinished" ]; then
    echo "FAIL: $ts lacks these translations, or their placeholders differ (run lupdate, then translate them):"
    echo "$unfinished"
    status=1
  fi
  "$bin/lrelease" -silent "$ts" -qm "$work/check.qm"
done
exit $status
