// UTF-8 validation for input text.
//
// Readers refuse documents that are not valid UTF-8 (see read/reader.h), so
// every later stage may assume well-formed text. Validation follows RFC 3629:
// no overlong forms, no surrogates (U+D800..U+DFFF), nothing above U+10FFFF.
#pragma once

#include <cstddef>
#include <string_view>

namespace parley {

// Returns the byte offset of the first byte that does not start a valid UTF-8
// sequence (or of a truncated sequence at the end), or npos when `s` is valid.
size_t find_invalid_utf8(std::string_view s);

inline bool is_valid_utf8(std::string_view s) {
  return find_invalid_utf8(s) == std::string_view::npos;
}

}  // namespace parley
