#!/usr/bin/env bash
# Installs every Debian package parley needs to build, test and fuzz (run as root).
set -euo pipefail
pkgs=(build-essential cmake ninja-build clang libclang-rt-14-dev clang-format
      libcli11-dev nlohmann-json3-dev libpugixml-dev libgtest-dev libgmock-dev
      libbenchmark-dev iso-codes)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
