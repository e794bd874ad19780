// Shared body of the reader fuzz targets: reads every document of the input
// (with a small document limit, so the limit paths are exercised) and aborts
// when a document breaks an invariant the later stages rely on.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "parley/read/reader.h"
#include "parley/util/utf8.h"

namespace parley::fuzz {

inline void check(bool ok) {
  if (!ok) std::abort();
}

inline void read_all(InputFormat format, const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  ReadOptions options;
  options.max_document_bytes = 4096;
  auto reader = new_record_reader(format, &in, "fuzz", options, [](const ReadProblem& p) {
    std::string line = p.ToString();
    check(line.find_first_of("\n\r") == std::string::npos);  // one line per problem
    check(!p.path.empty());
  });
  Document doc;
  int guard = 0;
  while (reader->next(&doc)) {
    check(++guard <= static_cast<int>(size) + 1);  // progress: at most one document per byte
    check(is_valid_utf8(doc.text));
    check(doc.text.find('\0') == std::string::npos);
    check(is_valid_utf8(doc.title) && is_valid_utf8(doc.id));
    check(!doc.id.empty());
    for (const auto& [key, value] : doc.metadata) check(is_valid_utf8(key) && is_valid_utf8(value));
    check(doc.date.empty() || doc.date.size() == 10);
    for (const Span& s : doc.no_code) check(s.start <= s.end && s.end <= doc.text.size());
    for (const Sentence& s : doc.sentences) {
      check(s.start <= s.end && s.end <= doc.text.size());
      for (const Token& t : s.tokens) check(t.start <= t.end && t.end <= doc.text.size());
    }
  }
}

}  // namespace parley::fuzz
