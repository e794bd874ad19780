#include "parley/read/read_util.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "parley/util/date.h"
#include "parley/util/utf8.h"

namespace parley::read_internal {

namespace {
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
}  // namespace

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view strip_bom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return s;
}

bool check_text(std::string_view text, std::string* what, uint64_t* line_offset) {
  size_t bad = std::string_view::npos;
  // (an empty view may have no data at all: memchr must not see a null pointer)
  if (const void* nul = text.empty() ? nullptr : std::memchr(text.data(), '\0', text.size())) {
    bad = static_cast<size_t>(static_cast<const char*>(nul) - text.data());
    *what = "contains a NUL byte (binary data?)";
  }
  size_t invalid =
      find_invalid_utf8(text.substr(0, bad == std::string_view::npos ? text.size() : bad));
  if (invalid != std::string_view::npos) {
    bad = invalid;
    char buf[64];
    std::snprintf(buf, sizeof(buf), "invalid UTF-8 (byte 0x%02x)",
                  static_cast<unsigned char>(text[invalid]));
    *what = buf;
  }
  if (bad == std::string_view::npos) return true;
  *line_offset = static_cast<uint64_t>(std::count(text.begin(), text.begin() + bad, '\n'));
  return false;
}

std::string_view clip(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

std::string human_size(uint64_t bytes) {
  if (bytes >= (uint64_t{1} << 20) && bytes % (uint64_t{1} << 20) == 0)
    return std::to_string(bytes >> 20) + " MiB";
  if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

std::string date_or_empty(std::string_view raw, bool* bad) {
  *bad = false;
  raw = trim(raw);
  if (raw.empty()) return "";
  if (auto d = normalize_date(raw)) return *d;
  *bad = true;
  return "";
}

ReadProblem bad_date_note(const std::string& path, uint64_t line, std::string_view raw) {
  std::string shown(clip(raw, 60));
  return ReadProblem{path, line, "unrecognized date '" + shown + "' (kept as metadata \"date\")",
                     false};
}

}  // namespace parley::read_internal
