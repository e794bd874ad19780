#include "parley/code/negation.h"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

namespace parley::code {
namespace {

// Evaluates "0xFFFF+0x0080", "-0xFFFF+0x0070", "0x1000-0xFFFF"; false when
// the text is not such an expression.
bool Evaluate(std::string_view expr, long* value) {
  long total = 0;
  size_t i = 0;
  bool any = false;
  while (i < expr.size()) {
    int sign = 1;
    while (i < expr.size() && (expr[i] == '+' || expr[i] == '-' || expr[i] == ' ')) {
      if (expr[i] == '-') sign = -sign;
      ++i;
    }
    if (i + 2 > expr.size() || expr[i] != '0' || (expr[i + 1] != 'x' && expr[i + 1] != 'X'))
      return false;
    size_t j = i + 2;
    while (j < expr.size() && std::isxdigit(static_cast<unsigned char>(expr[j]))) ++j;
    if (j == i + 2) return false;
    total += sign * std::strtol(std::string(expr.substr(i + 2, j - i - 2)).c_str(), nullptr, 16);
    any = true;
    i = j;
    while (i < expr.size() && expr[i] == ' ') ++i;
  }
  *value = total;
  return any;
}

}  // namespace

NegationTable ParseNegationTable(std::string_view text) {
  std::map<std::string, long> value_of;
  std::map<long, std::string> code_of;
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
      line.pop_back();  // CRLF files
    if (line.empty() || line[0] == '#') continue;
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string code = line.substr(0, colon);
    if (code.empty() || !std::isdigit(static_cast<unsigned char>(code[0]))) continue;
    std::string rest = line.substr(colon + 1);
    size_t hash = rest.find('#');
    std::string first = hash == std::string::npos ? rest : rest.substr(0, hash);
    long v = 0;
    if (!Evaluate(first, &v)) continue;
    value_of[code] = v;
    code_of.emplace(v, code);  // the first code with a value names it
  }
  NegationTable table;
  for (const auto& [code, v] : value_of) {
    long neg = v > 0xFFFF ? v - 0xFFFF : v < 0 ? v + 0xFFFF : v - 0xFFFF;
    auto it = code_of.find(neg);
    if (it != code_of.end()) table[code] = it->second;
  }
  return table;
}

Status LoadNegationTable(const std::string& path, NegationTable* table) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::IOError(path + ": cannot open");
  std::ostringstream s;
  s << f.rdbuf();
  *table = ParseNegationTable(s.str());
  return Status::OK();
}

}  // namespace parley::code
