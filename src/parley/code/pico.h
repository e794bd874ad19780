// PETRARCH's internal coding ontology (PETR.Internal.Coding.Ontology.txt,
// "PICO") as values: each CAMEO code is a hex number whose digits say what
// kind of act it is (0x3000 "intend", 0x0070 "material cooperation", so
// 031 "intend to cooperate materially" is 0x3070). PETRARCH codes a verb
// governing an event clause ("seek to deepen ties", "asks B to help C") by
// combining the two values; CombineCodes() reproduces that arithmetic.
// Only `parley validate` uses it, to match PETRARCH's expectations.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/util/status.h"

namespace parley::code {

// (code, value) for every line of the ontology text that parses
// ("031: 0x3000+0x0070 # comment"), in file order; CRLF lines and other lines
// are tolerated and skipped. Shared with the negation table (negation.h).
std::vector<std::pair<std::string, long>> ParsePicoValues(std::string_view text);

class PicoOntology {
 public:
  // Parses the ontology text; lines that do not parse are ignored.
  static PicoOntology Parse(std::string_view text);
  static Status Load(const std::string& path, PicoOntology* out);

  // The code of an outer verb `outer` governing an event clause coded
  // `inner` ("" when the combination names no CAMEO code). Values follow
  // PETRARCH: a negative inner value adds to the outer one; of two
  // high-level acts (say, appeal, intend, ...) the inner wins; a statement
  // (0x1000) adds nothing; otherwise the larger value wins unless the
  // outer one is the larger, when they add ("intend" + "aid").
  std::string CombineCodes(const std::string& outer, const std::string& inner) const;

  bool empty() const { return value_of_.empty(); }

  // The value of a code; a code the table lacks takes its root's ("0874"
  // missing -> "080"). False when neither is known.
  bool ValueOf(const std::string& code, long* value) const;

 private:
  std::map<std::string, long> value_of_;
  std::map<long, std::string> code_of_;  // the first code listed with a value
};

}  // namespace parley::code
