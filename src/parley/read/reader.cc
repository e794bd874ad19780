// PLACEHOLDER: minimal whole-file text reader so the build links; the real
// readers (txt, jsonl, xml, conllu, csv, tsv, directories) replace this file.
#include "parley/read/reader.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace parley {

bool parse_input_format(const std::string& name, InputFormat* out) {
  if (name == "auto") *out = InputFormat::kAuto;
  else if (name == "txt" || name == "text") *out = InputFormat::kText;
  else if (name == "jsonl") *out = InputFormat::kJsonl;
  else if (name == "xml") *out = InputFormat::kXml;
  else if (name == "conllu") *out = InputFormat::kConllu;
  else if (name == "csv") *out = InputFormat::kCsv;
  else if (name == "tsv") *out = InputFormat::kTsv;
  else return false;
  return true;
}

std::string ReadProblem::ToString() const {
  return line ? path + ":" + std::to_string(line) + ": " + message : path + ": " + message;
}

struct DocumentStream::Impl {
  std::vector<std::string> inputs;
  size_t next = 0;
  ReadOptions options;
  ErrorSink errors;
};

DocumentStream::DocumentStream(std::vector<std::string> inputs, ReadOptions options,
                               ErrorSink errors)
    : impl_(new Impl{std::move(inputs), 0, std::move(options), std::move(errors)}) {}
DocumentStream::~DocumentStream() = default;

bool DocumentStream::next(Document* doc) {
  while (impl_->next < impl_->inputs.size()) {
    const std::string& path = impl_->inputs[impl_->next++];
    std::stringstream ss;
    if (path == "-") {
      ss << std::cin.rdbuf();
    } else {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        ++problems_;
        if (impl_->errors) impl_->errors({path, 0, "cannot open file"});
        continue;
      }
      ss << in.rdbuf();
    }
    *doc = Document();
    doc->id = path;
    doc->source_path = path;
    doc->text = ss.str();
    doc->date = impl_->options.date;
    return true;
  }
  return false;
}

}  // namespace parley
