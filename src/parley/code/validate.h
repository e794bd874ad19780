// Validation against PETRARCH suites: code each record of a validation file
// and compare the produced (source, target, code) set with the expected one.
#pragma once

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "parley/code/coder.h"
#include "parley/code/validation_suite.h"
#include "parley/dict/dictionary.h"
#include "parley/doc/document.h"
#include "parley/util/status.h"

namespace parley::code {

struct ValidateOptions {
  std::string dict_dir;      // directory holding the files named in <Environment>
  std::string verbs;         // overrides <Verbfile> when not empty
  bool given_parse = false;  // code from <Parse> (CoNLL-U) instead of <Text>
  bool all_records = false;  // ignore <Include> (evaluate every record)
  bool trace = false;        // describe every predicate on stderr
};

struct RecordResult {
  const ValidationRecord* record = nullptr;
  std::set<ExpectedEvent> expected;
  std::set<ExpectedEvent> produced;
  bool passed = false;
  std::string error;  // e.g. a malformed parse
};

struct ValidateSummary {
  size_t passed = 0;
  size_t failed = 0;
  double rate() const { return passed + failed == 0 ? 0 : 100.0 * passed / (passed + failed); }
};

// Fills doc from raw text (tokenize, tag, parse). Supplied by the caller so
// this module does not depend on the NLP pipeline.
using TextAnalyzer = std::function<Status(const std::string& text, Document* doc)>;

// The PetrarchFiles named by env (relative to options.dict_dir).
dict::PetrarchFiles FilesFor(const ValidationEnvironment& env, const ValidateOptions& options);

// Codes every included record and compares. `analyze` is needed unless
// options.given_parse. Results are in file order.
Status RunValidation(const std::string& path, const ValidateOptions& options,
                     const TextAnalyzer& analyze, std::vector<ValidationRecord>* records,
                     std::vector<RecordResult>* results, ValidateSummary* summary,
                     std::vector<std::string>* warnings);

// "DEMO_01\texpected: ARN GON 050\tproduced: ARN GON 050; ..." for a failing record.
std::string FormatFailure(const RecordResult& r);
// "ARN GON 050; GON ARN 050" (sorted), "none" when empty.
std::string FormatEvents(const std::set<ExpectedEvent>& events);

}  // namespace parley::code
