// Sparse multiclass linear models trained as averaged perceptrons.
//
// Features are 64-bit keys (see hash.h). A LinearModel maps each known key to
// a short sparse row of (class, weight) pairs; scoring adds the rows of the
// active features. It is read-only after construction, so many threads can
// share one. LinearTrainer holds the training state (current weights plus the
// sums needed for averaging) and compiles the averaged weights into a
// LinearModel, dropping near-zero weights.
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "parley/nlp/binary_io.h"

namespace parley::nlp {

// Open-addressing map from feature key to row number.
class FeatureIndex {
 public:
  void clear();
  void reserve(size_t n);
  // Row of `key`, or -1.
  int32_t find(uint64_t key) const {
    if (mask_ == 0) return -1;
    uint64_t k = key == 0 ? 1 : key;
    size_t i = (k ^ (k >> 32)) & mask_;
    while (true) {
      uint64_t slot = keys_[i];
      if (slot == k) return static_cast<int32_t>(rows_[i]);
      if (slot == 0) return -1;
      i = (i + 1) & mask_;
    }
  }
  // Hints the CPU to fetch the slot of `key` (lookups of one state are
  // issued together, so their cache misses overlap).
  void prefetch(uint64_t key) const {
    if (mask_ == 0) return;
    uint64_t k = key == 0 ? 1 : key;
    __builtin_prefetch(&keys_[(k ^ (k >> 32)) & mask_]);
  }
  // Row of `key`, inserting it as row `size()` when new.
  uint32_t insert(uint64_t key);
  size_t size() const { return size_; }
  // Keys in row order.
  std::vector<uint64_t> keys_by_row() const;

 private:
  void grow();
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> rows_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

// A read-only map from 64-bit keys to values, built once (lexicon tables).
template <typename V>
class KeyTable {
 public:
  void assign(const std::vector<std::pair<uint64_t, V>>& pairs) {
    index_.clear();
    values_.clear();
    index_.reserve(pairs.size());
    for (const auto& [k, v] : pairs) {
      uint32_t r = index_.insert(k);
      if (r == values_.size()) values_.push_back(v);
    }
  }
  const V* find(uint64_t key) const {
    int32_t r = index_.find(key);
    return r < 0 ? nullptr : &values_[r];
  }
  std::vector<std::pair<uint64_t, V>> sorted_pairs() const {
    std::vector<uint64_t> keys = index_.keys_by_row();
    std::vector<std::pair<uint64_t, V>> out;
    for (size_t i = 0; i < keys.size(); ++i) out.emplace_back(keys[i], values_[i]);
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  FeatureIndex index_;
  std::vector<V> values_;
};

class LinearModel {
 public:
  int num_classes() const { return num_classes_; }
  // scores[c] += weight(f, c) for every feature f in feats[0, n).
  void score(const uint64_t* feats, int n, float* scores) const;
  size_t num_features() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  size_t num_weights() const { return classes_.size(); }
  // Drops weights with |w| < min_weight (and features left empty).
  void prune(float min_weight);

  void save(BinaryWriter* w) const;
  bool load(BinaryReader* r);

 private:
  friend class LinearTrainer;
  // Builds the inference layout below from index_/offsets_/classes_/weights_.
  void pack();
  // Keys in row order (kept as a list after load/prune, no index needed).
  std::vector<uint64_t> row_keys() const { return keys_.empty() ? index_.keys_by_row() : keys_; }
  std::vector<uint64_t> keys_;
  // Inference layout, laid out for few cache misses: one slot holds the key
  // and the row range, one entry holds class and weight together.
  struct Slot {
    uint64_t key;  // 0 = empty
    uint32_t begin, end;
  };
  struct Entry {
    uint32_t cls;
    float w;
  };
  std::vector<Slot> slots_;
  size_t slot_mask_ = 0;
  std::vector<Entry> entries_;
  int num_classes_ = 0;
  FeatureIndex index_;
  std::vector<uint32_t> offsets_;  // row r is [offsets_[r], offsets_[r+1])
  std::vector<uint16_t> classes_;
  std::vector<float> weights_;
};

class LinearTrainer {
 public:
  explicit LinearTrainer(int num_classes) : num_classes_(num_classes) {}
  int num_classes() const { return num_classes_; }
  // Current (not averaged) weights, for decoding during training.
  void score(const uint64_t* feats, int n, float* scores) const;
  // Perceptron update: +1 for `truth`, -1 for `guess` on every feature.
  void update(const uint64_t* feats, int n, int truth, int guess);
  // Counts one training instance (the clock of the averaging).
  void tick() { ++time_; }
  // Averaged weights; entries with |w| < min_weight are dropped.
  void compile(LinearModel* out, float min_weight) const;

 private:
  struct Entry {
    uint16_t cls;
    float w;
    double u;  // sum of time * delta, for averaging
  };
  void add(uint64_t key, int cls, float delta);
  int num_classes_;
  uint64_t time_ = 1;
  FeatureIndex index_;
  std::vector<std::vector<Entry>> rows_;
};

}  // namespace parley::nlp
