#include "parley/dict/cameo.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "parley/dict/dictionary.h"
#include "parley/dict/internal.h"

namespace parley::dict {

using internal::Quote;
using internal::Trim;
using internal::Warn;

static bool IsEventCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code)
    if (c < '0' || c > '9') return false;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

int CameoTable::QuadClass(std::string_view code) {
  if (!IsEventCode(code)) return 0;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  if (root <= 14) return 3;
  return 4;
}

CameoTable CameoTable::Parse(std::string_view text, std::string_view name,
                             std::vector<std::string>* warnings) {
  CameoTable t;
  internal::LineReader lines(text);
  std::string_view line;
  auto warn = [&](int ln, const std::string& msg) {
    if (warnings) warnings->push_back(Warn(name, ln, msg));
  };
  while (lines.Next(&line)) {
    int ln = lines.line_number();
    std::string_view l = Trim(line);
    if (l.empty() || l.front() == '#') continue;
    if (!internal::IsValidUtf8(line)) {
      warn(ln, "invalid UTF-8, line skipped");
      continue;
    }
    std::vector<std::string_view> f;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      f.push_back(Trim(line.substr(
          start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (f.size() != 7) {
      warn(ln, "expected 7 tab-separated fields, got " + std::to_string(f.size()));
      continue;
    }
    CameoEvent e;
    e.code = std::string(f[0]);
    if (!IsEventCode(e.code)) {
      warn(ln, "bad CAMEO code " + Quote(f[0]));
      continue;
    }
    int quad = 0;
    auto qr = std::from_chars(f[1].data(), f[1].data() + f[1].size(), quad);
    if (qr.ec != std::errc() || qr.ptr != f[1].data() + f[1].size() || quad != QuadClass(e.code)) {
      warn(ln, "quad class " + Quote(f[1]) + " does not match the root of " + e.code);
      continue;
    }
    e.quad = quad;
    std::string g(f[2]);
    char* end = nullptr;
    e.goldstein = std::strtod(g.c_str(), &end);
    if (g.empty() || *end != '\0' || e.goldstein < -10 || e.goldstein > 10) {
      warn(ln, "bad Goldstein weight " + Quote(f[2]));
      continue;
    }
    auto opt = [](std::string_view s) { return s == "-" ? std::string() : std::string(s); };
    e.plover = opt(f[3]);
    e.plover_mode = opt(f[4]);
    e.plover_context = opt(f[5]);
    e.name = std::string(f[6]);
    if (t.by_code_.count(e.code)) {
      warn(ln, "duplicate code " + e.code);
      continue;
    }
    t.by_code_.emplace(e.code, t.events_.size());
    t.events_.push_back(std::move(e));
  }
  return t;
}

Status CameoTable::Load(const std::string& path, CameoTable* table,
                        std::vector<std::string>* warnings) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open CAMEO table");
  std::ostringstream ss;
  ss << in.rdbuf();
  *table = Parse(ss.str(), path, warnings);
  return Status::OK();
}

const CameoTable& CameoTable::Default() {
  static const CameoTable* table = [] {
    auto* t = new CameoTable();
    std::vector<std::string> warnings;
    std::string path = (std::filesystem::path(DefaultDataDir()) / "cameo.tsv").string();
    if (!Load(path, t, &warnings).ok()) {
      // Fall back to the source tree when PARLEY_DATA points at a directory of
      // dictionaries without the table (e.g. PETRARCH's).
#ifdef PARLEY_SOURCE_DIR
      Load((std::filesystem::path(PARLEY_SOURCE_DIR) / "data" / "cameo.tsv").string(), t,
           &warnings);
#endif
    }
    return t;
  }();
  return *table;
}

const CameoEvent* CameoTable::Find(std::string_view code) const {
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? nullptr : &events_[it->second];
}

std::string CameoTable::Name(std::string_view code) const {
  const CameoEvent* e = Find(code);
  return e ? e->name : "";
}

double CameoTable::Goldstein(std::string_view code) const {
  const CameoEvent* e = Find(code);
  return e ? e->goldstein : 0.0;
}

std::string CameoTable::Plover(std::string_view code) const {
  const CameoEvent* e = Find(code);
  return e ? e->plover : "";
}

}  // namespace parley::dict
