// Training of the English model (tagger, lemmatizer, parser) from CoNLL-U
// treebanks, as run by `parley train`.
//
// Steps: (1) jackknifing: the training set is cut into folds and each fold is
// tagged by a tagger trained on the others, so the parser learns from tags
// as noisy as it will see; (2) the final tagger on all the training data;
// (3) lemma and feature tables; (4) the parser. Progress (epoch, dev scores,
// ETA) goes to `log`. Deterministic for a given seed.
//
// Partial retraining: with `base` set, the model starts as a copy of that
// model and only the components named in `only` are trained again; the others
// (typically the parser, the slow part) are kept as they are. The base
// tagger's tag set must equal the training set's, since the parser refers to
// tags by id. Jackknifing only feeds the parser, so it is skipped when the
// parser is kept.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "parley/doc/document.h"
#include "parley/nlp/model.h"
#include "parley/nlp/parser.h"
#include "parley/util/status.h"

namespace parley::nlp {

// The parser options `parley train` starts from (weights below 1.0 dropped).
inline ParserTrainOptions default_parser_options() {
  ParserTrainOptions o;
  o.min_weight = 1.0f;
  return o;
}

struct TrainOptions {
  std::string train_path;
  std::string dev_path;  // optional: progress shows dev scores when set
  uint64_t seed = 1;
  int tagger_iterations = 8;
  int jackknife_folds = 4;  // 0 or 1: the parser trains on gold tags
  // Weights below this magnitude are dropped from the final tagger.
  float tagger_min_weight = 0.5f;
  // Taggers trained on different shuffles whose weights are averaged into
  // one (Tagger::train; the jackknife taggers too, so the parser trains on
  // tags like the final tagger's).
  int tagger_members = 1;
  // Epochs, pruning, weight averaging and error exploration of the parser.
  ParserTrainOptions parser = default_parser_options();
  // When > 0, the parser is pruned further (by parser.prune) until the whole
  // model file fits this many MB (10^6 bytes) with the trained (or kept)
  // tagger and lemmatizer; parser.max_bytes still applies when smaller.
  double max_mb = 0;
  // Sizes (MB of the whole model, as max_mb) at which parser.compare_cuts'
  // rules are scored on dev before the final cut; filled into compare_cuts.
  std::vector<std::pair<PruneRule, double>> compare_mb;
  std::string description;  // stored in the model (provenance)
  // Partial retraining (empty base: train everything).
  std::string base_path;
  bool train_tagger = true, train_lemmatizer = true, train_parser = true;
};

// Parses a comma-separated component list ("tagger,lemmatizer") into the
// train_* flags of *options; InvalidInput names an unknown component.
Status parse_components(const std::string& list, TrainOptions* options);

// Dev-set accuracies (percent of words; LAS on universal relations).
struct DevScores {
  double upos = 0, xpos = 0, feats = 0, lemma = 0, uas = 0, las = 0;
};

Status train_model(const TrainOptions& options, Model* model, std::ostream& log);

// Reads every sentence of a CoNLL-U file.
Status read_conllu_sentences(const std::string& path, std::vector<parley::Sentence>* out);

// Scores `model` on gold documents (read_gold_conllu, ud_eval.h) from their
// gold tokenization, with the metrics of `parley eval ud`, parsing with
// `search` (greedy by default).
DevScores evaluate_model(const Model& model, const std::vector<parley::Document>& gold,
                         const ParseSearch& search = ParseSearch());

}  // namespace parley::nlp
