// Event: one coded event record (who did what to whom), with the byte spans
// in the document text that justify it, and its JSON Lines / TSV renderings.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace parley::code {

using ByteSpan = std::pair<uint32_t, uint32_t>;  // [start, end) into Document::text

struct Event {
  std::string doc_id;
  uint32_t sentence_index = 0;
  std::string date;  // YYYY-MM-DD, "" when unknown
  std::string source;
  std::string target;
  std::string code;       // CAMEO event code ("190", "0331")
  std::string root_code;  // two-digit root ("19")
  int quad_class = 0;
  double goldstein = 0;
  std::string plover;
  std::string source_text;
  std::string target_text;
  std::string verb_text;
  std::string sentence;
  ByteSpan source_span{0, 0};
  ByteSpan target_span{0, 0};
  ByteSpan verb_span{0, 0};
  // Optional fields, written only when set.
  std::string reported_by;       // actor code of the speaker in reported speech
  std::string location;          // actor code of a place named with in/at
  std::string location_text;     // the words naming that place ("Kharkiv"), when known
  ByteSpan location_span{0, 0};  // their span, set with location_text
  std::vector<std::string> issues;
  bool negated = false;
};

// One JSON object on one line (no trailing newline), with the fields of the
// output contract: the required ones always, reported_by / location /
// issues / negated only when known (non-empty / true); and parley's own
// location_text / location_span with location when a phrase names the place.
// TSV adds location_text as its last column.
std::string EventToJson(const Event& e);

// Phoenix-style tab-separated columns; TsvHeader() names them.
std::string TsvHeader();
std::string EventToTsv(const Event& e);

}  // namespace parley::code
