// Small text helpers for the dictionary readers, dates and WordSequence.
#include <algorithm>
#include <cstdio>
#include <utility>

#include "parley/dict/internal.h"
#include "parley/util/utf8.h"

namespace parley::dict {
namespace internal {

bool LineReader::Next(std::string_view* line) {
  if (pos_ >= text_.size()) return false;
  size_t nl = text_.find('\n', pos_);
  size_t end = nl == std::string_view::npos ? text_.size() : nl;
  std::string_view l = text_.substr(pos_, end - pos_);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  pos_ = nl == std::string_view::npos ? text_.size() : nl + 1;
  ++line_;
  *line = l;
  return true;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string ToUpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return false;
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (int k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

std::vector<std::string_view> SplitWords(std::string_view s, bool underscores) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (IsSpace(s[i]) || (underscores && s[i] == '_'))) ++i;
    size_t j = i;
    while (j < s.size() && !IsSpace(s[j]) && !(underscores && s[j] == '_')) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::vector<std::string_view> SplitTrim(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out.push_back(Trim(s.substr(start)));
      return out;
    }
    out.push_back(Trim(s.substr(start, p - start)));
    start = p + 1;
  }
}

std::string NormalizePhrase(std::string_view phrase, bool underscores) {
  std::string out;
  for (std::string_view w : SplitWords(phrase, underscores)) {
    if (!out.empty()) out += ' ';
    out += NormalizeWord(w);
  }
  return out;
}

static bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string RegularPlural(std::string_view word) {
  std::string w(word);
  if (w.empty()) return w;
  bool upper = w.back() >= 'A' && w.back() <= 'Z';
  auto suf = [&](const char* lower) {
    std::string s = lower;
    return upper ? ToUpperAscii(s) : s;
  };
  char last = static_cast<char>(w.back() | 0x20);
  char prev = w.size() >= 2 ? static_cast<char>(w[w.size() - 2] | 0x20) : 0;
  if (last == 'y' && w.size() >= 2 && !IsVowel(prev)) return w.substr(0, w.size() - 1) + suf("ies");
  if ((last == 's' && prev == 's') || last == 'x' || (last == 'h' && (prev == 'c' || prev == 's')))
    return w + suf("es");
  return w + suf("s");
}

std::vector<std::string> RegularVerbForms(std::string_view verb) {
  std::string v(verb);
  std::vector<std::string> out;
  if (v.empty()) return out;
  bool upper = v.back() >= 'A' && v.back() <= 'Z';
  auto suf = [&](const char* lower) {
    std::string s = lower;
    return upper ? ToUpperAscii(s) : s;
  };
  char last = static_cast<char>(v.back() | 0x20);
  char prev = v.size() >= 2 ? static_cast<char>(v[v.size() - 2] | 0x20) : 0;
  // third person singular
  out.push_back(RegularPlural(v));
  // past / participle and gerund
  if (last == 'e') {
    out.push_back(v + suf("d"));
    if (prev == 'e' || prev == 'y' || prev == 'o')
      out.push_back(v + suf("ing"));  // agree -> agreeing
    else
      out.push_back(v.substr(0, v.size() - 1) + suf("ing"));
  } else if (last == 'y' && !IsVowel(prev)) {
    out.push_back(v.substr(0, v.size() - 1) + suf("ied"));
    out.push_back(v + suf("ing"));
  } else {
    out.push_back(v + suf("ed"));
    out.push_back(v + suf("ing"));
  }
  return out;
}

std::string Warn(std::string_view file, int line, std::string_view message) {
  std::string s(file);
  s += ':';
  s += std::to_string(line);
  s += ": ";
  s += message;
  return s;
}

std::string Quote(std::string_view text) {
  std::string out = "\"";
  size_t n = std::min<size_t>(text.size(), 60);
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (text.size() > n) out += "...";
  out += '"';
  return out;
}

}  // namespace internal

// ---------------------------------------------------------------------------
// Dates

static bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

static bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

static int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

static std::optional<Date> MakeDate(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
  return y * 10000 + m * 100 + d;
}

std::optional<Date> ParseDate(std::string_view t) {
  t = internal::Trim(t);
  if (t.size() == 8 && AllDigits(t))
    return MakeDate(ToInt(t.substr(0, 4)), ToInt(t.substr(4, 2)), ToInt(t.substr(6, 2)));
  if (t.size() == 4 && AllDigits(t)) return MakeDate(ToInt(t), 1, 1);
  if (t.size() == 7 && t[4] == '-' && AllDigits(t.substr(0, 4)) && AllDigits(t.substr(5, 2)))
    return MakeDate(ToInt(t.substr(0, 4)), ToInt(t.substr(5, 2)), 1);
  if (t.size() == 10 && t[4] == '-' && t[7] == '-' && AllDigits(t.substr(0, 4)) &&
      AllDigits(t.substr(5, 2)) && AllDigits(t.substr(8, 2)))
    return MakeDate(ToInt(t.substr(0, 4)), ToInt(t.substr(5, 2)), ToInt(t.substr(8, 2)));
  return std::nullopt;
}

std::string FormatDate(Date date) {
  if (date <= 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
  return buf;
}

Date NextDay(Date date) {
  int y = date / 10000, m = date / 100 % 100, d = date % 100;
  if (m < 1 || m > 12 || y < 1) return date + 1;
  if (d < DaysInMonth(y, m)) return date + 1;
  if (m < 12) return y * 10000 + (m + 1) * 100 + 1;
  return (y + 1) * 10000 + 101;
}

// ---------------------------------------------------------------------------
// Words

static uint32_t LowerCodePoint(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;  // Latin-1
  if (cp >= 0x100 && cp <= 0x17F) {                              // Latin Extended-A
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
      return (cp % 2 == 1) ? cp + 1 : cp;
    if (cp == 0x130) return 'i';  // İ
    if (cp == 0x178) return 0xFF;
    if (cp >= 0x14A || cp < 0x138) return (cp % 2 == 0) ? cp + 1 : cp;
    return cp;
  }
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 0x20;  // Greek
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;                 // Cyrillic
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  return cp;
}

std::string NormalizeWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  size_t i = 0, n = word.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
      ++i;
      continue;
    }
    // Decode one code point; copy invalid bytes through unchanged.
    int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    bool ok = len > 1 && i + len <= n;
    uint32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; ok && k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(word[i + k]);
      if ((cc & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (!ok) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    uint32_t lower = LowerCodePoint(cp);
    if (lower == cp)
      out.append(word.substr(i, len));
    else
      append_utf8(lower, &out);
    i += len;
  }
  return out;
}

WordSequence::WordSequence(const std::vector<Word>& words) {
  forms_.reserve(words.size());
  lemmas_.reserve(words.size());
  for (const Word& w : words) {
    raw_.push_back(w.form);
    forms_.push_back(NormalizeWord(w.form));
    lemmas_.push_back(w.lemma.empty() || w.lemma == "_" ? forms_.back() : NormalizeWord(w.lemma));
  }
}

WordSequence::WordSequence(const std::vector<Word>& words, std::vector<std::string> forms,
                           std::vector<std::string> lemmas)
    : forms_(std::move(forms)), lemmas_(std::move(lemmas)) {
  raw_.reserve(words.size());
  for (const Word& w : words) raw_.push_back(w.form);
}

WordSequence::WordSequence(const std::vector<std::string>& tokens) {
  for (const std::string& t : tokens) {
    raw_.push_back(t);
    forms_.push_back(NormalizeWord(t));
    lemmas_.push_back(forms_.back());
  }
}

WordSequence WordSequence::FromPhrase(std::string_view phrase) {
  std::vector<std::string> tokens;
  for (std::string_view w : internal::SplitWords(phrase, true)) tokens.emplace_back(w);
  return WordSequence(tokens);
}

}  // namespace parley::dict
