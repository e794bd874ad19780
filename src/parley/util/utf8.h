// UTF-8 validation for input text.
//
// Readers refuse documents that are not valid UTF-8 (see read/reader.h), so
// every later stage may assume well-formed text. Validation follows RFC 3629:
// no overlong forms, no surrogates (U+D800..U+DFFF), nothing above U+10FFFF.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace parley {

// Returns the byte offset of the first byte that does not start a valid UTF-8
// sequence (or of a truncated sequence at the end), or npos when `s` is valid.
size_t find_invalid_utf8(std::string_view s);

// Appends the UTF-8 encoding of code point cp (which must be <= 0x10FFFF).
void append_utf8(uint32_t cp, std::string* out);

inline bool is_valid_utf8(std::string_view s) {
  return find_invalid_utf8(s) == std::string_view::npos;
}

}  // namespace parley
