#include "parley/read/reader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include "parley/read/readers.h"
#include "parley/util/date.h"

namespace parley {

namespace fs = std::filesystem;

bool parse_input_format(const std::string& name, InputFormat* out) {
  if (name == "auto")
    *out = InputFormat::kAuto;
  else if (name == "txt" || name == "text")
    *out = InputFormat::kText;
  else if (name == "jsonl")
    *out = InputFormat::kJsonl;
  else if (name == "xml")
    *out = InputFormat::kXml;
  else if (name == "conllu")
    *out = InputFormat::kConllu;
  else if (name == "csv")
    *out = InputFormat::kCsv;
  else if (name == "tsv")
    *out = InputFormat::kTsv;
  else
    return false;
  return true;
}

bool format_from_extension(const std::string& path, InputFormat* out) {
  size_t dot = path.find_last_of("./");
  if (dot == std::string::npos || path[dot] != '.') return false;
  std::string ext = path.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "txt" || ext == "jsonl" || ext == "xml" || ext == "conllu" || ext == "csv" ||
      ext == "tsv")
    return parse_input_format(ext, out);
  return false;
}

namespace {
// Control characters (from file names, CSV headers, ...) are escaped so that a
// problem always prints as one line.
void append_printable(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '\n') {
      out->append("\\n");
    } else if (c == '\r') {
      out->append("\\r");
    } else if (c == '\t') {
      out->append("\\t");
    } else if (u < 0x20 || u == 0x7F) {
      out->append("\\x");
      out->push_back(kHex[u >> 4]);
      out->push_back(kHex[u & 15]);
    } else {
      out->push_back(c);
    }
  }
}
}  // namespace

std::string ReadProblem::ToString() const {
  std::string out;
  append_printable(path, &out);
  if (line) out += ":" + std::to_string(line);
  out += ": ";
  if (!skipped) out += "note: ";
  append_printable(message, &out);
  return out;
}

std::unique_ptr<RecordReader> new_record_reader(InputFormat format, std::istream* in,
                                                const std::string& path, const ReadOptions& options,
                                                ErrorSink errors) {
  ReadOptions bounded = options;
  // Offsets into Document::text are 32-bit.
  bounded.max_document_bytes =
      std::clamp<uint64_t>(options.max_document_bytes, 1, uint64_t{0xFFFFFFFF} - 16);
  switch (format) {
    case InputFormat::kJsonl:
      return new_jsonl_reader(in, path, bounded, std::move(errors));
    case InputFormat::kXml:
      return new_xml_reader(in, path, bounded, std::move(errors));
    case InputFormat::kConllu:
      return new_conllu_input(in, path, bounded, std::move(errors));
    case InputFormat::kCsv:
      return new_csv_reader(in, path, ',', bounded, std::move(errors));
    case InputFormat::kTsv:
      return new_csv_reader(in, path, '\t', bounded, std::move(errors));
    case InputFormat::kAuto:
    case InputFormat::kText:
      break;
  }
  return new_text_reader(in, path, bounded, std::move(errors));
}

struct DocumentStream::Impl {
  std::vector<std::string> pending;  // inputs still to open, in reverse order (a stack)
  ReadOptions options;
  std::string date;  // options.date normalized
  ErrorSink errors;
  DocumentStream* owner = nullptr;

  std::ifstream file;
  std::unique_ptr<RecordReader> reader;

  void report(const ReadProblem& p) {
    if (p.skipped) ++owner->problems_;
    if (errors) errors(p);
  }

  // Opens the next input; false when there is none left.
  bool open_next();
  // Pushes the entries of a directory, sorted, onto `pending`.
  void expand_directory(const std::string& dir);
};

DocumentStream::DocumentStream(std::vector<std::string> inputs, ReadOptions options,
                               ErrorSink errors)
    : impl_(new Impl) {
  impl_->pending.assign(inputs.rbegin(), inputs.rend());
  impl_->date = options.date.empty() ? "" : normalize_date(options.date).value_or(options.date);
  impl_->options = std::move(options);
  impl_->errors = std::move(errors);
  impl_->owner = this;
}

DocumentStream::~DocumentStream() = default;

void DocumentStream::Impl::expand_directory(const std::string& dir) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    report({dir, 0, "cannot read directory: " + ec.message()});
    return;
  }
  std::vector<std::string> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;  // hidden files, editor droppings
    std::error_code type_ec;
    bool is_dir = it->is_directory(type_ec);
    std::string path = dir;
    if (path.back() != '/') path += '/';
    path += name;
    if (is_dir && it->is_symlink(type_ec)) {  // could loop back up the tree
      report({path, 0, "ignored: symbolic link to a directory", false});
      continue;
    }
    InputFormat format;
    if (is_dir || format_from_extension(name, &format)) {
      entries.push_back(std::move(path));
    } else {
      report({path, 0, "ignored: not an input file (.txt .jsonl .xml .conllu .csv .tsv)", false});
    }
  }
  if (ec) report({dir, 0, "cannot read directory: " + ec.message()});
  std::sort(entries.begin(), entries.end());
  pending.insert(pending.end(), entries.rbegin(), entries.rend());
}

bool DocumentStream::Impl::open_next() {
  reader.reset();
  if (file.is_open()) file.close();
  file.clear();
  while (!pending.empty()) {
    std::string path = std::move(pending.back());
    pending.pop_back();
    InputFormat format = options.format;
    auto sink = [this](const ReadProblem& p) { report(p); };
    if (path == "-") {
      if (format == InputFormat::kAuto) format = InputFormat::kText;
      reader = new_record_reader(format, &std::cin, "stdin", options, sink);
      return true;
    }
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || status.type() == fs::file_type::not_found) {
      report({path, 0, "cannot open: " + (ec ? ec.message() : std::string("no such file"))});
      continue;
    }
    if (fs::is_directory(status)) {
      expand_directory(path);
      continue;
    }
    if (format == InputFormat::kAuto && !format_from_extension(path, &format))
      format = InputFormat::kText;
    errno = 0;
    file.open(path, std::ios::binary);
    if (!file.is_open()) {
      int err = errno;
      report(
          {path, 0, std::string("cannot open: ") + (err ? std::strerror(err) : "unknown error")});
      file.clear();
      continue;
    }
    reader = new_record_reader(format, &file, path, options, sink);
    return true;
  }
  return false;
}

bool DocumentStream::next(Document* doc) {
  for (;;) {
    if (impl_->reader && impl_->reader->next(doc)) {
      if (!impl_->date.empty()) doc->date = impl_->date;
      return true;
    }
    if (!impl_->open_next()) return false;
  }
}

}  // namespace parley
