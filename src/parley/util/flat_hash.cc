#include "parley/util/flat_hash.h"

namespace parley {

std::pair<uint32_t, bool> U64Map::try_emplace(uint64_t key, uint32_t value) {
  if ((size_ + 1) * 2 > slots_.size()) grow();  // at most half full
  for (size_t i = hash(key) & mask_;; i = (i + 1) & mask_) {
    Slot& s = slots_[i];
    if (s.used && s.key == key) return {s.value, false};
    if (!s.used) {
      s = Slot{key, value, 1};
      ++size_;
      return {value, true};
    }
  }
}

void U64Map::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.used) continue;
    size_t i = hash(s.key) & mask_;
    while (slots_[i].used) i = (i + 1) & mask_;
    slots_[i] = s;
  }
}

uint64_t StringIds::hash(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, then a final mix
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  return h ^ (h >> 33);
}

uint32_t StringIds::intern(std::string_view s) {
  const uint64_t h = hash(s);
  uint32_t id = find(s, h);
  if (id != kNone) return id;
  if ((size() + 1) * 2 > slots_.size()) grow();
  id = static_cast<uint32_t>(size());
  chars_.append(s);
  offsets_.push_back(static_cast<uint32_t>(chars_.size()));
  place(h, id);
  return id;
}

void StringIds::place(uint64_t h, uint32_t id) {
  size_t i = h & mask_;
  while (slots_[i].id_plus_one != 0) i = (i + 1) & mask_;
  slots_[i] = Slot{static_cast<uint32_t>(h >> 32), id + 1};
}

void StringIds::grow() {
  slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (uint32_t id = 0; id < size(); ++id) place(hash(str(id)), id);
}

}  // namespace parley
