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
# The extracted CoNLL-U goes to $TMPDIR (never into the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL=${1:-models/en_ewt.parley}
BUILD=${2:-build}
T=../shared/data/petrarch/text
if [ ! -d "$T" ]; then
  echo "news-agreement: $T not found (needs ../shared beside the repository)" >&2
  exit 1
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/parley-news.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# The <Parse> blocks as CoNLL-U: a block may start on the tag's line; UD v1's
# CONJ is v2's CCONJ.
extract() {
  awk -F'\t' -v OFS='\t' '
    /<Parse>/ { p = 1; sub(/.*<Parse>/, "") }
    /<\/Parse>/ { sub(/<\/Parse>.*/, ""); if (NF >= 8) { if ($4 == "CONJ") $4 = "CCONJ"; print }
                  print ""; p = 0; next }
    p && NF >= 8 { if ($4 == "CONJ") $4 = "CCONJ"; print }
    p && NF == 0 { print "" }' "$@" | cat -s
}
extract "$T/PETR2_GSR_validation.xml" "$T/GigaWord.sample.PETR_parsed.xml" > "$tmp/news.conllu"
extract "$T/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml" > "$tmp/unit.conllu"
for set in news unit; do
  echo "$set $("$BUILD/parley" eval ud --gold "$tmp/$set.conllu" --model "$MODEL" --json)"
done
