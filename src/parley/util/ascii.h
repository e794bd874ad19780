// ASCII case helpers shared by the tokenizer and the lemmatizer (bytes
// outside A-Z are compared as they are, so UTF-8 passes through unchanged).
#pragma once

#include <string_view>

namespace parley {

inline char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Whether `s` with A-Z lower-cased equals `lower` (no copy made).
inline bool equals_lower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (lower_ascii(s[i]) != lower[i]) return false;
  return true;
}

}  // namespace parley
