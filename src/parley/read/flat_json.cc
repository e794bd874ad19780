#include "parley/read/flat_json.h"

#include <array>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "parley/util/utf8.h"

namespace parley {
namespace {

// Bytes copied as they are inside a JSON string.
constexpr std::array<bool, 256> make_plain_table() {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 256; ++c) t[c] = c != '"' && c != '\\';
  return t;
}
constexpr std::array<bool, 256> kPlain = make_plain_table();

// The end of the run of plain bytes that starts at s (at most end): sixteen
// bytes at a time where SSE2 is there, since article texts are long runs.
const char* plain_run_end(const char* s, const char* end) {
#if defined(__SSE2__)
  while (end - s >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
    const __m128i special = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
        // unsigned c < 0x20: min(c, 0x1F) == c
        _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(special));
    if (mask) return s + __builtin_ctz(mask);
    s += 16;
  }
#endif
  while (s < end && kPlain[static_cast<unsigned char>(*s)]) ++s;
  return s;
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void skip_ws(const char** p, const char* end) {
  while (*p < end && is_ws(**p)) ++*p;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool read_hex4(const char** p, const char* end, unsigned* out) {
  if (end - *p < 4) return false;
  unsigned v = 0;
  for (int i = 0; i < 4; ++i) {
    int h = hex_value((*p)[i]);
    if (h < 0) return false;
    v = v * 16 + static_cast<unsigned>(h);
  }
  *p += 4;
  *out = v;
  return true;
}

// *p is just after the opening quote; leaves *p after the closing quote.
bool read_string(const char** p, const char* end, std::string* out) {
  out->clear();
  const char* s = *p;
  for (;;) {
    const char* start = s;
    s = plain_run_end(s, end);
    out->append(start, static_cast<size_t>(s - start));
    if (s >= end) return false;
    char c = *s++;
    if (c == '"') break;
    if (c != '\\' || s >= end) return false;  // a control character, or a cut escape
    switch (*s++) {
      case '"':
        out->push_back('"');
        break;
      case '\\':
        out->push_back('\\');
        break;
      case '/':
        out->push_back('/');
        break;
      case 'b':
        out->push_back('\b');
        break;
      case 'f':
        out->push_back('\f');
        break;
      case 'n':
        out->push_back('\n');
        break;
      case 'r':
        out->push_back('\r');
        break;
      case 't':
        out->push_back('\t');
        break;
      case 'u': {
        unsigned cp;
        if (!read_hex4(&s, end, &cp)) return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // lone low surrogate
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          unsigned low;
          if (end - s < 2 || s[0] != '\\' || s[1] != 'u') return false;
          s += 2;
          if (!read_hex4(&s, end, &low) || low < 0xDC00 || low > 0xDFFF) return false;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(cp, out);
        break;
      }
      default:
        return false;
    }
  }
  *p = s;
  return true;
}

bool take_literal(const char** p, const char* end, std::string_view word) {
  if (static_cast<size_t>(end - *p) < word.size() || std::memcmp(*p, word.data(), word.size()))
    return false;
  *p += word.size();
  return true;
}

}  // namespace

bool parse_flat_json_object(std::string_view line, std::vector<JsonField>* fields) {
  fields->clear();
  const char* p = line.data();
  const char* end = p + line.size();
  skip_ws(&p, end);
  if (p >= end || *p++ != '{') return false;
  skip_ws(&p, end);
  if (p < end && *p == '}') {
    ++p;
  } else {
    for (;;) {
      if (p >= end || *p++ != '"') return false;
      JsonField field;
      if (!read_string(&p, end, &field.key)) return false;
      for (const JsonField& f : *fields) {
        if (f.key == field.key) return false;  // duplicate: leave it to nlohmann
      }
      skip_ws(&p, end);
      if (p >= end || *p++ != ':') return false;
      skip_ws(&p, end);
      if (p >= end) return false;
      char c = *p;
      if (c == '"') {
        ++p;
        if (!read_string(&p, end, &field.value)) return false;
        field.kind = JsonField::kString;
      } else if (c == 'n' && take_literal(&p, end, "null")) {
        field.value = "null";
        field.kind = JsonField::kNull;
      } else if (c == 't' && take_literal(&p, end, "true")) {
        field.value = "true";
        field.kind = JsonField::kOther;
      } else if (c == 'f' && take_literal(&p, end, "false")) {
        field.value = "false";
        field.kind = JsonField::kOther;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        // Integers only, printed back as written: no leading zeros, no "-0",
        // at most 18 digits (so they fit 64 bits as nlohmann reads them).
        const char* start = p;
        if (c == '-') ++p;
        const char* digits = p;
        while (p < end && *p >= '0' && *p <= '9') ++p;
        size_t n = static_cast<size_t>(p - digits);
        if (n == 0 || n > 18 || (n > 1 && *digits == '0')) return false;
        if (c == '-' && n == 1 && *digits == '0') return false;
        if (p < end && (*p == '.' || *p == 'e' || *p == 'E')) return false;
        field.value.assign(start, static_cast<size_t>(p - start));
        field.kind = c == '-' ? JsonField::kOther : JsonField::kUnsigned;
      } else {
        return false;  // arrays, objects, or not JSON
      }
      fields->push_back(std::move(field));
      skip_ws(&p, end);
      if (p >= end) return false;
      if (*p == ',') {
        ++p;
        skip_ws(&p, end);
        continue;
      }
      if (*p++ != '}') return false;
      break;
    }
  }
  skip_ws(&p, end);
  return p == end;
}

}  // namespace parley
