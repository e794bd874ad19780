// Input options shared by every subcommand that reads documents
// (code, tokenize, parse): positional INPUT... plus --format, --date and the
// CSV column names. Problems are printed to stderr as they happen.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "parley/read/reader.h"

namespace parley::cli {

struct InputArgs {
  std::vector<std::string> inputs;  // files, directories, "-" for stdin; none = stdin
  std::string format = "auto";
  int max_document_mb = 64;  // --max-document-mb, becomes options.max_document_bytes
  ReadOptions options;
};

// Adds INPUT... --format --date --id-column --date-column --title-column --text-column.
void add_input_options(CLI::App* cmd, InputArgs* args);

// Opens the inputs; problems go to stderr as "parley: path:line: message".
// Returns nullptr and prints a usage error (exit status 2) when --format or
// --date is not valid. After reading, stream->problems() > 0 means exit 1.
std::unique_ptr<DocumentStream> open_inputs(const InputArgs& args);

}  // namespace parley::cli
