#!/usr/bin/env bash
# The README's second command: install, build, and run every test:
#   1. the release build's full test suite (unit tests + evaluations on ../shared),
#   2. the same unit tests under ASan+UBSan (the slow Eval* suites are left to step 1),
#   3. a short libFuzzer run of every fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
(cd build && ctest --output-on-failure -j 2)
scripts/build.sh asan
(cd build-asan && ctest --output-on-failure -j 2 -E '^Eval')
scripts/build.sh fuzz
scripts/fuzz.sh "${PARLEY_FUZZ_SECONDS:-30}"
