// Readers turn input files into Documents, one at a time.
//
// Contract: documents stream. A reader holds at most one document (plus a
// bounded buffer) in memory, whatever the size of the input. A bad record
// (malformed JSON line, invalid UTF-8, truncated XML, ...) is reported to the
// ErrorSink as one line naming the file and line, and reading goes on with the
// next record. Nothing here throws across the interface.
//
// Formats (picked by extension, or for every input by ReadOptions::format):
//   .txt     one article per file. The first non-empty line is the title; the
//            first line that is only a date ("21 August, 2018", "Tuesday, 21
//            Aug 2018", "2018-08-21", a dateline "KABUL, 21 August, 2018")
//            sets the date. Date lines, read-time lines ("3 min read"),
//            bylines ("By Jane Doe") and bare photo credits ("Photo: Reuters",
//            "(AP Photo/Jane Doe)", "AFP/Getty Images") stay in the text and
//            are listed in Document::no_code. The id is the path as given.
//   .jsonl   one JSON object per line: "id", "date", "title", "text" (the
//            only required field, a string); every other field is kept in
//            Document::metadata in input order, strings as they are, other
//            values as compact JSON. A missing id becomes "path:line".
//   .xml     PETRARCH records <Sentence id="..." date="YYYYMMDD"> <Text> ...
//            </Text> [<Parse>...</Parse>] </Sentence>, found by scanning (the
//            file as a whole need not be XML: '#' comment lines and <!-- -->
//            are skipped) and each parsed on its own. Also the validation
//            suite's self-closed <Sentence .../> followed by its children and
//            </Sentence>. In the text, every white-space run holding a line
//            break becomes one space (a blank line becomes "\n\n"), since
//            PETRARCH wraps sentences across lines. Metadata: the other
//            <Sentence> attributes, "parse" (the <Parse> content, trimmed) and
//            one "eventcoding" entry per <EventCoding> (its attributes as a
//            compact JSON object). A record with an empty <Text> is kept
//            (with empty text) when it has a <Parse>.
//   .conllu  documents split at "# newdoc"; text rebuilt from the word forms
//            (see doc/conllu.h), sentences and tokens filled in.
//   .csv     RFC 4180: a header row, then one document per row; quoted
//            fields may hold commas, "" and line breaks. Columns id, date,
//            title, text (renamable, see ReadOptions); other columns become
//            metadata. Only the text column is required.
//   .tsv     the same with tabs; a field that starts with '"' is quoted as in
//            CSV (so pandas-style output with line breaks reads back), any
//            other '"' is an ordinary character. No backslash escapes.
//   directories are read recursively in sorted path order, taking files with
//   the extensions above (files and directories whose name starts with '.'
//   are ignored; other files and symbolic links to directories are noted and
//   ignored); "-" reads standard input
//   (format from ReadOptions::format, text by default; id and path "stdin").
//
// Memory: at most about twice ReadOptions::max_document_bytes (64 MiB by
// default) whatever the input; a longer line or larger file is skipped
// without being held.
//
// Bad input: a document (file, line, row or record) is skipped with one
// problem when it is not valid UTF-8, contains a NUL byte, has no text (but
// see .xml), or is
// larger than ReadOptions::max_document_bytes; a file is skipped with one
// problem when it cannot be opened or read, or is empty. Dates that are not
// recognized are kept as metadata "date" and reported as notes (not skips).
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "parley/doc/document.h"
#include "parley/util/status.h"

namespace parley {

enum class InputFormat { kAuto, kText, kJsonl, kXml, kConllu, kCsv, kTsv };

// Parses "txt", "jsonl", "xml", "conllu", "csv", "tsv" (and "auto").
bool parse_input_format(const std::string& name, InputFormat* out);

// The format for a path's extension (case-insensitive: .txt .jsonl .xml
// .conllu .csv .tsv); false when the extension is not one of them.
bool format_from_extension(const std::string& path, InputFormat* out);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: by extension, text otherwise
  std::string date;                         // --date: overrides or supplies the date
  // CSV/TSV column names (--id-column, --date-column, --title-column, --text-column).
  std::string id_column = "id";
  std::string date_column = "date";
  std::string title_column = "title";
  std::string text_column = "text";
  // Largest document (txt file, JSON line, CSV row, XML record, CoNLL-U
  // document) read; larger ones are skipped with a problem. Bounds memory.
  uint64_t max_document_bytes = uint64_t{64} << 20;
};

// Receives one problem at a time: "news.jsonl:12: malformed JSON: ...".
// `skipped` is true when an input or a record was dropped because of it;
// false for notes (an unrecognized date kept as metadata, a file in a
// directory that is not an input).
struct ReadProblem {
  std::string path;
  uint64_t line = 0;  // 0 when there is no line
  std::string message;
  bool skipped = true;
  std::string ToString() const;  // "path:line: message" ("note: " before notes)
};
using ErrorSink = std::function<void(const ReadProblem&)>;

// Reads the documents of one input stream in one format. The stream must
// outlive the reader. Used by DocumentStream, and directly by tests and
// fuzzers on in-memory streams.
class RecordReader {
 public:
  virtual ~RecordReader() = default;
  // Fills *doc with the next document and returns true; false at the end.
  // Problems go to the ErrorSink given at creation.
  virtual bool next(Document* doc) = 0;
};

// `path` names the input in ids and messages; `format` must not be kAuto.
// options.date, when set, is applied by DocumentStream, not here.
std::unique_ptr<RecordReader> new_record_reader(InputFormat format, std::istream* in,
                                                const std::string& path, const ReadOptions& options,
                                                ErrorSink errors);

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

  // Number of problems reported so far that skipped records or inputs
  // (notes are not counted). Non-zero means exit status 1.
  uint64_t problems() const { return problems_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  uint64_t problems_ = 0;
};

}  // namespace parley
