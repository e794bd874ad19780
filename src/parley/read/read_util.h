// Helpers shared by the readers (internal to src/parley/read/).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "parley/read/reader.h"

namespace parley::read_internal {

// Strips ASCII white space (space, tab, CR, LF, FF, VT) from both ends.
std::string_view trim(std::string_view s);

// Removes a leading UTF-8 byte order mark.
std::string_view strip_bom(std::string_view s);

// Checks that `text` may become document text: no NUL byte and valid UTF-8.
// On failure returns false and sets *what (e.g. "invalid UTF-8 (byte 0xff)")
// and *line_offset, the number of '\n' before the bad byte (so the caller can
// name the line).
bool check_text(std::string_view text, std::string* what, uint64_t* line_offset);

// At most max_bytes of `s`, not cutting a UTF-8 sequence (for messages).
std::string_view clip(std::string_view s, size_t max_bytes);

// "64 MiB" style size for messages.
std::string human_size(uint64_t bytes);

// Returns the normalized date, or "" and sets *bad when `raw` is non-empty
// and not a recognized date.
std::string date_or_empty(std::string_view raw, bool* bad);

// Builds the problem for a date that was not recognized (a note).
ReadProblem bad_date_note(const std::string& path, uint64_t line, std::string_view raw);

}  // namespace parley::read_internal
