#include "parley/nlp/tokenizer.h"

#include <cstring>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <vector>

#include "parley/nlp/splitter.h"
#include "parley/nlp/tokenizer_tables.h"
#include "parley/util/ascii.h"

namespace parley {
namespace {

using tokenizer_internal::CharKind;
using tokenizer_internal::RawToken;

// ---------------------------------------------------------------------------
// Characters.

constexpr uint8_t kSpace = CharKind::kSpace;
constexpr uint8_t kNewline = CharKind::kNewline;
constexpr uint8_t kUpper = CharKind::kUpper;
constexpr uint8_t kLower = CharKind::kLower;
constexpr uint8_t kDigit = CharKind::kDigit;
constexpr uint8_t kLetter = CharKind::kLetter;  // non-ASCII letter (or an undecodable byte)
constexpr uint8_t kPunct = CharKind::kPunct;
constexpr uint8_t kCombining = CharKind::kCombining;  // marks that stick to the previous character

struct Char {
  uint32_t cp = 0;
  uint8_t len = 1;
  uint8_t kind = kPunct;
};

constexpr uint8_t ascii_kind(unsigned char c) {
  return c == '\n'                                                        ? kNewline
         : (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f') ? kSpace
         : (c >= 'A' && c <= 'Z')                                         ? kUpper
         : (c >= 'a' && c <= 'z')                                         ? kLower
         : (c >= '0' && c <= '9')                                         ? kDigit
         : c < 0x20                                                       ? kSpace
                                                                          : kPunct;
}

struct AsciiTable {
  uint8_t kind[128];
  constexpr AsciiTable() : kind() {
    for (int c = 0; c < 128; ++c) kind[c] = ascii_kind(static_cast<unsigned char>(c));
  }
};
constexpr AsciiTable kAscii;

// Bytes the chunk-level checks of ChunkSplitter::Split look for, noted while
// scan_tokens looks for the end of the chunk (one pass instead of two).
enum ChunkMark : uint8_t { kHasDot = 1, kHasColon = 2, kHasAt = 4 };
struct ChunkMarkTable {
  uint8_t mark[128];
  constexpr ChunkMarkTable() : mark() {
    mark[static_cast<int>('.')] = kHasDot;
    mark[static_cast<int>(':')] = kHasColon;
    mark[static_cast<int>('@')] = kHasAt;
  }
};
constexpr ChunkMarkTable kMarks;

// The end of the run of printable ASCII bytes (0x21 to 0x7F: no white space,
// no control and no non-ASCII byte) that starts at s[i], or n; ORs the
// ChunkMark bits of the run into *marks. Sixteen bytes at a time where SSE2
// is there: one step finds the end of most chunks, with no byte loop whose
// exit the branch predictor would have to guess.
inline size_t printable_run_end(const unsigned char* s, size_t i, size_t n, uint8_t* marks) {
#if defined(__SSE2__)
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    // Signed compare: bytes >= 0x80 are negative, so "< 0x21" also takes them.
    const unsigned stop =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x21))));
    const unsigned run = stop ? (1u << __builtin_ctz(stop)) - 1 : 0xFFFFu;
    const auto has = [&](char c) {
      return (static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c)))) &
              run) != 0;
    };
    if (has('.')) *marks |= kHasDot;
    if (has(':')) *marks |= kHasColon;
    if (has('@')) *marks |= kHasAt;
    if (stop) return i + static_cast<size_t>(__builtin_ctz(stop));
    i += 16;
  }
#endif
  while (i < n && s[i] > 0x20 && s[i] < 0x80) *marks |= kMarks.mark[s[i++]];
  return i;
}

// The end of the run of ASCII letters that starts at s[i] (at most `end`).
inline size_t letter_run_end(const unsigned char* s, size_t i, size_t end, size_t n) {
#if defined(__SSE2__)
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    // (c | 0x20) - 'a' < 26, unsigned: min(x, 25) == x.
    const __m128i x = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const unsigned letters = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(25)), x)));
    if (letters != 0xFFFFu) {
      size_t e = i + static_cast<size_t>(__builtin_ctz(~letters));
      return e < end ? e : end;
    }
    i += 16;
    if (i >= end) return end;
  }
#endif
  while (i < end && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) ++i;
  return i;
}

uint8_t non_ascii_kind(uint32_t cp) {
  if (cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
      cp == 0x205F || cp == 0x3000)
    return kSpace;
  if (cp == 0x2028 || cp == 0x2029) return kNewline;
  if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200D ||
      (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F))
    return kCombining;
  if (cp < 0x100) {
    // Latin-1: ª µ º and the superscript digits are letters; the rest below
    // 0xC0 and × ÷ are punctuation or symbols.
    if (cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB2 || cp == 0xB3 || cp == 0xB9)
      return kLetter;
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return kPunct;
    return kLetter;
  }
  if (cp >= 0x2010 && cp <= 0x2064) return kPunct;  // general punctuation
  if (cp >= 0x20A0 && cp <= 0x20CF) return kPunct;  // currency
  if (cp == 0x2122 || cp == 0x2116 || cp == 0x2103 || cp == 0x2109) return kPunct;
  if (cp >= 0x2190 && cp <= 0x2BFF) return kPunct;  // arrows, maths, boxes, dingbats
  if (cp >= 0x3000 && cp <= 0x303F) return kPunct;  // CJK punctuation
  if (cp >= 0xFF01 && cp <= 0xFF0F) return kPunct;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return kPunct;  // emoji and pictographs
  return kLetter;
}

// Decodes the character at s[i] (i < n). Invalid UTF-8 gives a one-byte
// "letter" so that any byte string tokenizes without losing bytes.
inline Char char_at(const unsigned char* s, size_t n, size_t i) {
  Char c;
  unsigned char b = s[i];
  if (b < 0x80) {
    c.cp = b;
    c.kind = kAscii.kind[b];
    return c;
  }
  uint32_t cp;
  int len;
  if (b >= 0xC2 && b <= 0xDF) {
    cp = b & 0x1F;
    len = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    cp = b & 0x0F;
    len = 3;
  } else if (b >= 0xF0 && b <= 0xF4) {
    cp = b & 0x07;
    len = 4;
  } else {
    c.cp = 0xFFFD;
    c.kind = kLetter;
    return c;
  }
  if (i + len > n) {
    c.cp = 0xFFFD;
    c.kind = kLetter;
    return c;
  }
  for (int k = 1; k < len; ++k) {
    unsigned char t = s[i + k];
    if ((t & 0xC0) != 0x80) {
      c.cp = 0xFFFD;
      c.kind = kLetter;
      return c;
    }
    cp = (cp << 6) | (t & 0x3F);
  }
  c.cp = cp;
  c.len = static_cast<uint8_t>(len);
  c.kind = non_ascii_kind(cp);
  return c;
}

inline bool is_wordy(uint8_t kind) {
  return kind == kUpper || kind == kLower || kind == kDigit || kind == kLetter ||
         kind == kCombining;
}
inline bool is_alpha(uint8_t kind) { return kind == kUpper || kind == kLower || kind == kLetter; }
inline bool is_blank(uint8_t kind) { return kind == kSpace || kind == kNewline; }

inline bool is_apostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019 || cp == '`'; }

inline bool is_ascii_alpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || (c >= '0' && c <= '9'); }
bool starts_with_lower(std::string_view s, std::string_view lower) {
  return s.size() >= lower.size() && equals_lower(s.substr(0, lower.size()), lower);
}

// ---------------------------------------------------------------------------
// Splitting one chunk (a maximal run of non-space characters) into tokens.

class ChunkSplitter {
 public:
  ChunkSplitter(const std::string& text, std::vector<RawToken>* out)
      : s_(reinterpret_cast<const unsigned char*>(text.data())), n_(text.size()), out_(out) {}

  // Splits [cs, ce); the first token gets `breaks` newlines and space_before.
  // `marks`: the ChunkMark bits of the bytes of the chunk.
  void Split(size_t cs, size_t ce, uint8_t breaks, bool space_before, uint8_t marks);

  bool open_single_quote = false;  // a lone ' opened a quotation in this paragraph

 private:
  Char At(size_t i) const { return char_at(s_, n_, i); }
  uint8_t KindAt(size_t i, size_t end) const { return i < end ? At(i).kind : kSpace; }
  std::string_view View(size_t a, size_t b) const {
    return std::string_view(reinterpret_cast<const char*>(s_) + a, b - a);
  }
  void Emit(size_t a, size_t b, uint8_t flags);
  size_t ScanWord(size_t p, size_t ce, bool email, uint8_t* flags);
  size_t ScanWordSlow(size_t p, size_t q, size_t seg_start, uint8_t prev, size_t ce, bool email,
                      uint8_t* flags);
  size_t ScanPunct(size_t p, size_t ce, uint8_t* flags);
  size_t UrlEnd(size_t p, size_t ce) const;

  const unsigned char* s_;
  size_t n_;
  std::vector<RawToken>* out_;
  uint8_t pending_breaks_ = 0;
  bool pending_space_ = false;
};

void ChunkSplitter::Emit(size_t a, size_t b, uint8_t flags) {
  RawToken t;
  t.start = static_cast<uint32_t>(a);
  t.end = static_cast<uint32_t>(b);
  t.flags = flags;
  t.breaks = pending_breaks_;
  t.space_before = pending_space_;
  pending_breaks_ = 0;
  pending_space_ = false;
  out_->push_back(t);
}

// True when s[i, end) starts with a (lowercase) top-level domain followed by a
// non-letter: "com", "org", ... so that "whitehouse.gov" stays one token.
bool tld_follows(std::string_view rest) {
  static const std::string_view kSuffixes[] = {
      "com",  "org", "net",  "gov",  "edu", "int",  "mil", "info", "biz", "co",  "uk",
      "us",   "ca",  "de",   "fr",   "au",  "in",   "io",  "ie",   "jp",  "ru",  "doc",
      "docx", "xls", "xlsx", "pdf",  "htm", "html", "jpg", "jpeg", "gif", "png", "txt",
      "url",  "ppt", "pptx", "zip",  "exe", "csv",  "mp3", "wav",  "avi", "mpg", "mov",
      "xml",  "php", "asp",  "aspx", "rtf", "wpd",  "tif", "bmp",  "dat", "log"};
  size_t len = 0;
  while (len < rest.size() && is_ascii_alnum(rest[len])) ++len;
  if (len == 0 || len > 4) return false;
  for (std::string_view t : kSuffixes)
    if (equals_lower(rest.substr(0, len), t)) return true;
  return false;
}

size_t ChunkSplitter::ScanWord(size_t p, size_t ce, bool email, uint8_t* flags) {
  // Fast path: the run of ASCII letters, or of digits, that most words are.
  // ScanWordSlow would consume them the same way (letters after digits are
  // where it looks for units, so a letter run stops at a digit).
  if (p >= ce) return p;  // defensive: callers bound ce by a URL start
  size_t q = p;
  uint8_t prev = kSpace;
  unsigned char b = s_[q];
  if (b < 0x80 && (kAscii.kind[b] == kUpper || kAscii.kind[b] == kLower)) {
    q = letter_run_end(s_, q + 1, ce, n_);
    prev = kLower;
  } else if (b < 0x80 && kAscii.kind[b] == kDigit) {
    do ++q;
    while (q < ce && s_[q] >= '0' && s_[q] <= '9');
    prev = kDigit;
  }
  if (q == ce) return q;
  return ScanWordSlow(p, q, p, prev, ce, email, flags);
}

// ScanWord from q, with [p, q) already consumed; `prev`: the kind of the
// character before q (kSpace at the start), seg_start: where the current
// alphanumeric segment began.
size_t ChunkSplitter::ScanWordSlow(size_t p, size_t q, size_t seg_start, uint8_t prev, size_t ce,
                                   bool email, uint8_t* flags) {
  bool internal_period = false;
  while (q < ce) {
    Char c = At(q);
    if (is_wordy(c.kind) || c.cp == '_') {
      if (c.kind != kDigit && c.kind != kCombining && prev == kDigit && c.cp < 0x80) {
        // "11:30am", "$3M", "2.7m": units split off the number; "1980s", "3rd" stay.
        size_t e = q;
        while (e < ce && is_alpha(KindAt(e, ce))) ++e;
        if ((e == ce || !is_wordy(KindAt(e, ce))) && tokenizer_tables::is_unit(View(q, e))) break;
      }
      if (c.kind != kCombining) prev = c.kind == kDigit ? kDigit : kLower;
      q += c.len;
      continue;
    }
    const size_t next = q + c.len;
    const uint8_t nk = KindAt(next, ce);
    const uint32_t cp = c.cp;
    if (is_apostrophe(cp)) {
      if (prev == kDigit && (nk == kLower) && next < ce && s_[next] == 's' &&
          !is_wordy(KindAt(next + 1, ce))) {
        q = next + 1;  // "80's", "1990's": one token
        *flags |= RawToken::kApostrophe;
        continue;
      }
      if (prev != kDigit && prev != kSpace && is_alpha(nk)) {
        q = next;
        seg_start = q;
        prev = kSpace;
        *flags |= RawToken::kApostrophe;
        continue;
      }
      break;
    }
    if (cp == '.') {
      if (email) {
        // Masked addresses: "franz371...@gmail.com".
        size_t e = next;
        while (e < ce && s_[e] == '.') ++e;
        if (e > next && e < ce && s_[e] == '@') {
          q = e;
          continue;
        }
      }
      if (nk == kDigit && prev == kDigit) {
        q = next;
        continue;
      }
      if (is_wordy(nk)) {
        std::string_view seg = View(seg_start, q);
        // "U.S", "e.g", "whitehouse.gov", "Lisa_resume.doc", "alt.animals.cat" stay
        // whole; "Sushi.They" splits.
        bool keep = email || (seg.size() == 1 && is_alpha(KindAt(seg_start, ce))) ||
                    (q > p && (tld_follows(View(next, ce)) || nk == kLower));
        if (keep) {
          internal_period = true;
          q = next;
          seg_start = q;
          prev = kSpace;
          continue;
        }
        if (!email && tokenizer_tables::is_abbreviation(View(p, q))) {
          *flags |= RawToken::kAbbrev;
          return next;
        }
        break;
      }
      // A period that ends the word: part of it when the word is an abbreviation.
      if (email || prev == kSpace || (next < ce && s_[next] == '.')) break;
      std::string_view word = View(p, q);
      if (internal_period || tokenizer_tables::is_abbreviation(word) ||
          (word.size() == 1 && At(p).kind == kUpper)) {
        *flags |= RawToken::kAbbrev;
        return next;
      }
      break;
    }
    if (cp == ',' && prev == kDigit && nk == kDigit) {
      size_t e = next;
      while (e < ce && KindAt(e, ce) == kDigit) ++e;
      if (e - next == 3 ||
          (e - next <= 2 && (e == ce || !is_wordy(KindAt(e, ce))) && !(e < ce && s_[e] == ','))) {
        q = next;
        continue;
      }
      break;
    }
    if ((cp == ':' || cp == '/') && prev == kDigit && nk == kDigit) {
      q = next;
      continue;
    }
    if (cp == '/' && is_alpha(nk) && q - seg_start == 1 && prev != kDigit) {
      size_t e = next;
      while (e < ce && is_alpha(KindAt(e, ce))) ++e;
      if (e - next == 1 && (e == ce || !is_wordy(KindAt(e, ce)))) {
        q = next;
        seg_start = q;
        continue;
      }
      break;
    }
    if (cp == '-' && is_wordy(nk)) {
      if (email) {
        q = next;
        continue;
      }
      if (prev == kDigit && nk == kDigit) {
        // Phone numbers stay whole ("713-654-0365", "345-8702"); ranges split ("1969-1970").
        int groups = 1;
        size_t first_len = q - seg_start, last_len = 0, e = next;
        while (true) {
          size_t g = e;
          while (e < ce && KindAt(e, ce) == kDigit) ++e;
          last_len = e - g;
          ++groups;
          if (e + 1 < ce && s_[e] == '-' && KindAt(e + 1, ce) == kDigit) {
            ++e;
            continue;
          }
          break;
        }
        if (groups >= 3 || (first_len <= 3 && first_len != 2 && last_len == 4)) {
          q = e;
          continue;
        }
        break;
      }
      if (prev != kDigit && tokenizer_tables::is_hyphen_prefix(View(seg_start, q))) {
        q = next;
        seg_start = q;
        continue;
      }
      break;
    }
    if (cp == '&' && prev == kLower && q > p && At(q - 1).kind == kUpper && nk == kUpper) {
      q = next;
      continue;
    }
    if ((cp == '@' || cp == '+') && email && is_wordy(nk)) {
      q = next;
      seg_start = q;
      continue;
    }
    break;
  }
  return q;
}

size_t ChunkSplitter::ScanPunct(size_t p, size_t ce, uint8_t* flags) {
  Char c = At(p);
  const uint32_t cp = c.cp;
  size_t q = p + c.len;
  auto run_of = [&](uint32_t a, uint32_t b) {
    while (q < ce) {
      Char d = At(q);
      if (d.cp != a && d.cp != b) break;
      q += d.len;
    }
  };
  switch (cp) {
    case '.':
    case '!':
    case '?':
    case 0x2026:  // …
      while (q < ce) {
        Char d = At(q);
        if (d.cp != '.' && d.cp != '!' && d.cp != '?' && d.cp != 0x2026) break;
        q += d.len;
      }
      *flags |= RawToken::kFinal;
      return q;
    case ':':
    case ';':
    case '=': {
      // Emoticons: ":)", ":-(", ";)", ":D", ":P", "=)".
      size_t e = q;
      if (e < ce && s_[e] == '-') ++e;
      if (e < ce) {
        unsigned char m = s_[e];
        bool face = m == ')' || m == '(' || m == 'D' || m == 'P' || m == 'p' || m == '/';
        if (face && (m == ')' || m == '(' || e + 1 == ce || !is_wordy(KindAt(e + 1, ce)))) {
          if (!(m == '/' && e + 1 < ce && s_[e + 1] == '/')) return e + 1;
        }
      }
      if (cp == '=') run_of('-', '=');
      return q;
    }
    case '$':
    case '-':
    case '*':
    case '+':
    case '~':
    case '<':
    case '>':
    case '^':
    case '`':
    case '_':
    case '#':
    case '|':
    case 0x2013:  // –
    case 0x2014:  // —
      if (cp == '#' && q < ce && is_alpha(KindAt(q, ce))) {
        // Hashtag: "#Kabul".
        while (q < ce && (is_wordy(KindAt(q, ce)) || s_[q] == '_')) q += At(q).len;
        return q;
      }
      if (cp == '-' || cp == '=') {
        run_of('-', '=');
      } else {
        run_of(cp, cp);
      }
      return q;
    case '@':
      if (q < ce && is_alpha(KindAt(q, ce))) {
        // A handle or a bare domain: "@parley", "@paulhastings.com".
        while (q < ce && (is_wordy(KindAt(q, ce)) || s_[q] == '_' ||
                          (s_[q] == '.' && is_wordy(KindAt(q + 1, ce)))))
          q += At(q).len;
      }
      return q;
    case '\'':
      if (q < ce && s_[q] == '\'') {
        ++q;
        return q;
      }
      if (q < ce && is_wordy(KindAt(q, ce))) {
        *flags |= RawToken::kOpen;
        open_single_quote = true;
      } else {
        *flags |= RawToken::kClose;
        open_single_quote = false;
      }
      return q;
    case 0x2018:  // ‘
    case 0x2019:  // ’
      run_of(0x2018, 0x2019);
      if (cp == 0x2018 && q < ce && is_wordy(KindAt(q, ce))) {
        *flags |= RawToken::kOpen;
        open_single_quote = true;
      } else {
        *flags |= RawToken::kClose;
        open_single_quote = false;
      }
      return q;
    case '"':
      *flags |= (q < ce && is_wordy(KindAt(q, ce)) && (p == 0 || is_blank(KindAt(p - 1, n_))))
                    ? RawToken::kOpen
                    : RawToken::kClose;
      return q;
    case '(':
    case '[':
    case '{':
    case 0x201C:  // “
    case 0xAB:    // «
      *flags |= RawToken::kOpen;
      return q;
    case ')':
    case ']':
    case '}':
    case 0x201D:  // ”
    case 0xBB:    // »
      *flags |= RawToken::kClose;
      return q;
    default:
      break;
  }
  while (q < ce && KindAt(q, ce) == kCombining) q += At(q).len;
  return q;
}

// End of a URL starting at p (after any opening punctuation): the rest of the
// chunk without the punctuation that closes a sentence or a bracket.
size_t ChunkSplitter::UrlEnd(size_t p, size_t ce) const {
  std::string_view url = View(p, ce);
  size_t e = url.size();
  bool has_open_paren = url.find('(') != std::string_view::npos;
  while (e > 0) {
    char c = url[e - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
        c == '"' || c == ']' || c == '>' || (c == ')' && !has_open_paren)) {
      --e;
    } else if (e >= 3 && static_cast<unsigned char>(url[e - 3]) == 0xE2 &&
               static_cast<unsigned char>(url[e - 2]) == 0x80 &&
               (static_cast<unsigned char>(url[e - 1]) == 0x9D ||
                static_cast<unsigned char>(url[e - 1]) == 0x99)) {
      e -= 3;  // ” ’
    } else {
      break;
    }
  }
  return p + (e == 0 ? url.size() : e);
}

void ChunkSplitter::Split(size_t cs, size_t ce, uint8_t breaks, bool space_before, uint8_t marks) {
  pending_breaks_ = breaks;
  pending_space_ = space_before;
  // Chunk-level checks: URLs and e-mail addresses.
  std::string_view chunk = View(cs, ce);
  bool email = false;
  size_t url_start = std::string_view::npos;
  bool has_dot = false, has_colon = false, has_at = false;
  if (chunk.size() >= 5) {
    has_dot = marks & kHasDot;
    has_colon = marks & kHasColon;
    has_at = marks & kHasAt;
  }
  if (has_colon || (has_dot && !has_at)) {
    size_t scheme = has_colon ? chunk.find("://") : std::string_view::npos;
    if (starts_with_lower(chunk, "mailto:")) {
      url_start = 0;
    } else if (scheme != std::string_view::npos && scheme > 0) {
      size_t b = scheme;
      while (b > 0 && is_ascii_alpha(chunk[b - 1])) --b;
      if (b < scheme) url_start = b;
    } else {
      for (size_t i = 0; i + 4 < chunk.size(); ++i) {
        if (starts_with_lower(chunk.substr(i), "www.") &&
            (i == 0 || !is_ascii_alnum(chunk[i - 1]))) {
          url_start = i;
          break;
        }
      }
    }
  }
  if (has_at) {
    size_t at = chunk.find('@');
    if (at != std::string_view::npos && at > 0 && at + 1 < chunk.size() &&
        (is_ascii_alnum(chunk[at - 1]) || chunk[at - 1] == '.') && is_ascii_alnum(chunk[at + 1]))
      email = true;
  }
  size_t p = cs;
  size_t url_from = url_start == std::string_view::npos ? ce : cs + url_start;
  while (p < ce) {
    if (p == url_from) {
      size_t e = UrlEnd(p, ce);
      Emit(p, e, RawToken::kWord | RawToken::kApostrophe);
      p = e;
      url_from = ce;
      continue;
    }
    Char c = At(p);
    uint8_t flags = 0;
    size_t q;
    if (is_wordy(c.kind)) {
      q = ScanWord(p, std::min(ce, url_from), email, &flags);
      if (q == p) q = p + c.len;
      flags |= RawToken::kWord;
      // A trailing apostrophe after -s is the plural possessive ("Edwards'"),
      // unless a single quotation mark is open.
      if (!(flags & RawToken::kAbbrev) && q < ce && !open_single_quote &&
          (s_[q - 1] == 's' || s_[q - 1] == 'S')) {
        Char a = At(q);
        if ((a.cp == '\'' || a.cp == 0x2019) && !is_wordy(KindAt(q + a.len, ce)) &&
            !(q + a.len < ce && s_[q + a.len] == '\'')) {
          q += a.len;
          flags |= RawToken::kApostrophe;
        }
      }
    } else {
      // Bounded by the URL start, so a hashtag stops there ("#http://...").
      q = ScanPunct(p, std::min(ce, url_from), &flags);
    }
    Emit(p, q, flags);
    p = q;
  }
}

// ---------------------------------------------------------------------------
// Multiword tokens.

struct WordSplit {
  uint32_t cuts[3];  // byte offsets inside the token where a new word starts
  int n = 0;
};

// Finds where a word token splits into syntactic words, EWT style.
void find_word_split(std::string_view tok, WordSplit* ws) {
  ws->n = 0;
  const size_t n = tok.size();
  if (n < 2) return;
  // Clitics after an apostrophe: n't 's 'm 're 've 'll 'd, and the bare
  // possessive apostrophe.
  size_t apos = std::string_view::npos;
  size_t apos_len = 1;
  for (size_t i = n; i-- > 1;) {
    unsigned char c = tok[i];
    if (c == '\'' || c == '`') {
      apos = i;
      break;
    }
    if (c == 0x99 && i >= 2 && static_cast<unsigned char>(tok[i - 1]) == 0x80 &&
        static_cast<unsigned char>(tok[i - 2]) == 0xE2) {
      apos = i - 2;
      apos_len = 3;
      break;
    }
    if (!is_ascii_alpha(static_cast<char>(c))) return;
  }
  if (apos != std::string_view::npos) {
    std::string_view suffix = tok.substr(apos + apos_len);
    if (equals_lower(suffix, "t") && apos >= 2 && lower_ascii(tok[apos - 1]) == 'n') {
      ws->cuts[ws->n++] = static_cast<uint32_t>(apos - 1);
      return;
    }
    if (apos == 0) return;
    if (suffix.empty() || equals_lower(suffix, "s") || equals_lower(suffix, "m") ||
        equals_lower(suffix, "re") || equals_lower(suffix, "ve") || equals_lower(suffix, "ll") ||
        equals_lower(suffix, "d")) {
      if (suffix.empty() && lower_ascii(tok[apos - 1]) != 's') return;
      ws->cuts[ws->n++] = static_cast<uint32_t>(apos);
    }
    return;
  }
  if (n <= 8) tokenizer_tables::fused_word_split(tok, ws->cuts, &ws->n);
}

}  // namespace

namespace tokenizer_internal {

void scan_tokens(const std::string& text, std::vector<RawToken>* out) {
  out->clear();
  out->reserve(text.size() / 4 + 16);
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  ChunkSplitter splitter(text, out);
  size_t i = 0;
  uint8_t breaks = 0;
  bool space = false;
  while (i < n) {
    unsigned char b = s[i];
    // Fast path for ASCII white space.
    if (b < 0x80) {
      uint8_t k = kAscii.kind[b];
      if (k == kSpace) {
        space = true;
        ++i;
        continue;
      }
      if (k == kNewline) {
        space = true;
        if (breaks < 2) ++breaks;
        ++i;
        continue;
      }
    } else {
      Char c = char_at(s, n, i);
      if (c.kind == kSpace || c.kind == kNewline) {
        space = true;
        if (c.kind == kNewline && breaks < 2) ++breaks;
        i += c.len;
        continue;
      }
    }
    // A chunk: up to the next white space.
    size_t e = i;
    uint8_t marks = 0;
    for (;;) {
      e = printable_run_end(s, e, n, &marks);
      if (e >= n || s[e] < 0x80) break;  // the end, or ASCII white space
      Char c = char_at(s, n, e);
      if (c.kind == kSpace || c.kind == kNewline) break;
      e += c.len;
    }
    if (breaks >= 2) splitter.open_single_quote = false;
    splitter.Split(i, e, breaks, space, marks);
    breaks = 0;
    space = false;
    i = e;
  }
}

}  // namespace tokenizer_internal

namespace {

// A tokenized news article holds a few hundred KB of Words; when the
// document is dropped, glibc would return that memory to the system (its trim
// threshold is 128 KB) and fault it back in for the next document. Keeping up
// to 64 MB of freed heap for reuse makes streaming documents markedly faster.
[[maybe_unused]] const bool kKeepFreedHeap = [] {
#if defined(__GLIBC__)
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
  return true;
}();

// Builds a Word in place with only its default member initializers run:
// emplace_back() value-initializes, which zeroes all 240 bytes first (a
// `rep stos` per word, a tenth of the tokenizer's time).
struct WordAt {
  uint32_t start, end;
  operator Word() const {
    Word w;
    w.start = start;
    w.end = end;
    return w;
  }
};

}  // namespace

void tokenize(Document* doc) {
  doc->sentences.clear();
  // Buffers reused from one document to the next (per thread): a stream of
  // articles then tokenizes without allocating them again.
  thread_local std::vector<RawToken> raw;
  thread_local std::vector<uint32_t> ends;  // index one past the last token of each sentence
  thread_local std::vector<WordSplit> splits;
  tokenizer_internal::scan_tokens(doc->text, &raw);
  if (raw.empty()) return;
  split_sentences(doc->text, &raw, &ends);

  const std::string& text = doc->text;
  const std::string_view view(text);
  splits.resize(raw.size());
  size_t first = 0;
  doc->sentences.reserve(ends.size());
  for (uint32_t end : ends) {
    if (end <= first) continue;
    // Where each token splits into words, first, so that the words vector is
    // allocated once at its final size.
    size_t word_total = 0;
    for (size_t i = first; i < end; ++i) {
      const RawToken& rt = raw[i];
      WordSplit& ws = splits[i];
      ws.n = 0;
      if (rt.flags & RawToken::kApostrophe) {
        find_word_split(view.substr(rt.start, rt.end - rt.start), &ws);
      } else if ((rt.flags & RawToken::kWord) &&
                 tokenizer_tables::may_be_fused(view.substr(rt.start, rt.end - rt.start))) {
        // Without an apostrophe only a fused form ("cannot") can split.
        tokenizer_tables::fused_word_split(view.substr(rt.start, rt.end - rt.start), ws.cuts,
                                           &ws.n);
      }
      word_total += static_cast<size_t>(ws.n) + 1;
    }
    Sentence& sent = doc->sentences.emplace_back();
    sent.start = raw[first].start;
    sent.end = raw[end - 1].end;
    sent.tokens.resize(end - first);
    sent.words.reserve(word_total);
    for (size_t i = first; i < end; ++i) {
      const RawToken& rt = raw[i];
      const WordSplit& ws = splits[i];
      Token& tok = sent.tokens[i - first];
      tok.start = rt.start;
      tok.end = rt.end;
      tok.first_word = static_cast<uint32_t>(sent.words.size());
      tok.space_after = i + 1 < raw.size() ? raw[i + 1].space_before || raw[i + 1].breaks > 0
                                           : rt.end < text.size();
      uint32_t from = rt.start;
      for (int k = 0; k <= ws.n; ++k) {
        uint32_t to = k < ws.n ? rt.start + ws.cuts[k] : rt.end;
        if (to <= from) continue;
        Word& w = sent.words.emplace_back(WordAt{from, to});
        w.form.assign(text.data() + from, to - from);
        from = to;
      }
      tok.word_count = static_cast<uint32_t>(sent.words.size()) - tok.first_word;
    }
    sent.codable = !doc->in_no_code(sent.start, sent.end);
    first = end;
  }
  // A huge document should not pin its buffers for the rest of the run.
  constexpr size_t kKeep = 1 << 20;
  if (raw.capacity() > kKeep) {
    std::vector<RawToken>().swap(raw);
    std::vector<WordSplit>().swap(splits);
  }
}

}  // namespace parley
