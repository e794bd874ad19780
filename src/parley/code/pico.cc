#include "parley/code/pico.h"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace parley::code {
namespace {

// Evaluates a sum of hex terms ("0xFFFF+0x0080", "-0xFFFF+0x0070").
bool EvaluateHexSum(std::string_view expr, long* value) {
  long total = 0;
  size_t i = 0;
  bool any = false;
  while (i < expr.size()) {
    int sign = 1;
    while (i < expr.size() && (expr[i] == '+' || expr[i] == '-' || expr[i] == ' ')) {
      if (expr[i] == '-') sign = -sign;
      ++i;
    }
    if (i == expr.size()) break;
    if (i + 2 > expr.size() || expr[i] != '0' || (expr[i + 1] != 'x' && expr[i + 1] != 'X'))
      return false;
    size_t j = i + 2;
    while (j < expr.size() && std::isxdigit(static_cast<unsigned char>(expr[j]))) ++j;
    if (j == i + 2) return false;
    total += sign * std::strtol(std::string(expr.substr(i + 2, j - i - 2)).c_str(), nullptr, 16);
    any = true;
    i = j;
    while (i < expr.size() && (expr[i] == ' ' || expr[i] == '\t' || expr[i] == '\r')) ++i;
  }
  *value = total;
  return any;
}

}  // namespace

std::vector<std::pair<std::string, long>> ParsePicoValues(std::string_view text) {
  std::vector<std::pair<std::string, long>> out;
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);) {
    size_t colon = line.find(':');
    if (line.empty() || line[0] == '#' || colon == std::string::npos) continue;
    std::string code = line.substr(0, colon);
    if (code.empty() || !std::isdigit(static_cast<unsigned char>(code[0]))) continue;
    std::string rest = line.substr(colon + 1);
    long v = 0;
    if (!EvaluateHexSum(rest.substr(0, rest.find('#')), &v)) continue;
    out.emplace_back(code, v);
  }
  return out;
}

PicoOntology PicoOntology::Parse(std::string_view text) {
  PicoOntology o;
  for (const auto& [code, v] : ParsePicoValues(text)) {
    o.value_of_[code] = v;
    o.code_of_.emplace(v, code);
  }
  // PETRARCH's one extra reverse entry: "want to attack" (intend + fight).
  if (!o.value_of_.empty()) o.code_of_.emplace(0x30A0, "138");
  return o;
}

Status PicoOntology::Load(const std::string& path, PicoOntology* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::IOError(path + ": cannot open");
  std::ostringstream s;
  s << f.rdbuf();
  *out = Parse(s.str());
  return Status::OK();
}

bool PicoOntology::ValueOf(const std::string& code, long* value) const {
  auto it = value_of_.find(code);
  if (it == value_of_.end() && code.size() >= 2) it = value_of_.find(code.substr(0, 2) + "0");
  if (it == value_of_.end()) return false;
  *value = it->second;
  return true;
}

std::string PicoOntology::CombineCodes(const std::string& outer, const std::string& inner) const {
  long up = 0, low = 0;
  if (!ValueOf(outer, &up)) return inner;
  if (!ValueOf(inner, &low)) return outer;
  long v;
  if (low <= 0)
    v = low + up;
  else if (up > 0x1000 && low > 0x1000)
    v = low;
  else if (low >= up || up == 0x1000)
    v = low;
  else if (low == 0x1000)
    v = up;
  else
    v = up + low;
  auto it = code_of_.find(v);
  return it == code_of_.end() || v == 0 ? "" : it->second;
}

}  // namespace parley::code
