#!/usr/bin/env bash
# Times the README's two commands on a fresh Debian 12 machine, as a new user
# meets them: a bookworm root made by debootstrap (nothing but Debian's
# minimal system), a clean clone of this checkout's HEAD, then
#   1. scripts/demo.sh   (installs, builds the three programs, builds the demo
#                         project; with no display, the headless investigation)
#   2. scripts/test.sh   (builds the rest, runs every test)
# each timed as a whole, and by step from the build's files (when the build
# tree was configured, when the programs and the tests were linked). It uses this machine's cores and the
# Debian mirror of /etc/apt; nothing of this machine's build or compiler
# cache is seen inside. Needs root; takes about an hour on 2 cores.
#   scripts/fresh_machine.sh [ROOT]    (default: /var/tmp/lethe-fresh; removed first)
# The timings go to ROOT/timings.txt and to standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "fresh_machine.sh: run as root (debootstrap and chroot)" >&2; exit 1; }
command -v debootstrap > /dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap > /dev/null
root=${1:-/var/tmp/lethe-fresh}
case "$root" in
  /?*/?*) ;;
  *) echo "fresh_machine.sh: ROOT must be an absolute path two levels deep or more, not '$root'" >&2; exit 1 ;;
esac
mirror=$( (sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2> /dev/null || true) | head -1)
mirror=${mirror:-http://deb.debian.org/debian}
cleanup() {
  # Daemons the tests or the packages started inside (munged, slurmctld, slurmd).
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2> /dev/null)" = "$root" ] && kill "${p#/proc/}" 2> /dev/null || true
  done
  for m in run dev/pts dev sys proc; do umount -R "$root/$m" 2> /dev/null || umount -l "$root/$m" 2> /dev/null || true; done
}
trap cleanup EXIT
cleanup
if findmnt -rn -o TARGET | grep -q "^$root/"; then
  echo "fresh_machine.sh: something is still mounted under $root; not removing it" >&2
  exit 1
fi
rm -rf --one-file-system "$root"
t0=$SECONDS
debootstrap --variant=minbase bookworm "$root" "$mirror" > "$root.debootstrap.log" 2>&1 ||
  { tail -5 "$root.debootstrap.log"; exit 1; }
echo "fresh bookworm root: $((SECONDS - t0)) s (not counted below)"
# A machine's own file systems; /sys with its cgroup tree, which slurmd needs.
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --make-rslave "$root/sys" # unmounting it later must not reach the host's /sys
mount --bind /dev "$root/dev"
mount --make-slave "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount --make-slave "$root/dev/pts"
mount -t tmpfs tmpfs "$root/run"
# What a new user has besides the minimal system: git to clone, ca-certificates.
chroot "$root" apt-get install -y -qq git ca-certificates > /dev/null
git -c safe.directory="$PWD" clone -q "$PWD" "$root/root/lethe"
run() { # name, command: timed inside the fresh root, output kept in ROOT/NAME.log
  local name=$1
  shift
  local t=$SECONDS
  if chroot "$root" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    bash -c "cd /root/lethe && $*" > "$root/$name.log" 2>&1; then
    echo "$name: $((SECONDS - t)) s" | tee -a "$root/timings.txt"
  else
    echo "$name: FAILED after $((SECONDS - t)) s (see $root/$name.log)" | tee -a "$root/timings.txt"
    tail -20 "$root/$name.log"
    exit 1
  fi
}
: > "$root/timings.txt"
echo "cores: $(nproc); HEAD: $(git rev-parse --short HEAD)" | tee -a "$root/timings.txt"
# The README's first command is scripts/demo.sh, which begins with the
# install; it is timed apart here, so that demo.sh's own install finds
# everything present (its time is then the build and the demo).
run install packaging/install-deps.sh
t_demo=$(date +%s)
run demo scripts/demo.sh
t_test=$(date +%s)
run test scripts/test.sh
# The steps, from the files' birth times (bash ignores PS4 from the
# environment when run as root, so bash -x cannot stamp them).
born() { stat -c %W "$root/root/$1"; }
b=lethe/build/test
echo "demo.sh: configure and build the three programs $(($(born $b/app/lethe-report) - t_demo)) s;" \
  "the rest is the demo project and its investigation" | tee -a "$root/timings.txt"
last_test=$(find "$root/root/$b/tests" -type f -name 'test_*' -perm -u+x -printf '%B@\n' | sort -n | tail -1)
echo "test.sh: build the rest $((${last_test%.*} - t_test)) s, then ctest: $(grep -a 'Total Test time' "$root/test.log")" |
  tee -a "$root/timings.txt"
