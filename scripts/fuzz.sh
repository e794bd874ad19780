#!/usr/bin/env bash
# Runs every libFuzzer target in build-fuzz/ for N seconds (default 20), each from its seed corpus
# in fuzz/corpus/<name>/ when there is one. Fails on the first crash.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
shopt -s nullglob
for bin in build-fuzz/fuzz_*; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin")
  work=.fuzz/$name
  mkdir -p "$work"
  seeds=()
  [ -d "fuzz/corpus/$name" ] && seeds+=("fuzz/corpus/$name")
  echo "fuzz: $name for ${secs}s"
  "$bin" -max_total_time="$secs" -max_len=65536 -rss_limit_mb=2048 -print_final_stats=0 \
    -artifact_prefix="$work/" "$work" "${seeds[@]}" >"$work/log" 2>&1 ||
    { tail -40 "$work/log"; echo "fuzz: $name FAILED"; exit 1; }
done
echo "fuzz: all targets ran clean"
