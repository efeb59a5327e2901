#!/bin/sh
# The engine's floors, bottom up (docs/architecture.md): a file of a folder
# may include only its own folder and the folders below it. Prints every
# include that climbs and exits 1 when there is one.
# usage: check_include_order.sh [ENGINE_DIR]       (default: engine/ beside this script)
#        check_include_order.sh --self-test        (a planted climb must be found)
set -eu
order="core evidence lineage project data model train unlearn audit jobs"

if [ "${1:-}" = "--self-test" ]; then
  t=$(mktemp -d)
  trap 'rm -rf "$t"' EXIT
  mkdir -p "$t/core" "$t/jobs"
  printf '#include "core/a.h"\n' > "$t/jobs/ok.cpp"
  printf '#include "jobs/operations.h"\n' > "$t/core/climb.cpp"
  if "$0" "$t" > "$t/out" 2>&1; then
    echo "check_include_order: the planted climb core -> jobs was not found" >&2
    exit 1
  fi
  grep -q 'core/climb.cpp includes jobs/' "$t/out" || { cat "$t/out" >&2; exit 1; }
  rm "$t/core/climb.cpp"
  "$0" "$t" > /dev/null || { echo "check_include_order: a clean tree was refused" >&2; exit 1; }
  echo "self-test: a planted climb is found, a clean tree passes"
  exit 0
fi

engine=${1:-$(dirname "$0")/../engine}
rank() {
  i=0
  for o in $order; do
    [ "$o" = "$1" ] && { echo $i; return; }
    i=$((i + 1))
  done
  echo -1
}
bad=0
for dir in "$engine"/*/; do
  d=$(basename "$dir")
  rd=$(rank "$d")
  if [ "$rd" -lt 0 ]; then
    echo "engine/$d is not in the order of docs/architecture.md (scripts/check_include_order.sh)"
    bad=1
    continue
  fi
  for f in "$dir"*.h "$dir"*.cpp; do
    [ -e "$f" ] || continue
    for t in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([a-z_]*\)\/.*/\1/p' "$f" | sort -u); do
      rt=$(rank "$t")
      [ "$rt" -lt 0 ] && continue # not an engine folder
      if [ "$rt" -gt "$rd" ]; then
        echo "$d/$(basename "$f") includes $t/: $t is above $d"
        bad=1
      fi
    done
  done
done
[ $bad -eq 0 ] && echo "no include climbs in $order"
exit $bad
