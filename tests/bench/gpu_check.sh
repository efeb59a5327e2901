#!/usr/bin/env bash
# The CUDA path, checked on a machine with an NVIDIA GPU, PyTorch 2.x and no
# Qt (how the GPU machines of this project are set up). Builds the engine and
# the CLI against that PyTorch's LibTorch (-DLETHE_WITH_UI=OFF), then runs the
# demo's train, forget and audit on CUDA and on the CPU, and prints the times.
#   DEPS: a folder with include/ (sqlite3, libsodium, zlib headers), lib/
#         (their static libraries) and headers/ (nlohmann, CLI), copied from
#         a Debian machine
#   DATA: the four Fashion-MNIST IDX .gz files
#   OUT:  where the log and JSON results go
set -euo pipefail
DEPS=${DEPS:?}; DATA=${DATA:?}; OUT=${OUT:-/tmp/lethe-gpu}; SUBSET=${SUBSET:-0}
mkdir -p "$OUT"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader | tee "$OUT/gpu.txt"
TORCH_PREFIX=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')
python3 -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda)' | tee -a "$OUT/gpu.txt"
B=build/gpu
cmake -S . -B $B -DCMAKE_BUILD_TYPE=Release -DLETHE_WITH_UI=OFF -DLETHE_WITH_TESTS=OFF \
  -DCMAKE_PREFIX_PATH="$TORCH_PREFIX;$DEPS" \
  -DSQLite3_INCLUDE_DIR="$DEPS/include" -DSQLite3_LIBRARY="$DEPS/lib/libsqlite3.a" \
  -DZLIB_INCLUDE_DIR="$DEPS/include" -DZLIB_LIBRARY="$DEPS/lib/libz.a" \
  -DSODIUM_INCLUDE_DIR="$DEPS/include" -DSODIUM_LIBRARY="$DEPS/lib/libsodium.a" \
  -DNLOHMANN_JSON_INCLUDE_DIR="$DEPS/headers" -DCLI11_INCLUDE_DIR="$DEPS/headers" \
  -DCMAKE_DISABLE_FIND_PACKAGE_PkgConfig=ON -DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=ON \
  -DCMAKE_DISABLE_FIND_PACKAGE_CLI11=ON > "$OUT/configure.log" 2>&1 || { tail -40 "$OUT/configure.log"; exit 1; }
start=$(date +%s)
cmake --build $B -j "$(nproc)" --target lethe > "$OUT/build.log" 2>&1 || { grep -E "error" "$OUT/build.log" | head -30; exit 1; }
echo "build: $(( $(date +%s) - start )) s" | tee -a "$OUT/gpu.txt"
L=$B/app/lethe
for dev in cuda cpu; do
  P=/tmp/lethe-gpu-$dev; rm -rf $P
  /usr/bin/time -f "$dev demo init wall %e s" $L --threads 16 demo init --project $P --source "$DATA" --subset "$SUBSET" --device $dev --json > "$OUT/demo-$dev.json"
  subj=$(python3 -c "import json;print(json.load(open('$OUT/demo-$dev.json'))['request']['subject'])")
  /usr/bin/time -f "$dev forget sisa wall %e s" $L --threads 16 forget --project $P --subject "$subj" --method sisa --device $dev --json > "$OUT/forget-$dev.json"
  /usr/bin/time -f "$dev forget retrain wall %e s" $L --threads 16 forget --project $P --subject "$subj" --method retrain --model 1 --device $dev --json > "$OUT/retrain-$dev.json"
  job=$(python3 -c "import json;print(json.load(open('$OUT/forget-$dev.json'))['job_id'])")
  /usr/bin/time -f "$dev audit wall %e s" $L --threads 16 audit --project $P --job "$job" --device $dev --json > "$OUT/audit-$dev.json"
  $L verify --project $P --json > "$OUT/verify-$dev.json"
done 2>&1 | tee "$OUT/times.txt"
python3 - "$OUT" <<'PY'
import json, sys, os
out = sys.argv[1]
for dev in ("cuda", "cpu"):
    d = json.load(open(f"{out}/demo-{dev}.json")); f = json.load(open(f"{out}/forget-{dev}.json"))
    r = json.load(open(f"{out}/retrain-{dev}.json")); a = json.load(open(f"{out}/audit-{dev}.json"))
    v = json.load(open(f"{out}/verify-{dev}.json"))
    print(dev, "train s:", [round(m["seconds"], 1) for m in d["models"]], "test acc:", [round(m["test_accuracy"], 4) for m in d["models"]],
          "| sisa forget s:", round(f["seconds"], 2), "shards", f["shards_retrained"], "| retrain s:", round(r["seconds"], 2),
          "| after: forget acc", a["accuracy"]["forget"], "test acc", round(a["accuracy"]["test"], 4), "loss AUC", round(a["mia"]["loss"]["auc"], 3),
          "| verify", v["ok"])
PY
# POWER=1: the audit-power benchmark on CUDA at K up to 64 (issue 11,
# docs/audit-power.md), methods left out; its JSON and absolute times in $OUT.
if [ "${POWER:-0}" = 1 ]; then
  cmake -S . -B $B -DLETHE_WITH_BENCH=ON >> "$OUT/configure.log" 2>&1
  cmake --build $B -j "$(nproc)" --target bench_power >> "$OUT/build.log" 2>&1 || { grep -E "error" "$OUT/build.log" | head -30; exit 1; }
  /usr/bin/time -f "bench_power cuda wall %e s" $B/bench_power --source "$DATA" --device cuda \
    --ks 0,4,8,16,32,64 --methods none --variances pooled,floored,per_example --json "$OUT/power-cuda.json" 2>&1 | tail -3 | tee -a "$OUT/times.txt"
fi
