#include "parley/nlp/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>

#include "parley/util/huge_pages.h"

namespace parley::nlp {

void FeatureIndex::clear() {
  keys_.clear();
  rows_.clear();
  mask_ = 0;
  size_ = 0;
}

void FeatureIndex::reserve(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  if (cap <= keys_.size()) return;
  std::vector<uint64_t> old_keys = std::move(keys_);
  std::vector<uint32_t> old_rows = std::move(rows_);
  keys_.assign(cap, 0);
  rows_.assign(cap, 0);
  mask_ = cap - 1;
  for (size_t j = 0; j < old_keys.size(); ++j) {
    if (old_keys[j] == 0) continue;
    size_t i = (old_keys[j] ^ (old_keys[j] >> 32)) & mask_;
    while (keys_[i] != 0) i = (i + 1) & mask_;
    keys_[i] = old_keys[j];
    rows_[i] = old_rows[j];
  }
}

void FeatureIndex::grow() { reserve(keys_.empty() ? 8 : keys_.size()); }

uint32_t FeatureIndex::insert(uint64_t key) {
  if (2 * (size_ + 1) > keys_.size()) grow();
  uint64_t k = key == 0 ? 1 : key;
  size_t i = (k ^ (k >> 32)) & mask_;
  while (true) {
    if (keys_[i] == k) return rows_[i];
    if (keys_[i] == 0) break;
    i = (i + 1) & mask_;
  }
  keys_[i] = k;
  rows_[i] = static_cast<uint32_t>(size_);
  return static_cast<uint32_t>(size_++);
}

std::vector<uint64_t> FeatureIndex::keys_by_row() const {
  std::vector<uint64_t> out(size_);
  for (size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i] != 0) out[rows_[i]] = keys_[i];
  return out;
}

// ---------------------------------------------------------------------------
// LinearModel

namespace {

// Rows with at least padded_classes / kDenseDivisor weights are stored dense:
// a dense row costs padded_classes / 16 vector steps (AVX2) and 2 bytes per
// class, a sparse one a scalar step and 4 bytes per weight.
constexpr uint32_t kDenseDivisor = 3;
// save() also stores dense the longest of the rows of at least
// padded_classes / kLongRowDivisor weights, as long as these extra dense rows
// add at most 1 / kExtraBytesShare to the bytes of the layout. On the shipped
// model (104 classes: rows of 15 to 34 weights, +0.8 MB of 24.7) EWT dev
// takes 4.8% fewer instructions (cachegrind) and 1.09x the words per CPU
// second (bench_parse --versus); a model of many long rows (no minimum
// weight) gets the longest rows dense, at most 4% larger.
constexpr uint32_t kLongRowDivisor = 7;
constexpr uint64_t kExtraBytesShare = 25;

// Home slot of a key in a table of n slots (n < 2^32): the low half of the
// spread key scaled to [0, n) (Lemire's multiply-shift reduction, any size).
size_t slot_of(uint64_t key, size_t n) {
  return static_cast<size_t>(
      (static_cast<uint64_t>(static_cast<uint32_t>(key * 0x9E3779B97F4A7C15ULL)) * n) >> 32);
}

// Class of an accumulator index (inverse of LinearModel::acc_index).
uint32_t class_of(uint32_t index) {
  uint32_t k = index & 7u;
  return (index & ~7u) | (k < 4 ? k << 1 : ((k - 4) << 1) | 1u);
}

typedef int32_t Int32x4 __attribute__((vector_size(16)));
typedef uint32_t Uint32x4 __attribute__((vector_size(16)));

// acc[...] += rows[i][...] for the n dense rows, classes b and up (b a
// multiple of 8), in the permuted accumulator order: each 16-byte load of 8 int16 weights is read
// as 4 int32 lanes, whose low halves (even classes) and high halves (odd classes) are sign-extended
// by shifts. Portable GCC vector code: SSE2 on x86-64, NEON on ARM.
void add_dense_rows_from(uint32_t b, const int16_t* const* rows, int n, uint32_t padded,
                         int32_t* acc) {
  for (; b < padded; b += 8) {
    Int32x4 even, odd;
    std::memcpy(&even, acc + b, 16);
    std::memcpy(&odd, acc + b + 4, 16);
    for (int i = 0; i < n; ++i) {
      Int32x4 pair;
      std::memcpy(&pair, rows[i] + b, 16);
      even += reinterpret_cast<Int32x4>(reinterpret_cast<Uint32x4>(pair) << 16) >> 16;
      odd += pair >> 16;
    }
    std::memcpy(acc + b, &even, 16);
    std::memcpy(acc + b + 4, &odd, 16);
  }
}

#if defined(__x86_64__) && defined(__GNUC__)
typedef int32_t Int32x8 __attribute__((vector_size(32)));
typedef uint32_t Uint32x8 __attribute__((vector_size(32)));

// The same sums with 32-byte AVX2 vectors, 16 classes per step: a load of
// 16 weights gives the even classes of two accumulator blocks of 8 in its
// low halves and their odd classes in its high halves, so the two blocks
// are gathered into one "even" and one "odd" vector first and put back in
// place after the rows.
__attribute__((target("avx2"))) void add_dense_rows_avx2(const int16_t* const* rows, int n,
                                                         uint32_t padded, int32_t* acc) {
  uint32_t b = 0;
  for (; b + 16 <= padded; b += 16) {
    Int32x8 a0, a1;
    std::memcpy(&a0, acc + b, 32);
    std::memcpy(&a1, acc + b + 8, 32);
    Int32x8 even = __builtin_shufflevector(a0, a1, 0, 1, 2, 3, 8, 9, 10, 11);
    Int32x8 odd = __builtin_shufflevector(a0, a1, 4, 5, 6, 7, 12, 13, 14, 15);
    for (int i = 0; i < n; ++i) {
      Int32x8 pair;
      std::memcpy(&pair, rows[i] + b, 32);
      even += reinterpret_cast<Int32x8>(reinterpret_cast<Uint32x8>(pair) << 16) >> 16;
      odd += pair >> 16;
    }
    a0 = __builtin_shufflevector(even, odd, 0, 1, 2, 3, 8, 9, 10, 11);
    a1 = __builtin_shufflevector(even, odd, 4, 5, 6, 7, 12, 13, 14, 15);
    std::memcpy(acc + b, &a0, 32);
    std::memcpy(acc + b + 8, &a1, 32);
  }
  add_dense_rows_from(b, rows, n, padded, acc);
}

const bool kHaveAvx2 = [] {
  __builtin_cpu_init();  // may run before libgcc's own initializer
  return __builtin_cpu_supports("avx2") != 0;
}();
#endif

// acc[...] += rows[i][...] for the n dense rows (exact integer sums: the
// AVX2 variant, where the CPU has it, gives the same results).
void add_dense_rows(const int16_t* const* rows, int n, uint32_t padded, int32_t* acc) {
#if defined(__x86_64__) && defined(__GNUC__)
  if (kHaveAvx2) return add_dense_rows_avx2(rows, n, padded, acc);
#endif
  add_dense_rows_from(0, rows, n, padded, acc);
}

// scores[c] += acc[acc_index(c)] * scale for c < num_classes: the
// accumulator's blocks of 8 (4 even classes, then 4 odd ones) are
// interleaved back into class order. Same float operations as the scalar
// loop (convert, multiply, add), so the same results.
void add_scaled(const int32_t* acc, int num_classes, float scale, float* scores) {
  typedef float Float32x4 __attribute__((vector_size(16)));
  const Float32x4 s = {scale, scale, scale, scale};
  int c = 0;
  for (; c + 8 <= num_classes; c += 8) {
    Int32x4 even, odd;
    std::memcpy(&even, acc + c, 16);
    std::memcpy(&odd, acc + c + 4, 16);
    const Int32x4 lo = __builtin_shufflevector(even, odd, 0, 4, 1, 5);
    const Int32x4 hi = __builtin_shufflevector(even, odd, 2, 6, 3, 7);
    Float32x4 out_lo, out_hi;
    std::memcpy(&out_lo, scores + c, 16);
    std::memcpy(&out_hi, scores + c + 4, 16);
    out_lo += __builtin_convertvector(lo, Float32x4) * s;
    out_hi += __builtin_convertvector(hi, Float32x4) * s;
    std::memcpy(scores + c, &out_lo, 16);
    std::memcpy(scores + c + 4, &out_hi, 16);
  }
  for (; c < num_classes; ++c) {
    const uint32_t k = static_cast<uint32_t>(c) & 7u;
    const uint32_t index = (static_cast<uint32_t>(c) & ~7u) | ((k & 1u) << 2) | (k >> 1);
    scores[c] += static_cast<float>(acc[index]) * scale;
  }
}

}  // namespace

void LinearModel::use(std::shared_ptr<const Arrays> a) {
  slots_ = a->slots.data();
  num_slots_ = a->slots.size();
  cold_ = a->cold.data();
  num_cold_ = a->cold.size();
  dense_ = a->dense.data();
  dense_size_ = a->dense.size();
  sparse_ = a->sparse.data();
  sparse_size_ = a->sparse.size();
  arrays_ = std::move(a);
  file_ = nullptr;
  build_filter();
}

void LinearModel::build_filter() {
  // About 8 bits per key: one block of 64 bits per 8 keys (24 bits set of
  // 64), about 3-5% false positives, one cache line per test.
  size_t keys = 0;
  for (size_t i = 0; i < num_slots_; ++i) keys += slots_[i].check != 0;
  for (size_t i = 0; i < num_cold_; ++i) keys += cold_[i].check != 0;
  const uint64_t num_words = std::clamp<uint64_t>(keys / 8 + 1, 1, uint64_t{1} << 24);
  std::shared_ptr<char> storage = AllocateLargeTable(num_words * sizeof(uint64_t));
  uint64_t* words = reinterpret_cast<uint64_t*>(storage.get());
  filter_ = CheckFilter{words, num_words};
  for (size_t i = 0; i < num_slots_; ++i) {
    if (slots_[i].check == 0) continue;
    const uint64_t h = CheckFilter::hash(slots_[i].check);
    words[filter_.block(h)] |= CheckFilter::hot_bits(h);
  }
  for (size_t i = 0; i < num_cold_; ++i) {
    if (cold_[i].check == 0) continue;
    const uint64_t h = CheckFilter::hash(cold_[i].check);
    words[filter_.block(h)] |= CheckFilter::cold_bits(h);
  }
  filter_storage_ = std::move(storage);
}

uint32_t LinearModel::encode(const RowWeights& row, Arrays* a) const {
  if (row.size() == 1 && row[0].second != 0)
    return kInline | static_cast<uint32_t>(static_cast<uint16_t>(row[0].second)) << 15 |
           acc_index(row[0].first);
  if (row.size() * kDenseDivisor >= padded_classes_ && !row.empty()) {
    size_t base = a->dense.size();
    a->dense.resize(base + padded_classes_, 0);
    for (auto [c, q] : row) a->dense[base + c] = q;
    return kDense | static_cast<uint32_t>(base / padded_classes_);
  }
  uint32_t index = static_cast<uint32_t>(a->sparse.size());
  a->sparse.push_back(static_cast<uint32_t>(row.size()));
  for (const auto& x : row) a->sparse.push_back(entry_of(x));
  return index;
}

void LinearModel::decode(uint32_t payload, RowWeights* row) const {
  row->clear();
  if (payload & kInline) {
    row->emplace_back(static_cast<uint16_t>(class_of(payload & 0x7fffu)),
                      static_cast<int16_t>((payload >> 15) & 0xffffu));
  } else if (payload & kDense) {
    const int16_t* d = &dense_[static_cast<size_t>(payload & ~kDense) * padded_classes_];
    for (int c = 0; c < num_classes_; ++c)
      if (d[c] != 0) row->emplace_back(static_cast<uint16_t>(c), d[c]);
  } else {
    const uint32_t* e = &sparse_[payload];
    for (uint32_t j = 1; j <= e[0]; ++j)
      row->emplace_back(static_cast<uint16_t>(class_of(e[j] & 0xffffu)),
                        static_cast<int16_t>(e[j] >> 16));
    std::sort(row->begin(), row->end());
  }
}

void LinearModel::build(int num_classes, float scale, const std::vector<uint64_t>& keys,
                        const std::vector<uint32_t>& offsets, const std::vector<uint16_t>& classes,
                        const std::vector<int16_t>& weights) {
  num_classes_ = num_classes;
  padded_classes_ = (static_cast<uint32_t>(num_classes) + 7) & ~7u;
  scale_ = scale;
  size_t num_hot = 0, num_cold = 0;
  for (size_t r = 0; r < keys.size(); ++r) {
    uint32_t len = offsets[r + 1] - offsets[r];
    if (len >= 3) ++num_hot;
    if (len == 1 || len == 2) ++num_cold;
  }
  const size_t hot_cap = std::max<size_t>(16, num_hot * 2 + 1);        // at most half full
  const size_t cold_cap = std::max<size_t>(16, num_cold * 5 / 3 + 1);  // at most 60% full
  auto a = std::make_shared<Arrays>();
  a->slots.assign(hot_cap, Slot{0, 0});
  a->cold.assign(cold_cap, ColdSlot{0, {0, 0}});
  num_features_ = 0;
  // Full keys of the slots while building, to tell keys apart exactly.
  std::vector<uint64_t> hot_keys(hot_cap, 0), cold_keys(cold_cap, 0);
  RowWeights row;
  for (size_t r = 0; r < keys.size(); ++r) {
    const uint32_t len = offsets[r + 1] - offsets[r];
    if (len == 0) continue;
    const uint64_t key = keys[r] == 0 ? 1 : keys[r];
    // A repeated key: the first row wins (whichever table it is in).
    size_t h = slot_of(key, hot_cap);
    while (hot_keys[h] != 0 && hot_keys[h] != key) h = h + 1 == hot_cap ? 0 : h + 1;
    size_t c = slot_of(key, cold_cap);
    while (cold_keys[c] != 0 && cold_keys[c] != key) c = c + 1 == cold_cap ? 0 : c + 1;
    if (hot_keys[h] == key || cold_keys[c] == key) continue;
    row.clear();
    for (uint32_t j = offsets[r]; j < offsets[r + 1]; ++j) row.emplace_back(classes[j], weights[j]);
    if (len >= 3) {
      hot_keys[h] = key;
      a->slots[h] = Slot{check_of(key), encode(row, a.get())};
    } else {
      cold_keys[c] = key;
      ColdSlot& slot = a->cold[c];
      slot.check = check_of(key);
      for (uint32_t j = 0; j < len; ++j) slot.entry[j] = entry_of(row[j]);
    }
    ++num_features_;
  }
  use(std::move(a));
}

namespace {

// Zeroed int32 sums for `padded` classes: on the stack for up to kStack
// (padded) classes, the usual model sizes; on the heap beyond them.
class Sums {
 public:
  static constexpr uint32_t kStack = 1024;
  explicit Sums(uint32_t padded) {
    if (padded > kStack) {
      heap_.assign(padded, 0);
      data_ = heap_.data();
    } else {
      std::memset(stack_, 0, padded * sizeof(int32_t));
    }
  }
  int32_t* data() { return data_; }

 private:
  alignas(32) int32_t stack_[kStack];
  std::vector<int32_t> heap_;
  int32_t* data_ = stack_;
};

}  // namespace

void LinearModel::score(const uint64_t* feats, int n, float* scores) const {
  if (num_features_ == 0) return;
  Sums sums(padded_classes_);
  int32_t* acc = sums.data();
  accumulate(feats, n, acc);
  add_scaled(acc, num_classes_, scale_, scores);
}

int LinearModel::best_class(const uint64_t* feats, int n) const {
  if (num_classes_ == 0) return -1;
  Sums sums(padded_classes_);
  int32_t* acc = sums.data();
  if (num_features_ != 0) accumulate(feats, n, acc);
  return best_of(acc);
}

int LinearModel::best_class(const uint64_t* feats, int n, float* margin) const {
  *margin = std::numeric_limits<float>::infinity();
  if (num_classes_ == 0) return -1;
  Sums sums(padded_classes_);
  int32_t* acc = sums.data();
  if (num_features_ != 0) accumulate(feats, n, acc);
  const int32_t best_sum = highest_sum(acc);
  const int best = first_with_sum(acc, best_sum);
  if (num_classes_ > 1) {
    acc[acc_index(static_cast<uint32_t>(best))] = std::numeric_limits<int32_t>::min();
    *margin = static_cast<float>(best_sum - highest_sum(acc)) * scale_;
  }
  return best;
}

int LinearModel::best_of(const int32_t* acc) const { return first_with_sum(acc, highest_sum(acc)); }

int32_t LinearModel::highest_sum(const int32_t* acc) const {
  // Vector maxima over the whole blocks of 8 classes (whose order in acc
  // does not matter for the maximum), then the rest.
  const int whole = num_classes_ & ~7;
  int32_t best_sum = acc[0];
  if (whole > 0) {
    Int32x4 top;
    std::memcpy(&top, acc, 16);
    for (int b = 0; b < whole; b += 8) {
      Int32x4 even, odd;
      std::memcpy(&even, acc + b, 16);
      std::memcpy(&odd, acc + b + 4, 16);
      top = even > top ? even : top;
      top = odd > top ? odd : top;
    }
    best_sum = std::max(std::max(top[0], top[1]), std::max(top[2], top[3]));
  }
  for (int c = whole; c < num_classes_; ++c)
    best_sum = std::max(best_sum, acc[acc_index(static_cast<uint32_t>(c))]);
  return best_sum;
}

int LinearModel::first_with_sum(const int32_t* acc, int32_t sum) const {
  // In a block, lane k of the first half is class b + 2k, of the second half
  // class b + 2k + 1.
  const int whole = num_classes_ & ~7;
  Int32x4 target = {sum, sum, sum, sum};
  for (int b = 0; b < whole; b += 8) {
    Int32x4 even, odd;
    std::memcpy(&even, acc + b, 16);
    std::memcpy(&odd, acc + b + 4, 16);
    const Int32x4 eq_even = even == target, eq_odd = odd == target;
    const Int32x4 any = eq_even | eq_odd;
    if ((any[0] | any[1] | any[2] | any[3]) == 0) continue;
    uint32_t mask = 0;
    for (int k = 0; k < 4; ++k)
      mask |= (static_cast<uint32_t>(eq_even[k]) & 1u) << (2 * k) |
              (static_cast<uint32_t>(eq_odd[k]) & 1u) << (2 * k + 1);
    return b + __builtin_ctz(mask);
  }
  for (int c = whole; c < num_classes_; ++c)
    if (acc[acc_index(static_cast<uint32_t>(c))] == sum) return c;
  return 0;  // not reached when some class has that sum
}

void LinearModel::accumulate(const uint64_t* feats, int n, int32_t* acc) const {
  const uint32_t padded = padded_classes_;
  const size_t num_slots = num_slots_, num_cold = num_cold_;
  const Slot* slots = slots_;
  const ColdSlot* cold = cold_;
  const CheckFilter filter = filter_;
  // Stages, so that the cache misses of all features overlap: ask the
  // filter (see CheckFilter) which table may hold each key; find the hot
  // slots; for keys not there, the cold slots (whose two entries are added
  // right there); then add the hot rows. Each stage prefetches what the
  // next one reads, and decisions are taken without branches where the
  // outcome is unpredictable.
  constexpr int kChunk = 128;
  uint32_t checks[kChunk];
  uint32_t low[kChunk];  // low half of the spread key: chooses the slot
  uint64_t filter_hash[kChunk];
  size_t filter_block[kChunk];
  uint8_t maybe_cold[kChunk];
  uint16_t hot_list[kChunk], cold_list[kChunk];
  size_t pos[kChunk];
  const int16_t* dense_rows[kChunk];
  uint32_t sparse_rows[kChunk];
  for (int base = 0; base < n; base += kChunk) {
    const int m = std::min(kChunk, n - base);
    for (int i = 0; i < m; ++i) {
      const uint64_t key = feats[base + i] == 0 ? 1 : feats[base + i];
      const uint64_t spread_key = spread(key);
      const uint32_t check = static_cast<uint32_t>(spread_key >> 32);
      checks[i] = check == 0 ? 1 : check;
      low[i] = static_cast<uint32_t>(spread_key);
      filter_hash[i] = CheckFilter::hash(checks[i]);
      filter_block[i] = filter.block(filter_hash[i]);
      __builtin_prefetch(&filter.words[filter_block[i]]);
    }
    int num_hot_keys = 0, num_cold_keys = 0;
    for (int i = 0; i < m; ++i) {
      const uint64_t word = filter.words[filter_block[i]];
      const uint64_t hot_bits = CheckFilter::hot_bits(filter_hash[i]);
      const uint64_t cold_bits = CheckFilter::cold_bits(filter_hash[i]);
      const bool hot = (word & hot_bits) == hot_bits;
      const bool maybe = (word & cold_bits) == cold_bits;
      maybe_cold[i] = maybe;
      hot_list[num_hot_keys] = static_cast<uint16_t>(i);
      num_hot_keys += hot;
      cold_list[num_cold_keys] = static_cast<uint16_t>(i);
      num_cold_keys += !hot & maybe;
    }
    for (int j = 0; j < num_hot_keys; ++j) {
      pos[j] = (static_cast<uint64_t>(low[hot_list[j]]) * num_slots) >> 32;
      __builtin_prefetch(&slots[pos[j]]);
    }
    for (int j = 0; j < num_cold_keys; ++j)
      __builtin_prefetch(&cold[(static_cast<uint64_t>(low[cold_list[j]]) * num_cold) >> 32]);
    int num_dense = 0, num_sparse = 0;
    for (int j = 0; j < num_hot_keys; ++j) {
      const int i = hot_list[j];
      const uint32_t check = checks[i];
      size_t p = pos[j];
      while (slots[p].check != check && slots[p].check != 0) p = p + 1 == num_slots ? 0 : p + 1;
      if (slots[p].check == 0) {
        // Not hot after all (a false positive of the filter): the cold
        // table, if the filter allows.
        if (maybe_cold[i]) {
          __builtin_prefetch(&cold[(static_cast<uint64_t>(low[i]) * num_cold) >> 32]);
          cold_list[num_cold_keys++] = static_cast<uint16_t>(i);
        }
        continue;
      }
      const uint32_t payload = slots[p].payload;
      if (payload & kInline) {
        acc[payload & 0x7fffu] += static_cast<int16_t>((payload >> 15) & 0xffffu);
      } else if (payload & kDense) {
        const int16_t* row = dense_ + static_cast<size_t>(payload & ~kDense) * padded;
        for (uint32_t b = 0; b < padded; b += 32) __builtin_prefetch(row + b);
        dense_rows[num_dense++] = row;
      } else {
        __builtin_prefetch(&sparse_[payload]);
        sparse_rows[num_sparse++] = payload;
      }
    }
    for (int j = 0; j < num_cold_keys; ++j) {
      const int i = cold_list[j];
      size_t c = (static_cast<uint64_t>(low[i]) * num_cold) >> 32;
      const uint32_t check = checks[i];
      while (cold[c].check != check && cold[c].check != 0) c = c + 1 == num_cold ? 0 : c + 1;
      if (cold[c].check == 0) continue;
      const uint32_t e0 = cold[c].entry[0], e1 = cold[c].entry[1];
      acc[e0 & 0xffffu] += static_cast<int32_t>(e0) >> 16;
      acc[e1 & 0xffffu] += static_cast<int32_t>(e1) >> 16;
    }
    add_dense_rows(dense_rows, num_dense, padded, acc);
    const uint32_t* entries = sparse_;
    for (int i = 0; i < num_sparse; ++i) {
      const uint32_t* e = entries + sparse_rows[i];
      const uint32_t len = e[0];
      uint32_t j = 1;
      // Four entries at a time, all read before any is added (acc may
      // alias the entries as far as the compiler knows).
      for (; j + 3 <= len; j += 4) {
        const uint32_t e0 = e[j], e1 = e[j + 1], e2 = e[j + 2], e3 = e[j + 3];
        acc[e0 & 0xffffu] += static_cast<int32_t>(e0) >> 16;
        acc[e1 & 0xffffu] += static_cast<int32_t>(e1) >> 16;
        acc[e2 & 0xffffu] += static_cast<int32_t>(e2) >> 16;
        acc[e3 & 0xffffu] += static_cast<int32_t>(e3) >> 16;
      }
      for (; j <= len; ++j) acc[e[j] & 0xffffu] += static_cast<int32_t>(e[j]) >> 16;
    }
  }
}

// Format version 4 and later: the inference layout. The tables are written
// as they are in memory; the rows of the hot table are encoded again in slot
// order, by the rule of encode() and then the long-row rule above, whatever
// the rule of the file they were loaded from (a model saved by an older
// parley is re-saved in the faster layout). The choice depends on the rows
// only, so saving a loaded model again gives the same bytes. Readers of any
// version-4 parley read both: each slot says how its row is stored.
void LinearModel::save(BinaryWriter* w) const {
  Arrays a;
  a.slots.assign(slots_, slots_ + num_slots_);
  RowWeights row;
  // Bytes of the layout by encode() alone, and the sparse rows that may go
  // dense: (length, slot), longest first.
  uint64_t bytes = num_slots_ * sizeof(Slot) + num_cold_ * sizeof(ColdSlot);
  std::vector<std::pair<uint32_t, uint32_t>> long_rows;
  for (size_t i = 0; i < a.slots.size(); ++i) {
    if (a.slots[i].check == 0) continue;
    decode(a.slots[i].payload, &row);
    const uint32_t len = static_cast<uint32_t>(row.size());
    if (len * kDenseDivisor >= padded_classes_ && len > 0) {
      bytes += padded_classes_ * sizeof(int16_t);
    } else {
      bytes += (len + 1) * sizeof(uint32_t);
      if (len * kLongRowDivisor >= padded_classes_ && len > 1)
        long_rows.emplace_back(len, static_cast<uint32_t>(i));
    }
  }
  std::sort(long_rows.begin(), long_rows.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  std::vector<bool> dense(a.slots.size(), false);
  uint64_t extra = 0;
  for (auto [len, i] : long_rows) {
    extra += padded_classes_ * sizeof(int16_t) - (len + 1) * sizeof(uint32_t);
    if (extra * kExtraBytesShare > bytes) break;
    dense[i] = true;
  }
  for (size_t i = 0; i < a.slots.size(); ++i) {
    Slot& slot = a.slots[i];
    if (slot.check == 0) continue;
    decode(slot.payload, &row);
    if (dense[i]) {
      const size_t base = a.dense.size();
      a.dense.resize(base + padded_classes_, 0);
      for (auto [c, q] : row) a.dense[base + c] = q;
      slot.payload = kDense | static_cast<uint32_t>(base / padded_classes_);
    } else {
      slot.payload = encode(row, &a);
    }
  }
  w->pod<uint32_t>(static_cast<uint32_t>(num_classes_));
  w->pod<float>(scale_);
  w->pod<uint64_t>(num_features_);
  w->aligned_array(a.slots.data(), a.slots.size());
  w->aligned_array(cold_, num_cold_);
  w->aligned_array(a.dense.data(), a.dense.size());
  w->aligned_array(a.sparse.data(), a.sparse.size());
}

bool LinearModel::load(BinaryReader* r) {
  if (r->version() > 0 && r->version() < 4) return load_v1(r);
  uint32_t nc = 0;
  float scale = 0;
  uint64_t features = 0, num_slots = 0, num_cold = 0, dense_size = 0, sparse_size = 0;
  auto a = std::make_shared<Arrays>();
  const Slot* slots = nullptr;
  const ColdSlot* cold = nullptr;
  const int16_t* dense = nullptr;
  const uint32_t* sparse = nullptr;
  if (!r->pod(&nc) || !r->pod(&scale) || !r->pod(&features) ||
      !r->view(&slots, &num_slots, &a->slots) || !r->view(&cold, &num_cold, &a->cold) ||
      !r->view(&dense, &dense_size, &a->dense) || !r->view(&sparse, &sparse_size, &a->sparse))
    return false;
  if (nc == 0 || nc > kMaxClasses || !(scale > 0) || !std::isfinite(scale)) return false;
  const uint32_t padded = (nc + 7) & ~7u;
  // Checks that make scoring safe on any file that passed the checksum: a
  // table with an empty slot (probes end), every row and class in range.
  // One pass over each array, no rebuilding.
  if (num_slots < 16 || num_slots > 0xffffffffu || num_cold < 16 || num_cold > 0xffffffffu ||
      dense_size % padded != 0 || sparse_size >= kDense)
    return false;
  // The rows tile sparse_, each a length and its entries.
  std::vector<bool> row_start(sparse_size, false);
  uint32_t bad = 0;
  for (size_t j = 0; j < sparse_size;) {
    uint64_t len = sparse[j];
    if (len >= sparse_size - j) return false;
    row_start[j] = true;
    for (size_t e = j + 1; e <= j + len; ++e) bad |= (sparse[e] & 0xffffu) >= padded;
    j += 1 + len;
  }
  const uint64_t dense_rows = dense_size / padded;
  uint64_t used = 0;
  for (size_t i = 0; i < num_slots; ++i) {
    const Slot& s = slots[i];
    if (s.check == 0) continue;
    ++used;
    if (s.payload & kInline)
      bad |= (s.payload & 0x7fffu) >= padded;
    else if (s.payload & kDense)
      bad |= (s.payload & ~kDense) >= dense_rows;
    else
      bad |= s.payload >= sparse_size || !row_start[s.payload];
  }
  uint64_t used_cold = 0;
  for (size_t i = 0; i < num_cold; ++i) {
    if (cold[i].check == 0) continue;
    ++used_cold;
    bad |= (cold[i].entry[0] & 0xffffu) >= padded || (cold[i].entry[1] & 0xffffu) >= padded;
  }
  if (bad != 0 || used + used_cold != features || used >= num_slots || used_cold >= num_cold)
    return false;
  num_classes_ = static_cast<int>(nc);
  padded_classes_ = padded;
  scale_ = scale;
  num_features_ = features;
  slots_ = slots;
  num_slots_ = num_slots;
  cold_ = cold;
  num_cold_ = num_cold;
  dense_ = dense;
  dense_size_ = dense_size;
  sparse_ = sparse;
  sparse_size_ = sparse_size;
  arrays_ = std::move(a);
  file_ = r->owner();
  build_filter();
  return true;
}

// Versions 1-3: classes, feature count, keys, row lengths (uint16), classes,
// weights quantized to int16 with one scale.
bool LinearModel::load_v1(BinaryReader* r) {
  uint32_t nc = 0;
  std::vector<uint64_t> keys;
  std::vector<uint16_t> lengths, classes;
  std::vector<int16_t> q;
  float scale = 0;
  if (!r->pod(&nc) || !r->vec(&keys) || !r->vec(&lengths) || !r->vec(&classes) || !r->pod(&scale) ||
      !r->vec(&q))
    return false;
  if (lengths.size() != keys.size() || q.size() != classes.size() || nc == 0 || nc > kMaxClasses ||
      !(scale > 0) || !std::isfinite(scale))
    return false;
  std::vector<uint32_t> offsets(keys.size() + 1, 0);
  for (size_t i = 0; i < keys.size(); ++i) offsets[i + 1] = offsets[i] + lengths[i];
  if (offsets.back() != classes.size()) return false;
  for (uint16_t c : classes)
    if (c >= nc) return false;
  build(static_cast<int>(nc), scale, keys, offsets, classes, q);
  return true;
}

// ---------------------------------------------------------------------------
// LinearTrainer

void LinearTrainer::score(const uint64_t* feats, int n, float* scores) const {
  for (int i = 0; i < n; ++i) {
    int32_t r = index_.find(feats[i]);
    if (r < 0) continue;
    for (const Entry& e : rows_[r]) scores[e.cls] += e.w;
  }
}

void LinearTrainer::add(uint64_t key, int cls, float delta) {
  uint32_t r = index_.insert(key);
  if (r == rows_.size()) {
    rows_.emplace_back();
    counts_.push_back(0);
  }
  for (Entry& e : rows_[r]) {
    if (e.cls == cls) {
      e.w += delta;
      e.u += static_cast<double>(time_) * delta;
      return;
    }
  }
  rows_[r].push_back(Entry{static_cast<uint16_t>(cls), delta, static_cast<double>(time_) * delta});
}

void LinearTrainer::add_averaged(const LinearTrainer& other, float factor) {
  // Added to the current weights only: the average w - u / time_ grows by
  // exactly delta whatever this trainer's own history.
  std::vector<uint64_t> keys = other.index_.keys_by_row();
  for (size_t r = 0; r < other.rows_.size(); ++r) {
    uint32_t row = UINT32_MAX;  // this trainer's row of keys[r], once needed
    for (const Entry& o : other.rows_[r]) {
      const double avg = o.w - o.u / static_cast<double>(other.time_);
      if (avg == 0) continue;
      if (row == UINT32_MAX) {
        row = index_.insert(keys[r]);
        if (row == rows_.size()) {
          rows_.emplace_back();
          counts_.push_back(0);
        }
        counts_[row] += other.counts_[r];
      }
      const float delta = static_cast<float>(avg * factor);
      bool found = false;
      for (Entry& e : rows_[row]) {
        if (e.cls == o.cls) {
          e.w += delta;
          found = true;
          break;
        }
      }
      if (!found) rows_[row].push_back(Entry{o.cls, delta, 0.0});
    }
  }
}

void LinearTrainer::update(const uint64_t* feats, int n, int truth, int guess) {
  if (truth == guess) return;
  for (int i = 0; i < n; ++i) {
    add(feats[i], truth, 1.0f);
    add(feats[i], guess, -1.0f);
  }
}

void LinearTrainer::count(const uint64_t* feats, int n) {
  for (int i = 0; i < n; ++i) {
    int32_t r = index_.find(feats[i]);
    if (r >= 0) ++counts_[r];
  }
}

void LinearTrainer::compile(LinearModel* out, float min_weight) const {
  const std::vector<float> rank = ranks(PruneRule::kMagnitude, min_weight);
  compile_ranked(out, rank, 0.0f, rank.size());
}

std::vector<float> LinearTrainer::ranks(PruneRule rule, float min_weight) const {
  std::vector<float> out;
  for (size_t r = 0; r < rows_.size(); ++r) {
    const double firings = static_cast<double>(counts_[r]);
    for (const Entry& e : rows_[r]) {
      // The float weight compile_ranked() keeps, so both agree on the cut.
      const float w = std::fabs(static_cast<float>(e.w - e.u / static_cast<double>(time_)));
      if (w < min_weight || w == 0) {
        out.push_back(-1.0f);
        continue;
      }
      out.push_back(rule == PruneRule::kSaliency ? static_cast<float>(w * firings) : w);
    }
  }
  return out;
}

namespace {

// The ranks of the weights that may be kept (ranks() gives -1 to the others).
std::vector<float> kept_ranks(const std::vector<float>& rank) {
  std::vector<float> out;
  for (float x : rank)
    if (x >= 0) out.push_back(x);
  return out;
}

}  // namespace

void LinearTrainer::compile_top(LinearModel* out, PruneRule rule, float min_weight,
                                size_t max_weights) const {
  std::vector<float> rank = ranks(rule, min_weight);
  std::vector<float> sorted = kept_ranks(rank);
  std::sort(sorted.begin(), sorted.end(), std::greater<float>());
  compile_best(out, rank, sorted, max_weights);
}

size_t saved_size(const LinearModel& model) {
  BinaryWriter w;
  model.save(&w);
  return w.buffer().size();
}

size_t LinearTrainer::compile_to_size(LinearModel* out, PruneRule rule, float min_weight,
                                      size_t max_bytes) const {
  std::vector<float> rank = ranks(rule, min_weight);
  std::vector<float> sorted = kept_ranks(rank);
  compile_best(out, rank, sorted, sorted.size());
  size_t bytes = saved_size(*out);
  if (max_bytes == 0 || bytes <= max_bytes) return bytes;
  std::sort(sorted.begin(), sorted.end(), std::greater<float>());
  // The size grows about linearly with the weights kept: proportional steps
  // from the full model, then the largest count found that fits.
  size_t keep = sorted.size(), best_keep = 0;
  for (int step = 0; step < 12; ++step) {
    keep = std::min(sorted.size(), static_cast<size_t>(static_cast<double>(keep) *
                                                       static_cast<double>(max_bytes) / bytes));
    if (keep == 0) break;
    compile_best(out, rank, sorted, keep);
    bytes = saved_size(*out);
    if (bytes <= max_bytes) {
      if (bytes > max_bytes - max_bytes / 500) return bytes;  // within 0.2%
      best_keep = std::max(best_keep, keep);
    }
  }
  compile_best(out, rank, sorted, best_keep);
  return saved_size(*out);
}

void LinearTrainer::compile_best(LinearModel* out, const std::vector<float>& rank,
                                 const std::vector<float>& sorted, size_t keep) const {
  if (keep >= sorted.size()) return compile_ranked(out, rank, 0.0f, sorted.size());
  if (keep == 0) return compile_ranked(out, rank, std::numeric_limits<float>::infinity(), 0);
  // `sorted` decreases: the weights ranked above its keep-th, then as many
  // of those equal to it as fit, in row order (so equal ranks cannot
  // overshoot the count, and the choice is deterministic).
  const float last = sorted[keep - 1];
  const size_t above = static_cast<size_t>(
      std::lower_bound(sorted.begin(), sorted.end(), last, std::greater<float>()) - sorted.begin());
  compile_ranked(out, rank, last, keep - above);
}

void LinearTrainer::compile_ranked(LinearModel* out, const std::vector<float>& rank, float min_rank,
                                   size_t ties) const {
  // Averaged weights, then one scale for the int16 quantization.
  std::vector<uint64_t> keys = index_.keys_by_row();
  std::vector<uint32_t> offsets(1, 0);
  std::vector<uint16_t> classes;
  std::vector<float> averaged;
  std::vector<std::pair<uint16_t, float>> row;
  float max_abs = 0;
  size_t i = 0;
  for (size_t r = 0; r < rows_.size(); ++r) {
    row.clear();
    for (const Entry& e : rows_[r]) {
      const float avg = static_cast<float>(e.w - e.u / static_cast<double>(time_));
      const float x = rank[i++];
      if (x < 0 || x < min_rank) continue;
      if (x == min_rank) {
        if (ties == 0) continue;
        --ties;
      }
      row.emplace_back(e.cls, avg);
    }
    std::sort(row.begin(), row.end());
    for (auto [c, w] : row) {
      classes.push_back(c);
      averaged.push_back(w);
      max_abs = std::max(max_abs, std::fabs(w));
    }
    offsets.push_back(static_cast<uint32_t>(classes.size()));
  }
  float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<int16_t> q(averaged.size());
  for (size_t i = 0; i < q.size(); ++i)
    q[i] = static_cast<int16_t>(std::lround(averaged[i] / scale));
  out->build(num_classes_, scale, keys, offsets, classes, q);
}

}  // namespace parley::nlp
