#!/usr/bin/env bash
# Builds parley. Usage: scripts/build.sh [release|asan|fuzz]   (default: release)
#   release -> build/        -O2, the binary the README uses
#   asan    -> build-asan/   AddressSanitizer + UndefinedBehaviorSanitizer: the CLI and the
#                            test suite only (no benchmarks); -O0 with line tables only (-g1),
#                            which builds in a third of the time of -O1 -g (CLI11, header-only,
#                            is most of it) and still names file and line in every report
#   fuzz    -> build-fuzz/   clang + libFuzzer targets only, -O1 -g1
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-release}
jobs=$(nproc)
case "$kind" in
  release) cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
           cmake --build build -j "$jobs" ;;
  asan)    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPARLEY_SANITIZE=ON \
             -DCMAKE_CXX_FLAGS="-O0" -DCMAKE_CXX_FLAGS_DEBUG="-g1" >/dev/null
           cmake --build build-asan -j "$jobs" --target parley parley_tests ;;
  fuzz)    CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPARLEY_FUZZ=ON \
             -DCMAKE_CXX_FLAGS="-O1" -DCMAKE_CXX_FLAGS_DEBUG="-g1" >/dev/null
           cmake --build build-fuzz -j "$jobs" --target fuzz_targets ;;
  *) echo "usage: scripts/build.sh [release|asan|fuzz]" >&2; exit 2 ;;
esac
