#!/bin/sh
# help2man for one page: help2man.sh HELP2MAN OUT.1 NAME VERSION PROGRAM [SUBCOMMAND]
# A subcommand's page runs `PROGRAM SUBCOMMAND --help` through a wrapper, as
# help2man runs one program; the version is given, not asked.
set -eu
help2man=$1 out=$2 name=$3 version=$4 program=$5
shift 5
if [ $# -gt 0 ]; then
  wrapper=$(mktemp -d)/lethe-$1
  printf '#!/bin/sh\nexec "%s" %s "$@"\n' "$program" "$1" > "$wrapper"
  chmod +x "$wrapper"
  program=$wrapper
fi
"$help2man" --no-info --no-discard-stderr --section=1 --name="$name" --version-string="$version" \
  --output="$out" "$program"
[ -z "${wrapper:-}" ] || rm -r "$(dirname "$wrapper")"
