#!/usr/bin/env bash
# Installs every Debian (bookworm) package that building, testing and running
# the Lethe demo need. Idempotent: packages already present are left alone.
set -euo pipefail

packages=(
  # build, and the checks of CI: clang-format (.clang-format), clang-tidy
  # (.clang-tidy, scripts/tidy.sh)
  build-essential cmake ninja-build ccache pkg-config clang-format clang-tidy
  # engine
  libtorch-dev libsqlite3-dev libsodium-dev zlib1g-dev
  libcli11-dev nlohmann-json3-dev libsvm-dev
  # the signed evidence bundle (tar.gz) and its CSV score tables
  libarchive-dev libcsv-dev
  # image-folder datasets: PNG and JPEG decoders
  libpng-dev libturbojpeg0-dev
  # workbench: Qt, its SVG icon engine, Qt's own German and French strings,
  # Linguist (lupdate, lrelease: resources/translations at build time)
  qt6-base-dev qt6-base-dev-tools libqcustomplot-dev libgl-dev libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
  qt6-tools-dev qt6-l10n-tools
  # desktop integration and the Debian package (resources/, docs/packaging.md):
  # hicolor PNGs drawn from the SVG icon, man pages from --help, and the
  # validators of the .desktop file and the AppStream metainfo; `file`, which
  # CPack's DEB generator needs for dpkg-shlibdeps (a minimal Debian lacks it)
  librsvg2-bin help2man desktop-file-utils appstream dpkg-dev file
  # an optimised libblas.so.3 for Debian's LibTorch (netlib's reference BLAS
  # otherwise): GEMM 4 -> 43 GFLOP/s on 2 cores, the demo's MLP 3.1x faster
  libopenblas0-openmp
  # netlib's reference BLAS, the baseline of tests/bench/bench_blas.sh
  libblas3
  # demo data
  dataset-fashion-mnist
  # tests and benchmarks: PDF text extraction, a display server for
  # screenshots, Debian's PyTorch for the training-speed baseline
  poppler-utils xvfb xauth python3-torch
  # the tabular demo case (scikit-learn's bundled wine data, written to CSV)
  python3-sklearn
  # the PDF/A checks of the report, by a tool independent of Qt
  qpdf
  # work units on Slurm (docs/cluster.md): the tests start a one-node cluster
  # (munged, slurmctld, slurmd on localhost)
  slurm-wlm munge
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
