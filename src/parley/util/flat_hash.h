// Open-addressing hash tables for the dictionaries' lookup-heavy maps (trie
// edges, word vocabularies). A lookup probes one flat array, where
// std::unordered_map follows bucket -> node -> key, a chain of dependent
// cache misses: coding news from given parses spent a quarter of its time
// in those chains (perf, session 9).
//
// Both tables only grow (no erase) and are read-only once built, so many
// threads may look up concurrently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parley {

// Map from any 64-bit key to a 32-bit value.
class U64Map {
 public:
  // The value of `key`, or `missing` when absent.
  uint32_t get(uint64_t key, uint32_t missing) const {
    if (slots_.empty()) return missing;
    for (size_t i = hash(key) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.used) return missing;
      if (s.key == key) return s.value;
    }
  }
  // Stores key -> value unless `key` is present. Returns the value stored
  // for `key` and whether it was inserted.
  std::pair<uint32_t, bool> try_emplace(uint64_t key, uint32_t value);
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
    uint32_t used = 0;
  };
  static uint64_t hash(uint64_t x) {
    x ^= x >> 31;
    x *= 0x9E3779B97F4A7C15ULL;
    return x ^ (x >> 29);
  }
  void grow();
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

// Dense ids 0, 1, 2, ... for strings, in order of first insertion. The
// strings are kept in one buffer.
class StringIds {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  // Id of `s`, which is copied in when new.
  uint32_t intern(std::string_view s);
  // Id of `s`, or kNone.
  uint32_t find(std::string_view s) const { return find(s, hash(s)); }
  // The string of id `id` (< size()); valid until the next intern().
  std::string_view str(uint32_t id) const {
    return std::string_view(chars_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  size_t size() const { return offsets_.size() - 1; }

 private:
  struct Slot {
    uint32_t tag = 0;          // high half of the string's hash
    uint32_t id_plus_one = 0;  // 0 = empty
  };
  static uint64_t hash(std::string_view s);
  // find() of `s` whose hash is `h`.
  uint32_t find(std::string_view s, uint64_t h) const {
    if (slots_.empty()) return kNone;
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.id_plus_one == 0) return kNone;
      if (slot.tag == tag && str(slot.id_plus_one - 1) == s) return slot.id_plus_one - 1;
    }
  }
  // Puts id `id`, whose string hashes to `h`, in the first free slot of its probe sequence.
  void place(uint64_t h, uint32_t id);
  void grow();
  std::string chars_;
  std::vector<uint32_t> offsets_{0};  // string i is chars_[offsets_[i], offsets_[i + 1])
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace parley
