#include "cli/input_options.h"

#include <iostream>
#include <optional>

#include "parley/util/date.h"

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
  cmd->add_option("--title-column", args->options.title_column, "CSV/TSV column holding the title")
      ->capture_default_str();
  cmd->add_option("--text-column", args->options.text_column, "CSV/TSV column holding the text")
      ->capture_default_str();
  cmd->add_option("--max-document-mb", args->max_document_mb,
                  "Largest document read, in MiB (a .txt file, a JSON line, a CSV row, an XML\n"
                  "record); larger ones are skipped with an error")
      ->capture_default_str()
      ->check(CLI::Range(1, 4095));
}

std::unique_ptr<DocumentStream> open_inputs(const InputArgs& args) {
  ReadOptions options = args.options;
  if (!parse_input_format(args.format, &options.format)) {
    std::cerr << "parley: unknown --format '" << args.format
              << "' (expected auto, txt, jsonl, xml, conllu, csv or tsv)\n";
    return nullptr;
  }
  if (!options.date.empty()) {
    std::optional<std::string> date = normalize_date(options.date);
    if (!date) {
      std::cerr << "parley: --date '" << options.date
                << "' is not a date (expected e.g. 2018-08-21 or \"21 August 2018\")\n";
      return nullptr;
    }
    options.date = *date;
  }
  options.max_document_bytes = static_cast<uint64_t>(args.max_document_mb) << 20;
  std::vector<std::string> inputs = args.inputs;
  if (inputs.empty()) inputs.push_back("-");
  return std::make_unique<DocumentStream>(inputs, options, [](const ReadProblem& p) {
    std::cerr << "parley: " << p.ToString() << "\n";
  });
}

}  // namespace parley::cli
