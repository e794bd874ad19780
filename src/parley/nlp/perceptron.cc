#include "parley/nlp/perceptron.h"

#include <algorithm>
#include <cmath>

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

void LinearModel::pack() {
  std::vector<uint64_t> keys = row_keys();
  size_t cap = 16;
  while (cap < 2 * keys.size()) cap *= 2;
  slots_.assign(cap, Slot{0, 0, 0});
  slot_mask_ = cap - 1;
  for (size_t r = 0; r < keys.size(); ++r) {
    uint64_t k = keys[r];  // never 0: FeatureIndex maps key 0 to 1
    size_t i = (k ^ (k >> 32)) & slot_mask_;
    while (slots_[i].key != 0) i = (i + 1) & slot_mask_;
    slots_[i] = Slot{k, offsets_[r], offsets_[r + 1]};
  }
  entries_.resize(classes_.size());
  for (size_t j = 0; j < classes_.size(); ++j) entries_[j] = Entry{classes_[j], weights_[j]};
}

void LinearModel::score(const uint64_t* feats, int n, float* scores) const {
  if (slots_.empty()) return;
  // Three stages so that the cache misses of all features overlap: find the
  // slots, then the rows, then add.
  constexpr int kChunk = 128;
  size_t pos[kChunk];
  uint32_t begin[kChunk], end[kChunk];
  for (int base = 0; base < n; base += kChunk) {
    int m = std::min(kChunk, n - base);
    for (int i = 0; i < m; ++i) {
      uint64_t k = feats[base + i] == 0 ? 1 : feats[base + i];
      pos[i] = (k ^ (k >> 32)) & slot_mask_;
      __builtin_prefetch(&slots_[pos[i]]);
    }
    int found = 0;
    for (int i = 0; i < m; ++i) {
      uint64_t k = feats[base + i] == 0 ? 1 : feats[base + i];
      size_t p = pos[i];
      while (slots_[p].key != k && slots_[p].key != 0) p = (p + 1) & slot_mask_;
      if (slots_[p].key == 0) continue;
      begin[found] = slots_[p].begin;
      end[found] = slots_[p].end;
      __builtin_prefetch(&entries_[slots_[p].begin]);
      ++found;
    }
    const Entry* e = entries_.data();
    for (int i = 0; i < found; ++i)
      for (uint32_t j = begin[i]; j < end[i]; ++j) scores[e[j].cls] += e[j].w;
  }
}

// File layout: classes, feature count, keys, row lengths (uint16), classes,
// weights quantized to int16 with one scale.
void LinearModel::save(BinaryWriter* w) const {
  w->pod<uint32_t>(static_cast<uint32_t>(num_classes_));
  std::vector<uint64_t> keys = row_keys();
  w->vec(keys);
  std::vector<uint16_t> lengths(keys.size());
  for (size_t r = 0; r < keys.size(); ++r)
    lengths[r] = static_cast<uint16_t>(offsets_[r + 1] - offsets_[r]);
  w->vec(lengths);
  w->vec(classes_);
  float max_abs = 0;
  for (float x : weights_) max_abs = std::max(max_abs, std::fabs(x));
  float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<int16_t> q(weights_.size());
  for (size_t i = 0; i < q.size(); ++i)
    q[i] = static_cast<int16_t>(std::lround(weights_[i] / scale));
  w->pod<float>(scale);
  w->vec(q);
}

bool LinearModel::load(BinaryReader* r) {
  uint32_t nc = 0;
  std::vector<uint64_t> keys;
  std::vector<uint16_t> lengths;
  std::vector<int16_t> q;
  float scale = 0;
  if (!r->pod(&nc) || !r->vec(&keys) || !r->vec(&lengths) || !r->vec(&classes_) ||
      !r->pod(&scale) || !r->vec(&q))
    return false;
  if (lengths.size() != keys.size() || q.size() != classes_.size() || nc == 0 || nc > 65535)
    return false;
  num_classes_ = static_cast<int>(nc);
  offsets_.assign(keys.size() + 1, 0);
  for (size_t i = 0; i < keys.size(); ++i) offsets_[i + 1] = offsets_[i] + lengths[i];
  if (offsets_.back() != classes_.size()) return false;
  for (uint16_t c : classes_)
    if (c >= nc) return false;
  weights_.resize(q.size());
  for (size_t i = 0; i < q.size(); ++i) weights_[i] = q[i] * scale;
  index_.clear();
  for (uint64_t& k : keys)
    if (k == 0) k = 1;  // as FeatureIndex stores it
  keys_ = std::move(keys);
  pack();
  return true;
}

void LinearTrainer::score(const uint64_t* feats, int n, float* scores) const {
  for (int i = 0; i < n; ++i) {
    int32_t r = index_.find(feats[i]);
    if (r < 0) continue;
    for (const Entry& e : rows_[r]) scores[e.cls] += e.w;
  }
}

void LinearTrainer::add(uint64_t key, int cls, float delta) {
  uint32_t r = index_.insert(key);
  if (r == rows_.size()) rows_.emplace_back();
  for (Entry& e : rows_[r]) {
    if (e.cls == cls) {
      e.w += delta;
      e.u += static_cast<double>(time_) * delta;
      return;
    }
  }
  rows_[r].push_back(Entry{static_cast<uint16_t>(cls), delta, static_cast<double>(time_) * delta});
}

void LinearTrainer::update(const uint64_t* feats, int n, int truth, int guess) {
  if (truth == guess) return;
  for (int i = 0; i < n; ++i) {
    add(feats[i], truth, 1.0f);
    add(feats[i], guess, -1.0f);
  }
}

void LinearTrainer::compile(LinearModel* out, float min_weight) const {
  out->num_classes_ = num_classes_;
  out->index_.clear();
  out->keys_.clear();
  out->offsets_.assign(1, 0);
  out->classes_.clear();
  out->weights_.clear();
  std::vector<uint64_t> keys = index_.keys_by_row();
  std::vector<std::pair<uint16_t, float>> row;
  size_t kept = 0;
  for (size_t r = 0; r < rows_.size(); ++r) {
    row.clear();
    for (const Entry& e : rows_[r]) {
      float avg = static_cast<float>(e.w - e.u / static_cast<double>(time_));
      if (std::fabs(avg) >= min_weight) row.emplace_back(e.cls, avg);
    }
    if (row.empty()) continue;
    std::sort(row.begin(), row.end());
    ++kept;
    for (auto& [c, w] : row) {
      out->classes_.push_back(c);
      out->weights_.push_back(w);
    }
    out->offsets_.push_back(static_cast<uint32_t>(out->classes_.size()));
  }
  out->index_.reserve(kept);
  for (size_t r = 0; r < rows_.size(); ++r) {
    bool any = false;
    for (const Entry& e : rows_[r]) {
      float avg = static_cast<float>(e.w - e.u / static_cast<double>(time_));
      if (std::fabs(avg) >= min_weight) any = true;
    }
    if (any) out->index_.insert(keys[r]);
  }
  out->pack();
}

}  // namespace parley::nlp

namespace parley::nlp {

void LinearModel::prune(float min_weight) {
  std::vector<uint64_t> keys = row_keys();
  std::vector<uint32_t> offsets(1, 0);
  std::vector<uint16_t> classes;
  std::vector<float> weights;
  std::vector<uint64_t> kept;
  for (size_t r = 0; r + 1 < offsets_.size(); ++r) {
    size_t before = classes.size();
    for (uint32_t j = offsets_[r]; j < offsets_[r + 1]; ++j)
      if (std::fabs(weights_[j]) >= min_weight) {
        classes.push_back(classes_[j]);
        weights.push_back(weights_[j]);
      }
    if (classes.size() == before) continue;
    kept.push_back(keys[r]);
    offsets.push_back(static_cast<uint32_t>(classes.size()));
  }
  offsets_ = std::move(offsets);
  classes_ = std::move(classes);
  weights_ = std::move(weights);
  index_.clear();
  keys_ = std::move(kept);
  pack();
}

}  // namespace parley::nlp
