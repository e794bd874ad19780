// Reading PETRARCH validation files (PETR.UnitTest.records*.xml,
// PETR2_GSR_validation.xml, GigaWord.sample.PETR_parsed.xml): each <Sentence> record with its
// expected <EventCoding>s, raw <Text> and CoNLL-U <Parse>, plus the <Environment> that names the
// dictionaries to load.
//
// These files are not always well-formed XML (the GSR file closes its
// <Sentence .../> tags early and carries '#' comment lines outside any
// element), so the reader is a tolerant tag scanner rather than an XML parser.
// XML comments are skipped, so commented-out records are not read.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "parley/util/status.h"

namespace parley::code {

// One expected (source, target, code) triple.
struct ExpectedEvent {
  std::string source;
  std::string target;
  std::string code;
  bool operator<(const ExpectedEvent& o) const {
    return std::tie(source, target, code) < std::tie(o.source, o.target, o.code);
  }
  bool operator==(const ExpectedEvent& o) const {
    return source == o.source && target == o.target && code == o.code;
  }
};

struct ValidationRecord {
  std::string id;
  std::string date;      // YYYY-MM-DD ("" when absent or malformed)
  std::string category;  // the `category` or `source` attribute (used by <Include>)
  std::string text;      // <Text>, white space collapsed
  std::string parse;     // <Parse>, CoNLL-U word lines (may be empty)
  std::vector<ExpectedEvent> expected;
  bool noevents = false;  // <EventCoding noevents="True">
  std::string error;      // <EventCoding error="..."> (expects no events)
  uint64_t line = 0;      // line of the <Sentence> tag
  // Line of the <Parse>'s first word line (0 without a parse); its later
  // lines follow on from it unless the block holds blank lines (dropped).
  uint64_t parse_line = 0;
  // PETRARCH's require_dyad option in effect for this record (set by the
  // last <Config option="require_dyad" value="..."/> before it): when false,
  // events with a source but no target are expected with target "---".
  bool require_dyad = true;
};

struct ValidationEnvironment {
  std::string verb_file;
  std::vector<std::string> actor_files;
  std::string agent_file;
  std::string discard_file;
  std::string issue_file;
  std::string pico_file;             // PETRARCH's internal coding ontology (negation of codes)
  std::vector<std::string> include;  // categories to evaluate ("valid" is a keyword, ignored)
};

// Parses a whole validation file from memory. `path` is used in messages.
// Malformed records are reported in *warnings ("path:line: message") and skipped.
Status ParseValidationSuite(std::string_view xml, const std::string& path,
                            ValidationEnvironment* env, std::vector<ValidationRecord>* records,
                            std::vector<std::string>* warnings);

Status ReadValidationSuite(const std::string& path, ValidationEnvironment* env,
                           std::vector<ValidationRecord>* records,
                           std::vector<std::string>* warnings);

// True when the record's category is listed in env.include (or include is empty).
bool IsIncluded(const ValidationEnvironment& env, const ValidationRecord& record);

}  // namespace parley::code
