// The sentence-boundary model: an averaged perceptron over hashed features
// of a candidate boundary (the tokens around it, their shapes, what the
// hand-written rules say). Its weights are trained by parley itself
// (`parley tokenize --train-splitter`, see scripts/train-splitter.sh) on UD
// English EWT train and compiled in from splitter_weights.inc: no load time.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "parley/nlp/splitter.h"

namespace parley::splitter_model {

constexpr int kBits = 18;
constexpr uint32_t kSize = 1u << kBits;

struct Features {
  uint32_t id[32];
  int n = 0;
};

// Features of a boundary before token j. `rule`: the hand-written rules'
// decision; `since`: tokens since the previous boundary.
void extract(const std::string& text, const std::vector<tokenizer_internal::RawToken>& t, size_t j,
             bool rule, size_t since, Features* f);

inline float score(const float* weights, const Features& f) {
  float s = 0;
  for (int i = 0; i < f.n; ++i) s += weights[f.id[i]];
  return s;
}

// The compiled-in weights (kSize floats), or nullptr when none are compiled in.
const float* default_weights();

}  // namespace parley::splitter_model
