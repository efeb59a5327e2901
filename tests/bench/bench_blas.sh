#!/bin/sh
# OpenBLAS against netlib's reference BLAS, in one command: the same
# bench_engine blas run twice, once with each libblas.so.3 put first on the
# library path (Debian's LibTorch calls whichever libblas.so.3 it finds), and
# the ratios. packaging/install-deps.sh installs libopenblas0-openmp for this.
# usage: bench_blas.sh BENCH_ENGINE
set -eu
bench=${1:?usage: bench_blas.sh path/to/bench_engine}
multiarch=$(gcc -dumpmachine 2>/dev/null || echo x86_64-linux-gnu)
ref=/usr/lib/$multiarch/blas
opt=/usr/lib/$multiarch/openblas-openmp
for d in "$ref" "$opt"; do
  [ -e "$d/libblas.so.3" ] || { echo "bench_blas: $d/libblas.so.3 is missing (install libblas3 and libopenblas0-openmp)" >&2; exit 2; }
done
r=$(LD_LIBRARY_PATH=$ref "$bench" blas)
o=$(LD_LIBRARY_PATH=$opt "$bench" blas)
echo "reference BLAS: $r"
echo "OpenBLAS:       $o"
field() { echo "$1" | sed -n "s/.*\"$2\":\([0-9.]*\).*/\1/p"; }
awk -v rg="$(field "$r" gemm_gflops)" -v og="$(field "$o" gemm_gflops)" \
    -v rm="$(field "$r" mlp_samples_per_s)" -v om="$(field "$o" mlp_samples_per_s)" 'BEGIN {
  printf "{\"bench\":\"blas_ratio\",\"gemm_gflops_reference\":%s,\"gemm_gflops_openblas\":%s,\"gemm_speedup\":%.2f,", rg, og, og / rg
  printf "\"mlp_samples_per_s_reference\":%s,\"mlp_samples_per_s_openblas\":%s,\"mlp_speedup\":%.2f}\n", rm, om, om / rm
  if (og <= rg) { print "bench_blas: OpenBLAS is not faster than the reference BLAS here" > "/dev/stderr"; exit 1 }
}'
