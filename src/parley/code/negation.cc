#include "parley/code/negation.h"

#include <fstream>
#include <sstream>

#include "parley/code/pico.h"

namespace parley::code {

NegationTable ParseNegationTable(std::string_view text) {
  std::map<std::string, long> value_of;
  std::map<long, std::string> code_of;
  for (const auto& [code, v] : ParsePicoValues(text)) {
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
