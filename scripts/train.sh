#!/usr/bin/env bash
# Retrains the shipped English model models/en_ewt.parley from UD English EWT
# (../shared/data/ud-english-ewt). Deterministic: the same command gives the
# same model. Takes about 10-40 minutes depending on machine load. The shipped
# model was made in steps with scripts/retrain-parts.sh (models/README.md lists
# them); this one command uses the same options for every part.
# To retrain only the tagger and/or lemmatizer on top of an existing model
# (keeping its parser; seconds to minutes), see scripts/retrain-parts.sh
# (`parley train --base MODEL --only tagger,lemmatizer`).
set -euo pipefail
cd "$(dirname "$0")/.."
D=../shared/data/ud-english-ewt
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2 --target parley
./build/parley train --train "$D/train.conllu" --dev "$D/dev.conllu" -o models/en_ewt.parley \
  --seed 1 --tagger-iterations 6 --iterations 12 --jackknife 3 \
  --tagger-min-weight 0.5 --tagger-members 3 --parser-min-weight 1.3 --parser-members 3 \
  --parser-explore-prob 1.0 --parser-system nonmono
