#include "parley/util/date.h"

#include <array>
#include <cctype>

namespace parley {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

// 1..12 for an English month name or abbreviation ("Sept" too), 0 otherwise.
int month_number(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (iequals(w, kNames[m]) || iequals(w, kNames[m].substr(0, 3))) return m + 1;
  }
  if (iequals(w, "sept")) return 9;
  return 0;
}

bool is_weekday(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (std::string_view name : kNames) {
    if (iequals(w, name) || iequals(w, name.substr(0, 3))) return true;
  }
  return iequals(w, "tues") || iequals(w, "thur") || iequals(w, "thurs");
}

// A left-to-right scanner over the date string.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool done() const { return i_ >= s_.size(); }
  char peek() const { return done() ? '\0' : s_[i_]; }
  std::string_view rest() const { return s_.substr(i_); }
  size_t pos() const { return i_; }
  void seek(size_t i) { i_ = i; }

  // Skips characters in `set`; returns how many were skipped.
  size_t skip(std::string_view set) {
    size_t start = i_;
    while (!done() && set.find(s_[i_]) != std::string_view::npos) ++i_;
    return i_ - start;
  }
  // Reads a run of ASCII letters.
  std::string_view word() {
    size_t start = i_;
    while (!done() && is_alpha(s_[i_])) ++i_;
    return s_.substr(start, i_ - start);
  }
  // Reads a run of digits into *value; returns the number of digits.
  size_t number(int* value) {
    size_t start = i_;
    int v = 0;
    while (!done() && is_digit(s_[i_]) && i_ - start < 9) v = v * 10 + (s_[i_++] - '0');
    *value = v;
    return i_ - start;
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

// Reads a day of month with an optional ordinal suffix ("21", "21st").
bool read_day(Cursor* c, int* day) {
  size_t digits = c->number(day);
  if (digits < 1 || digits > 2) return false;
  size_t save = c->pos();
  std::string_view suffix = c->word();
  if (!suffix.empty() && !(iequals(suffix, "st") || iequals(suffix, "nd") ||
                           iequals(suffix, "rd") || iequals(suffix, "th"))) {
    c->seek(save);
    return false;
  }
  return true;
}

// Reads a month name with an optional abbreviation period.
bool read_month(Cursor* c, int* month) {
  *month = month_number(c->word());
  if (*month == 0) return false;
  if (c->peek() == '.') c->skip(".");
  return true;
}

bool read_year(Cursor* c, int* year) { return c->number(year) == 4; }

// Accepts an empty rest or a time of day: [T| |,|at] H:MM[:SS[.fff]] [am|pm]
// [zone], where zone is Z, a +HH[:]MM offset or a 2-5 letter abbreviation,
// optionally in parentheses and optionally followed by an offset (GMT+3).
bool is_time_suffix(std::string_view rest) {
  rest = trim(rest);
  if (rest.empty()) return true;
  Cursor c(rest);
  if (c.peek() == 'T' || c.peek() == 't') {
    c.seek(1);
  } else {
    c.skip(" ,");
    size_t save = c.pos();
    if (!iequals(c.word(), "at")) c.seek(save);
    c.skip(" ");
  }
  int v;
  size_t d = c.number(&v);
  if (d < 1 || d > 2 || v > 24 || c.peek() != ':') return false;
  c.skip(":");
  if (c.number(&v) != 2 || v > 59) return false;
  if (c.peek() == ':') {
    c.skip(":");
    if (c.number(&v) != 2 || v > 60) return false;
    if (c.peek() == '.' || c.peek() == ',') {
      c.seek(c.pos() + 1);
      if (c.number(&v) == 0) return false;
    }
  }
  c.skip(" ");
  // am/pm, also "a.m." and "p.m."
  {
    size_t save = c.pos();
    std::string_view w = c.word();
    if (iequals(w, "am") || iequals(w, "pm")) {
      c.skip(" ");
    } else if ((iequals(w, "a") || iequals(w, "p")) && c.peek() == '.') {
      c.skip(".");
      if (!iequals(c.word(), "m")) return false;
      c.skip(". ");
    } else {
      c.seek(save);
    }
  }
  if (c.done()) return true;
  // Zone.
  bool paren = c.peek() == '(';
  if (paren) c.skip("(");
  if (c.peek() == 'Z' || c.peek() == 'z') {
    c.seek(c.pos() + 1);
  } else if (is_alpha(c.peek())) {
    std::string_view zone = c.word();
    if (zone.size() < 2 || zone.size() > 5) return false;
  }
  if (c.peek() == '+' || c.peek() == '-') {
    c.seek(c.pos() + 1);
    size_t hd = c.number(&v);
    if (hd < 1 || hd > 4) return false;
    if (c.peek() == ':') {
      c.skip(":");
      if (c.number(&v) != 2) return false;
    }
  }
  if (paren && c.skip(")") != 1) return false;
  c.skip(" ");
  return c.done();
}

std::optional<std::string> format(int y, int m, int d) {
  if (y < 1000 || y > 2999 || !is_valid_date(y, m, d)) return std::nullopt;
  // By hand, not snprintf: dictionaries load tens of thousands of dated codes.
  std::string out = "0000-00-00";
  for (int i = 3; i >= 0; --i, y /= 10) out[i] = static_cast<char>('0' + y % 10);
  out[5] = static_cast<char>('0' + m / 10);
  out[6] = static_cast<char>('0' + m % 10);
  out[8] = static_cast<char>('0' + d / 10);
  out[9] = static_cast<char>('0' + d % 10);
  return out;
}

// Numeric forms that start with the year: 2018-08-21, 2018/08/21, 2018.08.21, 20180821.
std::optional<std::string> parse_year_first(std::string_view s) {
  Cursor c(s);
  int y, m, d;
  size_t digits = c.number(&y);
  if (digits == 8) {
    d = y % 100;
    m = (y / 100) % 100;
    y /= 10000;
  } else if (digits == 4) {
    char sep = c.peek();
    if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
    c.seek(c.pos() + 1);
    size_t md = c.number(&m);
    if (md < 1 || md > 2 || c.peek() != sep) return std::nullopt;
    c.seek(c.pos() + 1);
    size_t dd = c.number(&d);
    if (dd < 1 || dd > 2) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (!is_time_suffix(c.rest())) return std::nullopt;
  return format(y, m, d);
}

// Numeric day/month/year or month/day/year, accepted only when unambiguous.
std::optional<std::string> parse_numeric_dmy(Cursor* c) {
  int a, b, y;
  size_t da = c->number(&a);
  if (da < 1 || da > 2) return std::nullopt;
  char sep = c->peek();
  if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
  c->seek(c->pos() + 1);
  size_t db = c->number(&b);
  if (db < 1 || db > 2 || c->peek() != sep) return std::nullopt;
  c->seek(c->pos() + 1);
  if (!read_year(c, &y) || !is_time_suffix(c->rest())) return std::nullopt;
  if (a > 12 && b <= 12) return format(y, b, a);
  if (b > 12 && a <= 12) return format(y, a, b);
  if (a == b) return format(y, a, b);
  return std::nullopt;  // ambiguous (or both > 12)
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int limit = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= limit;
}

std::optional<std::string> normalize_date(std::string_view s) {
  s = trim(s);
  if (!s.empty() && s.back() == '.') s = trim(s.substr(0, s.size() - 1));
  if (s.empty() || s.size() > 100) return std::nullopt;
  if (is_digit(s[0])) {
    if (auto d = parse_year_first(s)) return d;
  }
  Cursor c(s);
  // Optional weekday: "Tuesday, ", "Tue ", "Tue., ".
  if (is_alpha(c.peek())) {
    size_t save = c.pos();
    std::string_view w = c.word();
    if (is_weekday(w)) {
      c.skip(".");
      if (c.skip(" ,") == 0) return std::nullopt;
    } else {
      c.seek(save);
    }
  }
  int y = 0, m = 0, d = 0;
  constexpr std::string_view kSeparators = " ,-/";
  if (is_digit(c.peek())) {
    size_t save = c.pos();
    if (auto numeric = parse_numeric_dmy(&c)) return numeric;
    c.seek(save);
    // 21 August, 2018 / 21-Aug-2018 / 21st Aug. 2018
    if (!read_day(&c, &d)) return std::nullopt;
    c.skip(kSeparators);
    size_t skipped_of = c.pos();
    if (!iequals(c.word(), "of")) c.seek(skipped_of);  // "21st of August 2018"
    c.skip(" ");
    if (!read_month(&c, &m)) return std::nullopt;
    c.skip(kSeparators);
    if (!read_year(&c, &y)) return std::nullopt;
  } else {
    // August 21, 2018 / Aug. 21st 2018
    if (!read_month(&c, &m)) return std::nullopt;
    if (c.skip(kSeparators) == 0 && !is_digit(c.peek())) return std::nullopt;
    if (!read_day(&c, &d)) return std::nullopt;
    c.skip(kSeparators);
    if (!read_year(&c, &y)) return std::nullopt;
  }
  if (is_digit(c.peek())) return std::nullopt;
  if (!is_time_suffix(c.rest())) return std::nullopt;
  return format(y, m, d);
}

std::optional<std::string> normalize_petrarch_date(std::string_view s) {
  s = trim(s);
  if (s.size() != 6 && s.size() != 8) return std::nullopt;
  for (char c : s)
    if (!is_digit(c)) return std::nullopt;
  if (s.size() == 8) return normalize_date(s);
  std::string full = (s.substr(0, 2) < "30" ? "20" : "19") + std::string(s);
  return normalize_date(full);
}

}  // namespace parley
