// Sparse multiclass linear models trained as averaged perceptrons.
//
// Features are 64-bit keys (see hash.h). A LinearModel maps each known key to
// a row of weights, one per class, quantized to int16 with one scale per
// model; scoring adds the rows of the active features (exactly, in int32). It
// is read-only after construction, so many threads can share one.
// LinearTrainer holds the training state (current weights plus the sums
// needed for averaging) and compiles the averaged weights into a LinearModel,
// dropping near-zero weights.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
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
  // The class of the highest score (the first of equal ones): the same
  // class as std::max_element over the scores of score() into zeros, found
  // on the exact integer sums without making float scores (sums of int16
  // weights stay far below 2^24, so float(sum) * scale orders them the
  // same and ties are ties in both). -1 when num_classes() == 0.
  int best_class(const uint64_t* feats, int n) const;
  // best_class, and *margin = its score less the best score of the other
  // classes (0 on a tie; +inf with one class).
  int best_class(const uint64_t* feats, int n, float* margin) const;
  size_t num_features() const { return num_features_; }

  // Writes the inference layout (format version 4 and later), the rows of
  // the hot table encoded by the current rule whatever the rule of the file
  // they were loaded from (slot positions unchanged: see perceptron.cc).
  void save(BinaryWriter* w) const;
  // Reads the layout of r->version(): from version 4 the inference layout
  // itself, checked and used in place when the reader's buffer has an owner
  // (a model file read into memory, kept alive by this model and its copies); before,
  // the sparse rows of versions 1-3, which are converted.
  bool load(BinaryReader* r);

 private:
  friend class LinearTrainer;
  // Weights of one row as (class, quantized weight), classes increasing.
  using RowWeights = std::vector<std::pair<uint16_t, int16_t>>;
  // Builds the inference layout from rows given as flat arrays: row r is
  // key keys[r] with weights [offsets[r], offsets[r+1]) of classes/weights
  // (weight = q * scale). Keys are inserted in order (the first of equal keys
  // wins), so the layout, hence the file, is deterministic.
  void build(int num_classes, float scale, const std::vector<uint64_t>& keys,
             const std::vector<uint32_t>& offsets, const std::vector<uint16_t>& classes,
             const std::vector<int16_t>& weights);
  struct Slot;
  struct ColdSlot;
  struct Arrays;
  // Appends a row to a->dense/sparse and returns its slot payload.
  uint32_t encode(const RowWeights& row, Arrays* a) const;
  // Makes slots_, dense_, sparse_ point into `a`.
  void use(std::shared_ptr<const Arrays> a);
  void decode(uint32_t payload, RowWeights* row) const;
  bool load_v1(BinaryReader* r);
  // acc[acc_index(c)] += the quantized weight sum of class c (acc has
  // padded_classes_ entries).
  void accumulate(const uint64_t* feats, int n, int32_t* acc) const;
  // The class of the highest of the sums acc (the first of equal ones).
  int best_of(const int32_t* acc) const;
  // The highest of the sums acc, and the first class with sum `sum`.
  int32_t highest_sum(const int32_t* acc) const;
  int first_with_sum(const int32_t* acc, int32_t sum) const;

  // Inference layout. Scores are summed as int32 over the quantized weights
  // (exactly), in an accumulator whose classes are permuted so that a dense
  // int16 row is widened to int32 with shifts only: in each block of 8
  // classes the 4 even ones come first, then the 4 odd ones (acc_index()).
  //
  // Rows live in two hash tables, both open addressing with linear probing:
  //  - the hot table (slots_, at most half full) holds the rows of three
  //    weights or more: the frequent features (training updates the
  //    features it sees often for many classes). It and its rows are a few
  //    MB at most, so they mostly stay in cache;
  //  - the cold table (cold_, at most 60% full) holds the rows of one or two
  //    weights, most features, inline: one cache miss per lookup.
  // A lookup tries the hot table, then the cold one, skipping the probes
  // that the filter of slot checks rules out (CheckFilter below).
  //
  // A hot slot is 8 bytes: the key check (0 = empty) and a payload:
  //   1 | weight:16 | acc index:15   a row of one weight, stored inline
  //   01 | dense row number:30       a dense row (frequent features)
  //   00 | index into sparse_:30     sparse_[index] is the row's length n,
  //                                  then n entries acc index | weight << 16
  // The slot position is taken from the low half of the spread key, the check
  // from its high half, so a lookup compares about 52 bits: a feature absent
  // from the model matches another's slot with a probability below 1e-9 per
  // lookup (keys are 64-bit hashes).
  struct Slot {
    uint32_t check;  // check_of(key), never 0; 0 = empty
    uint32_t payload;
  };
  // A cold slot, 12 bytes: the key check (as in Slot) and two
  // entries acc index | weight << 16 (a row of one weight has a second
  // entry of weight 0).
  struct ColdSlot {
    uint32_t check;
    uint32_t entry[2];
  };
  static constexpr uint32_t kInline = 0x80000000u, kDense = 0x40000000u;
  static constexpr int kMaxClasses = 32760;  // acc indexes fit 15 bits
  static uint32_t acc_index(uint32_t cls) {
    return (cls & ~7u) | ((cls & 1u) << 2) | ((cls & 7u) >> 1);
  }
  static uint32_t entry_of(std::pair<uint16_t, int16_t> x) {
    return acc_index(x.first) | static_cast<uint32_t>(static_cast<uint16_t>(x.second)) << 16;
  }
  // Keys are spread by an odd multiplier (a bijection): the high 32 bits
  // are the slot check, the low 32 bits choose the slot.
  static uint64_t spread(uint64_t key) { return key * 0x9E3779B97F4A7C15ULL; }
  static uint32_t check_of(uint64_t key) {
    uint32_t c = static_cast<uint32_t>(spread(key) >> 32);
    return c == 0 ? 1 : c;
  }
  // A filter of the slot checks of both tables (a blocked Bloom filter,
  // built from the tables whenever they are set up, never stored). Most
  // lookups are of frequent features, which are in the hot table and in
  // cache; the rest (features absent from the model, rare ones in the cold
  // table) land on random slots of tables of many MB, one cache miss each.
  // One 64-bit block per key holds three bits of its check for the hot
  // table and three for the cold table: testing the block (a table 20 times
  // smaller than the cold one) skips the hot probe of most keys that are not
  // hot and the cold probe of most absent keys. The filter answers "no" only
  // for checks that are in no slot of that table, and a probe only compares
  // checks, so lookups give exactly the results of probing both tables.
  struct CheckFilter {
    const uint64_t* words = nullptr;
    uint64_t num_words = 0;  // 1 to 2^24
    static uint64_t hash(uint32_t check) { return check * 0xD6E8FEB86659FD93ULL; }
    // Bits 0-17 of the hash choose the hot bits, 18-35 the cold ones, bits
    // 40-63 the block.
    static uint64_t hot_bits(uint64_t h) {
      return (1ULL << (h & 63)) | (1ULL << ((h >> 6) & 63)) | (1ULL << ((h >> 12) & 63));
    }
    static uint64_t cold_bits(uint64_t h) { return hot_bits(h >> 18); }
    size_t block(uint64_t h) const { return static_cast<size_t>(((h >> 40) * num_words) >> 24); }
  };
  // Builds filter_ (into filter_storage_) from slots_ and cold_.
  void build_filter();
  // Storage of a model built in memory or copied from a file.
  struct Arrays {
    std::vector<Slot> slots;
    std::vector<ColdSlot> cold;
    std::vector<int16_t> dense;
    std::vector<uint32_t> sparse;
  };
  int num_classes_ = 0;
  uint32_t padded_classes_ = 0;  // num_classes_ rounded up to a multiple of 8
  float scale_ = 1.0f;
  size_t num_features_ = 0;
  // The arrays are immutable once built, so copies of a LinearModel share
  // them: arrays_ or file_ keeps them alive.
  std::shared_ptr<const Arrays> arrays_;
  std::shared_ptr<const void> file_;
  const Slot* slots_ = nullptr;
  size_t num_slots_ = 0;
  const ColdSlot* cold_ = nullptr;
  size_t num_cold_ = 0;
  const int16_t* dense_ = nullptr;  // padded_classes_ weights per dense row
  size_t dense_size_ = 0;
  const uint32_t* sparse_ = nullptr;  // row lengths and entries (see above)
  size_t sparse_size_ = 0;
  std::shared_ptr<const char> filter_storage_;  // huge pages where possible
  CheckFilter filter_;
};

// How LinearTrainer::compile_top / compile_to_size rank the averaged weights
// they keep.
enum class PruneRule : uint8_t {
  // By |w|: the classic cut.
  kMagnitude,
  // By |w| times the number of times its feature fired in the counted
  // training states (count()): a weight's expected share of the scores, so
  // a large weight of a feature seen twice goes before a smaller one of a
  // feature seen in every other state. Averaged members have small
  // weights, so a magnitude cut drops frequent, useful ones first.
  kSaliency,
};

// "magnitude" or "saliency", as `parley train --parser-prune` spells them.
inline const char* prune_rule_name(PruneRule rule) {
  return rule == PruneRule::kSaliency ? "saliency" : "magnitude";
}

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
  // Counts one firing of each of the features feats[0, n) that already has
  // weights (the others are not stored): the frequencies of kSaliency.
  void count(const uint64_t* feats, int n);
  // Averaged weights; entries with |w| < min_weight are dropped.
  void compile(LinearModel* out, float min_weight) const;
  // Averaged weights with |w| >= min_weight, the `max_weights` best of them
  // by `rule` (of equal ranks, the first in row order; rows left without
  // weights are dropped).
  void compile_top(LinearModel* out, PruneRule rule, float min_weight, size_t max_weights) const;
  // As compile_top, keeping as many weights as fit `max_bytes` of saved
  // model (LinearModel::save; 0 = no limit): the number is found by a few
  // compiles, each sized in memory. Returns the saved size of *out.
  size_t compile_to_size(LinearModel* out, PruneRule rule, float min_weight,
                         size_t max_bytes) const;
  // Adds `factor` times the averaged weights of `other` (same num_classes)
  // to this trainer's averaged weights: summing members trained apart gives
  // their weighted mean as one model (weight averaging across seeds). The
  // feature counts of `other` are added too (unscaled).
  void add_averaged(const LinearTrainer& other, float factor);

 private:
  struct Entry {
    uint16_t cls;
    float w;
    double u;  // sum of time * delta, for averaging
  };
  void add(uint64_t key, int cls, float delta);
  int num_classes_;
  uint64_t time_ = 1;
  // Ranks of the averaged weights with |w| >= min_weight, in row and
  // entry order (a weight below min_weight ranks -1).
  std::vector<float> ranks(PruneRule rule, float min_weight) const;
  // compile() keeping the weights of rank > min_rank and the first `ties`
  // (in row order) of rank == min_rank; ranks below 0 never.
  void compile_ranked(LinearModel* out, const std::vector<float>& ranks, float min_rank,
                      size_t ties) const;
  // compile() keeping the `keep` weights of highest rank (`sorted`: the
  // ranks >= 0 in decreasing order; in any order when keep covers them all).
  void compile_best(LinearModel* out, const std::vector<float>& ranks,
                    const std::vector<float>& sorted, size_t keep) const;
  FeatureIndex index_;
  std::vector<std::vector<Entry>> rows_;
  std::vector<uint64_t> counts_;  // count() per row
};

// Bytes of `model` as LinearModel::save writes it.
size_t saved_size(const LinearModel& model);

}  // namespace parley::nlp
