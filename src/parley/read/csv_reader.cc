// CSV (RFC 4180) and TSV with a header row: one document per row.
#include <algorithm>
#include <vector>

#include "parley/read/line_reader.h"
#include "parley/read/read_util.h"
#include "parley/read/reader.h"

namespace parley {
namespace {

using read_internal::trim;

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

class CsvReader : public RecordReader {
 public:
  CsvReader(std::istream* in, std::string path, char separator, const ReadOptions& options,
            ErrorSink errors)
      : lines_(in, options.max_document_bytes),
        path_(std::move(path)),
        separator_(separator),
        options_(options),
        errors_(std::move(errors)) {}

  bool next(Document* doc) override {
    if (failed_) return false;
    std::vector<std::string> fields;
    uint64_t line = 0;
    if (!header_read_) {
      header_read_ = true;
      if (!read_header()) {
        failed_ = true;
        return false;
      }
    }
    for (;;) {
      Result r = read_record(&fields, &line);
      if (r == kEnd) {
        if (documents_ == 0 && problems_ == 0) report(0, "no rows after the header");
        return false;
      }
      if (r == kBad) {
        report(bad_line_, bad_message_ + "; row skipped");
        continue;
      }
      if (fields.size() == 1 && fields[0].empty()) continue;  // blank line
      if (make_document(fields, line, doc)) {
        ++documents_;
        return true;
      }
    }
  }

 private:
  enum Result { kRecord, kBad, kEnd };

  bool read_header() {
    std::vector<std::string> header;
    uint64_t line = 0;
    for (;;) {
      Result r = read_record(&header, &line);
      if (r == kEnd) {
        if (problems_ == 0) report(0, lines_.offset() == 0 ? "empty file" : "no header row");
        return false;
      }
      if (r == kBad) {
        report(bad_line_, bad_message_ + " in the header row; file skipped");
        return false;
      }
      if (header.size() == 1 && trim(header[0]).empty()) continue;
      break;
    }
    for (const std::string& name : header) {
      std::string what;
      uint64_t line_offset = 0;
      if (!read_internal::check_text(name, &what, &line_offset)) {
        report(line, what + " in the header row; file skipped");
        return false;
      }
    }
    columns_.clear();
    for (std::string& name : header) columns_.emplace_back(trim(name));
    id_ = find_column(options_.id_column);
    date_ = find_column(options_.date_column);
    title_ = find_column(options_.title_column);
    text_ = find_column(options_.text_column);
    if (text_ < 0) {
      std::string names;
      for (const std::string& c : columns_) {
        if (!names.empty()) names += ", ";
        names += read_internal::clip(c, 40);
        if (names.size() > 200) {
          names += ", ...";
          break;
        }
      }
      report(line, "no \"" + options_.text_column + "\" column in the header (columns: " + names +
                       "); file skipped");
      return false;
    }
    return true;
  }

  int find_column(const std::string& name) const {
    for (size_t i = 0; i < columns_.size(); ++i) {
      if (columns_[i] == name) return static_cast<int>(i);
    }
    for (size_t i = 0; i < columns_.size(); ++i) {
      if (iequals(columns_[i], name)) return static_cast<int>(i);
    }
    return -1;
  }

  // Reads one record; on kBad, bad_line_ and bad_message_ say what is wrong.
  Result read_record(std::vector<std::string>* fields, uint64_t* first_line) {
    fields->clear();
    std::string_view line;
    bool in_quotes = false;  // inside a quoted field that continues on the next line
    uint64_t quote_line = 0;
    uint64_t size = 0;
    bool too_big = false;
    bool bad = false;
    std::string bad_message;
    for (;;) {
      LineReader::Result r = lines_.next(&line);
      if (r == LineReader::kEnd || r == LineReader::kReadError) {
        if (r == LineReader::kReadError) {
          report(lines_.line_number() + 1, "read error; rest of file skipped");
          failed_ = true;
          return kEnd;
        }
        if (in_quotes) {
          bad_line_ = quote_line;
          bad_message_ = "unterminated quoted field (opened here, still open at end of file)";
          return kBad;
        }
        return kEnd;
      }
      if (!in_quotes) *first_line = lines_.line_number();
      if (r == LineReader::kTooLong) {
        bad_line_ = lines_.line_number();
        bad_message_ = "line longer than the " +
                       read_internal::human_size(options_.max_document_bytes) + " document limit";
        return kBad;
      }
      if (lines_.line_number() == 1) line = read_internal::strip_bom(line);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      size += line.size() + 1;
      if (size > options_.max_document_bytes) too_big = true;
      if (in_quotes) {
        if (!too_big) fields->back().push_back('\n');
      } else {
        fields->emplace_back();
      }
      // Parse the fields of this line, continuing the open quoted field if any.
      size_t i = 0;
      for (;;) {
        std::string& field = fields->back();
        if (!in_quotes) {
          if (i < line.size() && line[i] == '"') {
            in_quotes = true;
            quote_line = lines_.line_number();
            ++i;
          } else {
            size_t end = line.find(separator_, i);
            if (end == std::string_view::npos) end = line.size();
            if (!too_big) field.append(line.substr(i, end - i));
            if (end == line.size()) break;
            i = end + 1;
            fields->emplace_back();
            continue;
          }
        }
        // Inside quotes: copy up to the next quote.
        size_t q = line.find('"', i);
        if (q == std::string_view::npos) {
          if (!too_big) field.append(line.substr(i));
          i = line.size();
          break;  // the field goes on on the next line
        }
        if (!too_big) field.append(line.substr(i, q - i));
        if (q + 1 < line.size() && line[q + 1] == '"') {
          if (!too_big) field.push_back('"');
          i = q + 2;
          continue;
        }
        in_quotes = false;
        i = q + 1;
        if (i == line.size()) break;
        if (line[i] == separator_) {
          ++i;
          fields->emplace_back();
          continue;
        }
        if (!bad) {
          bad = true;
          bad_message =
              "unexpected character after a closing quote (column " + std::to_string(i + 1) + ")";
        }
        break;
      }
      if (in_quotes && !bad) continue;
      if (bad) {
        // Skip the rest of a record whose quoting is broken: resynchronize at the line end.
        bad_line_ = *first_line;
        bad_message_ =
            "malformed " + std::string(separator_ == ',' ? "CSV" : "TSV") + ": " + bad_message;
        return kBad;
      }
      if (too_big) {
        bad_line_ = *first_line;
        bad_message_ = "row larger than the " +
                       read_internal::human_size(options_.max_document_bytes) + " document limit";
        return kBad;
      }
      return kRecord;
    }
  }

  bool make_document(std::vector<std::string>& fields, uint64_t line, Document* doc) {
    if (fields.size() != columns_.size()) {
      report(line, "row has " + std::to_string(fields.size()) + " fields, the header has " +
                       std::to_string(columns_.size()) + "; row skipped");
      return false;
    }
    for (const std::string& f : fields) {
      std::string what;
      uint64_t line_offset = 0;
      if (!read_internal::check_text(f, &what, &line_offset)) {
        report(line, what + "; row skipped");
        return false;
      }
    }
    if (trim(fields[text_]).empty()) {
      report(line, "empty \"" + options_.text_column + "\"; row skipped");
      return false;
    }
    *doc = Document();
    doc->source_path = path_;
    doc->source_line = line;
    doc->text = std::move(fields[text_]);
    if (id_ >= 0) doc->id = std::move(fields[id_]);
    if (doc->id.empty()) doc->id = path_ + ":" + std::to_string(line);
    if (title_ >= 0) doc->title = std::move(fields[title_]);
    if (date_ >= 0) {
      bool bad = false;
      doc->date = read_internal::date_or_empty(fields[date_], &bad);
      if (bad) {
        if (errors_) errors_(read_internal::bad_date_note(path_, line, fields[date_]));
        doc->metadata.emplace_back("date", fields[date_]);
      }
    }
    for (size_t i = 0; i < fields.size(); ++i) {
      int c = static_cast<int>(i);
      if (c == text_ || c == id_ || c == title_ || c == date_) continue;
      doc->metadata.emplace_back(columns_[i], std::move(fields[i]));
    }
    return true;
  }

  void report(uint64_t line, std::string message) {
    ++problems_;
    if (errors_) errors_(ReadProblem{path_, line, std::move(message), true});
  }

  LineReader lines_;
  std::string path_;
  char separator_;
  ReadOptions options_;
  ErrorSink errors_;
  bool header_read_ = false;
  bool failed_ = false;
  std::vector<std::string> columns_;
  int id_ = -1, date_ = -1, title_ = -1, text_ = -1;
  uint64_t documents_ = 0;
  uint64_t problems_ = 0;
  uint64_t bad_line_ = 0;
  std::string bad_message_;
};

}  // namespace

std::unique_ptr<RecordReader> new_csv_reader(std::istream* in, const std::string& path,
                                             char separator, const ReadOptions& options,
                                             ErrorSink errors) {
  return std::make_unique<CsvReader>(in, path, separator, options, std::move(errors));
}

}  // namespace parley
