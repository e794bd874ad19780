#!/usr/bin/env bash
# Retrains some components of the English model on top of an existing model,
# keeping the others as they are: typically the tagger and/or the lemmatizer,
# keeping the parser (whose training takes 6-7 minutes: 3 jackknife taggers, then
# 3 parsers of 12 epochs whose weights are averaged).
#
#   scripts/retrain-parts.sh [COMPONENTS] [BASE] [OUT]
#     COMPONENTS  comma-separated: tagger, lemmatizer, parser (default: lemmatizer)
#     BASE        model whose other components are kept (default: models/en_ewt.parley)
#     OUT         model to write (default: BASE, replaced once written)
#
# Deterministic: the same code, base model and arguments give the same model.
# The base model's tag set must be EWT train's (the parser refers to tags by
# id). Dev scores of the result are printed at the end ("final model").
# The full recipe from scratch is scripts/train.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
D=../shared/data/ud-english-ewt
ONLY=${1:-lemmatizer}
BASE=${2:-models/en_ewt.parley}
OUT=${3:-$BASE}
# The shipped tagger averages 3 members; the shipped parser was trained on
# the jackknifed tags of single-member taggers (models/README.md, session 6),
# so a parser-only retrain keeps one member per jackknife tagger.
TAGGER_MEMBERS=1
case ",$ONLY," in *,tagger,*) TAGGER_MEMBERS=3 ;; esac
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2 --target parley
./build/parley train --train "$D/train.conllu" --dev "$D/dev.conllu" -o "$OUT" \
  --base "$BASE" --only "$ONLY" --seed 1 --tagger-iterations 6 --tagger-min-weight 0.5 \
  --tagger-members "$TAGGER_MEMBERS" --jackknife 3 --iterations 12 --parser-members 3 \
  --parser-explore-prob 1.0 --parser-min-weight 1.3 --parser-system nonmono
