#!/usr/bin/env bash
# Retrains the tokenizer's sentence-boundary model (averaged perceptron) on UD English EWT
# train, picks the best epoch on dev, and rewrites the compiled-in weights. Takes seconds.
# Usage: scripts/train-splitter.sh [build-dir]   (default: build); then rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
ewt=../shared/data/ud-english-ewt
"$build/parley" tokenize --train-splitter "$ewt/train.conllu" --dev "$ewt/dev.conllu" \
  --epochs 12 --model-out src/parley/nlp/splitter_weights.inc
