// Hashing helpers for feature extraction: every feature is a 64-bit key
// built by mixing a template id with the hashes of the values it looks at.
#pragma once

#include <cstdint>
#include <string_view>

#include "parley/util/hash.h"

namespace parley::nlp {

using parley::mix64;

inline uint64_t hash_string(std::string_view s) { return mix64(fnv1a(s) ^ s.size()); }

// Combines a running key with one more value.
inline uint64_t hash_combine(uint64_t seed, uint64_t v) {
  return mix64(seed * 0x9E3779B97F4A7C15ULL + v + 0x632be59bd9b4e019ULL);
}

// A feature key from a template id and up to three values.
inline uint64_t feature_key(uint32_t tmpl, uint64_t a) {
  return hash_combine(0x1000003ULL * (tmpl + 1), a);
}
inline uint64_t feature_key(uint32_t tmpl, uint64_t a, uint64_t b) {
  return hash_combine(feature_key(tmpl, a), b);
}
inline uint64_t feature_key(uint32_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
  return hash_combine(feature_key(tmpl, a, b), c);
}

}  // namespace parley::nlp
