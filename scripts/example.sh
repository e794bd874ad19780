#!/usr/bin/env bash
# The README's first command: install, build, and run parley's main job on the bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
build/parley code examples/kabul-talks.txt
