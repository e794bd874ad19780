#include "cli/input_options.h"

#include <iostream>

namespace parley::cli {

void add_input_options(CLI::App* cmd, InputArgs* args) {
  cmd->add_option("inputs", args->inputs,
                  "Files or directories to read (recursively); '-' or nothing reads stdin");
  cmd->add_option("--format", args->format,
                  "Input format: auto (by extension), txt, jsonl, xml, conllu, csv, tsv")
      ->capture_default_str();
  cmd->add_option("--date", args->options.date,
                  "Document date (YYYY-MM-DD) that overrides or supplies the input's date");
  cmd->add_option("--id-column", args->options.id_column, "CSV/TSV column holding the id")
      ->capture_default_str();
  cmd->add_option("--date-column", args->options.date_column, "CSV/TSV column holding the date")
      ->capture_default_str();
  cmd->add_option("--title-column", args->options.title_column,
                  "CSV/TSV column holding the title")
      ->capture_default_str();
  cmd->add_option("--text-column", args->options.text_column, "CSV/TSV column holding the text")
      ->capture_default_str();
}

std::unique_ptr<DocumentStream> open_inputs(const InputArgs& args) {
  ReadOptions options = args.options;
  if (!parse_input_format(args.format, &options.format)) {
    std::cerr << "parley: unknown --format '" << args.format
              << "' (expected auto, txt, jsonl, xml, conllu, csv or tsv)\n";
    return nullptr;
  }
  std::vector<std::string> inputs = args.inputs;
  if (inputs.empty()) inputs.push_back("-");
  return std::make_unique<DocumentStream>(
      inputs, options,
      [](const ReadProblem& p) { std::cerr << "parley: " << p.ToString() << "\n"; });
}

}  // namespace parley::cli
