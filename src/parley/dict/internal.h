// Internal helpers shared by the dictionary readers and the compiled index.
// Not part of the public API: include only from src/parley/dict/*.cc.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/dict/dictionary.h"

namespace parley::dict::internal {

// Splits text into lines (LF or CRLF); numbers them from 1.
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}
  // Sets *line to the next line without its terminator; false at the end.
  bool Next(std::string_view* line);
  int line_number() const { return line_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int line_ = 0;
};

std::string_view Trim(std::string_view s);
bool IsSpace(char c);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
std::string ToUpperAscii(std::string_view s);
bool IsValidUtf8(std::string_view s);

// Splits on white space (and on '_' when `underscores` is true), dropping
// empty pieces. Pieces are views into `s`.
std::vector<std::string_view> SplitWords(std::string_view s, bool underscores);
// Splits on `sep`, trimming each piece (empty pieces kept).
std::vector<std::string_view> SplitTrim(std::string_view s, char sep);

// Normalizes a phrase into lower-case words joined by single spaces
// ("PRESIDENT_GEORGE_W._BUSH" -> "president george w. bush").
std::string NormalizePhrase(std::string_view phrase, bool underscores);

// English regular inflections used by PETRARCH: plural of a noun
// ("ally" -> "allies", "boss" -> "bosses", "troop" -> "troops") and the
// regular forms of a verb (3sg, past, gerund).
std::string RegularPlural(std::string_view word);
std::vector<std::string> RegularVerbForms(std::string_view verb);

// "file:line: message"
std::string Warn(std::string_view file, int line, std::string_view message);
// Three capital letters that no non-country code prefix uses ("BEL", not
// "IGO" or "MIL"): the shape of a country code.
bool IsBareCountryLikeCode(std::string_view code);

// A message for warnings, with the offending text shortened and made printable.
std::string Quote(std::string_view text);

// Where a dictionary builder keeps reader state between Add* calls.
struct Synset {
  std::vector<std::string> phrases;  // normalized, plurals included
};

}  // namespace parley::dict::internal

namespace parley::dict {

struct DictionaryBuilder::State {
  // PETRARCH synsets by upper-case label without '&' and trailing '_'.
  std::unordered_map<std::string, internal::Synset> synsets;
  // Country codes of country entries, for Stats::countries.
  std::vector<std::string> country_codes;
};

}  // namespace parley::dict
