#!/bin/sh
# The engine's front door (docs/architecture.md): the CLI (app/), the
# workbench (ui/) and the developer tools (tools/) include, of the engine,
# only jobs/ (the operations and the facades that re-export what the faces
# may see) and core/ (plain value types). Prints every include past the
# door and exits 1 when there is one.
# usage: check_front_door.sh [ROOT]        (default: the checkout this script is in)
#        check_front_door.sh --self-test   (a planted include past the door must be found)
set -eu
if [ "${1:-}" = "--self-test" ]; then
  t=$(mktemp -d)
  trap 'rm -rf "$t"' EXIT
  mkdir -p "$t/engine/jobs" "$t/engine/lineage" "$t/engine/core" "$t/ui" "$t/app"
  printf '#include "jobs/operations.h"\n#include "core/error.h"\n#include "ui/qt_std.h"\n' > "$t/ui/ok.cpp"
  printf '#include "lineage/lineage.h"\n' > "$t/app/past.cpp"
  if "$0" "$t" > "$t/out" 2>&1; then
    echo "check_front_door: the planted include app -> lineage/ was not found" >&2
    exit 1
  fi
  grep -q 'app/past.cpp includes lineage/' "$t/out" || { cat "$t/out" >&2; exit 1; }
  rm "$t/app/past.cpp"
  "$0" "$t" > /dev/null || { echo "check_front_door: a clean tree was refused" >&2; exit 1; }
  echo "self-test: an include past the front door is found, a clean tree passes"
  exit 0
fi
root=${1:-$(dirname "$0")/..}
floors=$(cd "$root/engine" && ls -d */ | tr -d /)
bad=0
for face in app ui tools; do
  [ -d "$root/$face" ] || continue
  for f in $(find "$root/$face" -name '*.h' -o -name '*.cpp'); do
    for t in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([a-z_]*\)\/.*/\1/p' "$f" | sort -u); do
      case " $(echo $floors) " in *" $t "*) ;; *) continue ;; esac # not an engine folder
      [ "$t" = jobs ] || [ "$t" = core ] && continue
      echo "$face/${f#"$root/$face/"} includes $t/: past the front door (include jobs/ or core/)"
      bad=1
    done
  done
done
[ $bad -eq 0 ] && echo "app/, ui/ and tools/ include only jobs/ and core/ of the engine"
exit $bad
