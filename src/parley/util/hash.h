// The hash functions of parley, in one place: FNV-1a over bytes (cheap to
// extend one byte at a time) and the splitmix64 finalizer that spreads its
// weak low bits. Model files store feature keys built from these values
// (nlp/hash.h), so their results must never change.
#pragma once

#include <cstdint>
#include <string_view>

namespace parley {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

// FNV-1a of what `h` hashed, followed by `byte`.
inline uint64_t fnv1a_extend(uint64_t h, unsigned char byte) { return (h ^ byte) * kFnvPrime; }

inline uint64_t fnv1a(std::string_view s) {
  uint64_t h = kFnvOffset;
  for (unsigned char c : s) h = fnv1a_extend(h, c);
  return h;
}

// splitmix64's finalizer: every input bit moves every output bit.
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace parley
