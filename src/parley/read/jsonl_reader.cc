// JSON Lines: one document per line (see reader.h for the fields).
#include <nlohmann/json.hpp>

#include "parley/read/flat_json.h"
#include "parley/read/line_reader.h"
#include "parley/read/read_util.h"
#include "parley/read/reader.h"

namespace parley {
namespace {

using read_internal::trim;
using Json = nlohmann::ordered_json;

// The useful part of an nlohmann parse error: "syntax error while parsing
// object - unexpected end of input; expected '}'" (its position is the line's).
std::string describe(const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  size_t colon = what.find(": ", what.find("column"));
  if (colon != std::string::npos) what = what.substr(colon + 2);
  size_t last_read = what.find("; last read:");
  if (last_read != std::string::npos) what.erase(last_read);
  return "malformed JSON at column " + std::to_string(e.byte) + ": " + what;
}

// Nesting depth of a JSON text, counting brackets outside strings. Deeper
// values are refused: printing them back as metadata would recurse that deep.
constexpr int kMaxDepth = 256;
bool too_deep(std::string_view s) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

// A metadata or id value as a string: strings as they are, the rest as JSON.
std::string as_string(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  return v.dump(-1, ' ', false, Json::error_handler_t::replace);
}

class JsonlReader : public RecordReader {
 public:
  JsonlReader(std::istream* in, std::string path, const ReadOptions& options, ErrorSink errors)
      : lines_(in, options.max_document_bytes),
        path_(std::move(path)),
        max_bytes_(options.max_document_bytes),
        errors_(std::move(errors)) {}

  bool next(Document* doc) override {
    std::string_view line;
    for (;;) {
      LineReader::Result r = lines_.next(&line);
      if (r == LineReader::kEnd) {
        if (documents_ == 0 && problems_ == 0)
          report(0, lines_.offset() == 0 ? "empty file" : "no documents (only blank lines)");
        return false;
      }
      if (r == LineReader::kReadError) {
        report(lines_.line_number() + 1, "read error; rest of file skipped");
        return false;
      }
      uint64_t line_no = lines_.line_number();
      if (r == LineReader::kTooLong) {
        report(line_no, "line longer than the " + read_internal::human_size(max_bytes_) +
                            " document limit; skipped");
        continue;
      }
      if (line_no == 1) line = read_internal::strip_bom(line);
      if (trim(line).empty()) continue;
      if (parse_line(line, line_no, doc)) {
        ++documents_;
        return true;
      }
    }
  }

 private:
  bool parse_line(std::string_view line, uint64_t line_no, Document* doc) {
    std::string what;
    uint64_t ignored;
    if (!read_internal::check_text(line, &what, &ignored)) {
      report(line_no, what + "; line skipped");
      return false;
    }
    if (!parse_flat_json_object(line, &fields_) && !parse_with_nlohmann(line, line_no))
      return false;
    JsonField* text = nullptr;
    for (JsonField& f : fields_) {
      if (f.key == "text") text = &f;
    }
    if (text == nullptr || text->kind != JsonField::kString) {
      report(line_no, text == nullptr ? "no \"text\" field; line skipped"
                                      : "\"text\" is not a string; line skipped");
      return false;
    }
    if (text->value.find('\0') != std::string::npos) {
      report(line_no, "\"text\" contains a NUL character; line skipped");
      return false;
    }
    if (trim(text->value).empty()) {
      report(line_no, "empty \"text\"; line skipped");
      return false;
    }
    *doc = Document();
    doc->source_path = path_;
    doc->source_line = line_no;
    for (JsonField& f : fields_) {
      if (&f == text) {
        doc->text = std::move(f.value);
      } else if (f.key == "id" && f.kind != JsonField::kNull) {
        doc->id = std::move(f.value);
      } else if (f.key == "title" && f.kind == JsonField::kString) {
        doc->title = std::move(f.value);
      } else if (f.key == "date" &&
                 (f.kind == JsonField::kString || f.kind == JsonField::kUnsigned)) {
        bool bad = false;
        doc->date = read_internal::date_or_empty(f.value, &bad);
        if (bad) {
          if (errors_) errors_(read_internal::bad_date_note(path_, line_no, f.value));
          doc->metadata.emplace_back("date", std::move(f.value));
        }
      } else {
        doc->metadata.emplace_back(std::move(f.key), std::move(f.value));
      }
    }
    if (doc->id.empty()) doc->id = path_ + ":" + std::to_string(line_no);
    return true;
  }

  // The general case (nested values, numbers that are not small integers,
  // duplicate keys) and every error message: nlohmann-json, into fields_.
  bool parse_with_nlohmann(std::string_view line, uint64_t line_no) {
    if (too_deep(line)) {
      report(line_no,
             "JSON nested deeper than " + std::to_string(kMaxDepth) + " levels; line skipped");
      return false;
    }
    Json value;
    try {
      value = Json::parse(line.begin(), line.end());
    } catch (const nlohmann::json::parse_error& e) {
      report(line_no, describe(e) + "; line skipped");
      return false;
    } catch (const std::exception& e) {
      report(line_no, std::string("malformed JSON: ") + e.what() + "; line skipped");
      return false;
    }
    if (!value.is_object()) {
      report(line_no,
             "expected a JSON object, got " + std::string(value.type_name()) + "; line skipped");
      return false;
    }
    fields_.clear();
    for (auto it = value.begin(); it != value.end(); ++it) {
      JsonField f;
      f.key = it.key();
      if (it->is_string()) {
        f.kind = JsonField::kString;
        f.value = std::move(it->get_ref<std::string&>());
      } else {
        f.kind = it->is_null()              ? JsonField::kNull
                 : it->is_number_unsigned() ? JsonField::kUnsigned
                                            : JsonField::kOther;
        f.value = as_string(*it);
      }
      fields_.push_back(std::move(f));
    }
    return true;
  }

  void report(uint64_t line, std::string message) {
    ++problems_;
    if (errors_) errors_(ReadProblem{path_, line, std::move(message), true});
  }

  LineReader lines_;
  std::string path_;
  uint64_t max_bytes_;
  ErrorSink errors_;
  uint64_t documents_ = 0;
  uint64_t problems_ = 0;
  std::vector<JsonField> fields_;  // the fields of the current line
};

}  // namespace

std::unique_ptr<RecordReader> new_jsonl_reader(std::istream* in, const std::string& path,
                                               const ReadOptions& options, ErrorSink errors) {
  return std::make_unique<JsonlReader>(in, path, options, std::move(errors));
}

}  // namespace parley
