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

constexpr int kBits = 16;
constexpr uint32_t kSize = 1u << kBits;

struct Features {
  uint32_t id[32];
  int n = 0;
};

// Per-token values the features are made of, computed once per token and
// only for tokens next to a candidate boundary.
class TokenCache {
 public:
  struct Info {
    uint32_t form = 0;     // hash of the lowercase form
    uint32_t shape = 0;    // hash of the shape ("Xx", "d:", ".", ...)
    bool starter = false;  // a likely sentence start ("The", "I", ...)
    bool title = false;    // an abbreviation that never ends a sentence ("Mr.")
    bool ready = false;
  };
  // `storage` (optional) holds the per-token values, so that a caller can
  // reuse its allocation from one document to the next.
  TokenCache(const std::string& text, const std::vector<tokenizer_internal::RawToken>& tokens,
             std::vector<Info>* storage = nullptr)
      : text_(&text), tokens_(&tokens), info_(storage ? storage : &own_) {
    info_->assign(tokens.size(), Info());
  }
  TokenCache(const TokenCache&) = delete;
  TokenCache& operator=(const TokenCache&) = delete;
  const Info& get(size_t i);
  const std::vector<tokenizer_internal::RawToken>& tokens() const { return *tokens_; }

 private:
  const std::string* text_;
  const std::vector<tokenizer_internal::RawToken>* tokens_;
  std::vector<Info>* info_;
  std::vector<Info> own_;
};

// Features of a boundary before token j. `rule`: the hand-written rules'
// decision; `since`: tokens since the previous boundary.
void extract(TokenCache* cache, size_t j, bool rule, size_t since, Features* f);

inline float score(const float* weights, const Features& f) {
  float s = 0;
  for (int i = 0; i < f.n; ++i) s += weights[f.id[i]];
  return s;
}

// The same score in hundredths, from integer weights: exact (the compiled-in
// weights are rounded to 0.01), and integer additions need not wait for one
// another the way a chain of float additions does.
inline int32_t score(const int16_t* weights, const Features& f) {
  int32_t s = 0;
  for (int i = 0; i < f.n; ++i) s += weights[f.id[i]];
  return s;
}

// The compiled-in weights (kSize floats), or nullptr when none are compiled in.
const float* default_weights();

// The compiled-in weights in hundredths (kSize values), or nullptr.
const int16_t* default_weights_in_hundredths();

}  // namespace parley::splitter_model
