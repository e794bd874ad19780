#!/usr/bin/env bash
# How closely a model's tags and trees agree with the UDPipe 2.0 parses that
# ship inside PETRARCH's validation files (../shared/data/petrarch/text): a
# news-domain check for tagger and parser changes, more sensitive than the
# coder's suites (whose records pass or fail as a whole) and free of EWT's
# web text. The reference is another parser, not a gold standard, and uses
# UD v1 labels (dobj, nmod for obliques), so read UPOS and UAS, not LAS.
#
#   scripts/news-agreement.sh [MODEL] [BUILD_DIR]   (default: the shipped model, build)
#
# Prints one line per file set: "news" (GSR + GigaWord sample, real news)
# and "unit" (PETRARCH's unit-test records), each parley eval ud's JSON.
# parley eval ud reads the XML files' <Parse> blocks itself (one document per
# record; commented-out parses are not read; UD v1's CONJ is read as CCONJ).
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL=${1:-models/en_ewt.parley}
BUILD=${2:-build}
T=../shared/data/petrarch/text
if [ ! -d "$T" ]; then
  echo "news-agreement: $T not found (needs ../shared beside the repository)" >&2
  exit 1
fi
agreement() {
  local gold=() f
  for f in "$@"; do gold+=(--gold "$T/$f"); done
  "$BUILD/parley" eval ud "${gold[@]}" --model "$MODEL" --json
}
echo "news $(agreement PETR2_GSR_validation.xml GigaWord.sample.PETR_parsed.xml)"
echo "unit $(agreement PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml)"
