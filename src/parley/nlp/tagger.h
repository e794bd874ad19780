// Part-of-speech tagger: two greedy left-to-right averaged perceptrons over a
// combined "UPOS<TAB>XPOS" tag set (about 100 tags on EWT), so UPOS and XPOS
// are always consistent. Features: the word, its lower case, prefixes,
// suffixes, shape, two words either side, the two previous tags, and the
// "ambiguity class" (tags seen with a word in training) of the word and the
// two next words, which gives cheap look-ahead.
//
// Thread safety: a trained Tagger is read-only; tag() may run concurrently.
#pragma once

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/nlp/binary_io.h"
#include "parley/nlp/perceptron.h"

namespace parley::nlp {

// One training or tagging sentence: word forms and (for training) gold tags.
struct TaggedSentence {
  std::vector<std::string> forms;
  std::vector<int> tags;  // tag ids into Tagger::tags()
};

class Tagger {
 public:
  // The first pass's margin (its best score less the next best) from which
  // a word keeps its first-pass tag without a second pass. The second pass
  // changes a word's tag only where the first was unsure: with 40, tagging
  // EWT train, dev and test and the PETRARCH news texts gives the same tags
  // as running both passes on every word (the EvalTagger test keeps it so
  // for dev), and the tagger runs 38% fewer instructions (callgrind).
  static constexpr float kSecondPassMargin = 40.0f;

  // Tags `forms`, writing one tag id per word into *tags. A word whose
  // first-pass margin is at least second_pass_margin skips the second pass
  // (infinity: every word takes both).
  void tag(const std::vector<std::string_view>& forms, std::vector<int>* tags,
           float second_pass_margin = kSecondPassMargin) const;

  const std::vector<std::string>& tags() const { return tags_; }
  // Id of a "UPOS\tXPOS" tag, or -1.
  int tag_id(std::string_view tag) const;

  void save(BinaryWriter* w) const;
  // Model format version 1 has one pass, 2 has two, 3 stores the count.
  bool load(BinaryReader* r, int format_version);

  // Training. `tag_names` fixes the tag set (ids used in `sentences`).
  // Runs `iterations` epochs in an order shuffled by `rng`; after each epoch
  // calls progress(epoch) when given (the tagger is then usable through
  // *this, averaged so far). The final model keeps only weights of at least
  // `min_weight` in magnitude (and no feature left without weights).
  //
  // Weight averaging: with `members` > 1, that many taggers are trained one
  // after the other on different shuffles of the same data (the rng goes on
  // from one to the next), and each pass's model is the mean of their
  // averaged weights. A mean of linear models is one linear model with the
  // same features: tagging costs the same, only the key table grows.
  // progress(epoch) then counts the epochs of all members (member m's epoch
  // e is m * iterations + e): it is called after every epoch of the first
  // member (its own model), then after the last epoch of each later member
  // with the mean of the members so far (unpruned) in place.
  void train(const std::vector<std::string>& tag_names,
             const std::vector<TaggedSentence>& sentences, int iterations, std::mt19937_64* rng,
             const std::function<void(int)>& progress, float min_weight = 0.01f, int members = 1);

 private:
  struct WordInfo;
  void prepare(const std::vector<std::string_view>& forms, std::vector<WordInfo>* info) const;
  // right: the first pass's tags (second pass only), else nullptr.
  static int features(const std::vector<WordInfo>& info, int i, int prev1, int prev2,
                      const int* right, uint64_t* out);

  std::vector<std::string> tags_;
  // hash(lower form) -> hash of the sorted set of tags seen with it
  KeyTable<uint64_t> ambiguity_;
  LinearModel model_;   // first pass: left context only
  LinearModel model2_;  // second pass: also the first pass's tags on the right
};

// Fisher-Yates shuffle with a portable result for a given generator state.
template <typename T>
void deterministic_shuffle(std::vector<T>* v, std::mt19937_64* rng) {
  for (size_t i = v->size(); i > 1; --i) {
    size_t j = (*rng)() % i;
    std::swap((*v)[i - 1], (*v)[j]);
  }
}

// ASCII lower case (other bytes unchanged).
std::string ascii_lower(std::string_view s);

}  // namespace parley::nlp
