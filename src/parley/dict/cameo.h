// CameoTable: the CAMEO event codes (names, Goldstein weights, quad classes)
// and their CAMEO -> PLOVER mapping, read from parley's own `data/cameo.tsv`.
//
// The table is immutable after Load() and safe to share across threads.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/util/status.h"

namespace parley::dict {

// One CAMEO event code, e.g. {"0331", "Express intent to provide economic aid", 5.2, 1,
// "AGREE", "", "economic"}.
struct CameoEvent {
  std::string code;            // "01".."20" (roots), "010", "0331", ...
  std::string name;            // human-readable description
  double goldstein = 0;        // Goldstein conflict-cooperation weight, -10 .. +10
  int quad = 0;                // quad class: roots 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4
  std::string plover;          // PLOVER event type ("AGREE", "ASSAULT"); "" when unmapped
  std::string plover_mode;     // PLOVER mode ("visit", "seize"); often ""
  std::string plover_context;  // PLOVER context ("economic", "military"); often ""

  // The two-digit root ("0331" -> "03").
  std::string root() const { return code.substr(0, 2); }
};

class CameoTable {
 public:
  // Reads a table in parley's layout (see the header comment of data/cameo.tsv).
  // Malformed lines are reported in *warnings as "file:line: message" and skipped.
  // Returns an error only when the file cannot be read.
  static Status Load(const std::string& path, CameoTable* table,
                     std::vector<std::string>* warnings);
  // Parses the same layout from memory (`name` is used in warnings).
  static CameoTable Parse(std::string_view text, std::string_view name,
                          std::vector<std::string>* warnings);

  // The table shipped in the repository's data/ (see DefaultDataDir() in
  // dictionary.h), loaded once on first use; empty when it cannot be found.
  static const CameoTable& Default();

  // The entry for the exact code string ("0331"), or nullptr.
  const CameoEvent* Find(std::string_view code) const;

  // Convenience lookups; each returns a neutral value ("" / 0) for unknown codes.
  std::string Name(std::string_view code) const;
  double Goldstein(std::string_view code) const;
  // Quad class 1-4 derived from the root (works for any code starting with 01..20,
  // even one missing from the table); 0 when the code is not a CAMEO event code.
  static int QuadClass(std::string_view code);
  std::string Plover(std::string_view code) const;

  const std::vector<CameoEvent>& events() const { return events_; }
  size_t size() const { return events_.size(); }
  bool empty() const { return events_.empty(); }

 private:
  std::vector<CameoEvent> events_;
  std::unordered_map<std::string, size_t> by_code_;
};

}  // namespace parley::dict
