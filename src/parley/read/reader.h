// Readers turn input files into Documents, one at a time.
//
// Contract: documents stream. A reader holds at most one document (plus a
// bounded buffer) in memory, whatever the size of the input. A bad record
// (malformed JSON line, invalid UTF-8, truncated XML, ...) is reported to the
// ErrorSink as one line naming the file and line, and reading goes on with the
// next record. Nothing here throws across the interface.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "parley/doc/document.h"
#include "parley/util/status.h"

namespace parley {

enum class InputFormat { kAuto, kText, kJsonl, kXml, kConllu, kCsv, kTsv };

// Parses "txt", "jsonl", "xml", "conllu", "csv", "tsv" (and "auto").
bool parse_input_format(const std::string& name, InputFormat* out);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: by extension, text otherwise
  std::string date;                         // --date: overrides or supplies the date
  // CSV/TSV column names (--id-column, --date-column, --title-column, --text-column).
  std::string id_column = "id";
  std::string date_column = "date";
  std::string title_column = "title";
  std::string text_column = "text";
};

// Receives one problem at a time: "news.jsonl:12: malformed JSON: ...".
// `skipped` is true when an input or a record was dropped because of it.
struct ReadProblem {
  std::string path;
  uint64_t line = 0;  // 0 when there is no line
  std::string message;
  std::string ToString() const;  // "path:line: message"
};
using ErrorSink = std::function<void(const ReadProblem&)>;

// Iterates over every document of a list of inputs: files, directories
// (recursively, sorted by path) and "-" for standard input.
class DocumentStream {
 public:
  DocumentStream(std::vector<std::string> inputs, ReadOptions options, ErrorSink errors);
  ~DocumentStream();
  DocumentStream(const DocumentStream&) = delete;
  DocumentStream& operator=(const DocumentStream&) = delete;

  // Fills *doc with the next document and returns true; false at the end.
  bool next(Document* doc);

  // Number of problems reported so far (skipped records or inputs).
  uint64_t problems() const { return problems_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  uint64_t problems_ = 0;
};

}  // namespace parley
