// Input options shared by every subcommand that reads documents
// (code, tokenize, parse): positional INPUT... plus --format, --date and the
// CSV column names. Problems are printed to stderr as they happen.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "parley/read/reader.h"

namespace parley::cli {

struct InputArgs {
  std::vector<std::string> inputs;  // files, directories, "-" for stdin; none = stdin
  std::string format = "auto";
  ReadOptions options;
};

// Adds INPUT... --format --date --id-column --date-column --title-column --text-column.
void add_input_options(CLI::App* cmd, InputArgs* args);

// Opens the inputs; problems go to stderr as "parley: path:line: message".
// Returns nullptr and prints a usage error when --format is unknown.
std::unique_ptr<DocumentStream> open_inputs(const InputArgs& args);

}  // namespace parley::cli
