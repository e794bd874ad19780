// parley validate FILE.xml --dict-dir DIR [--verbs NAME] [--given-parse]
//
// Codes every record of a PETRARCH validation file and compares the produced
// (source, target, code) set with the record's expected <EventCoding>s. One
// line per failing record, then "N passed, M failed".
#include <fstream>
#include <iostream>

#include "cli/beam_option.h"
#include "cli/commands.h"
#include "parley/code/validate.h"
#include "parley/nlp/pipeline.h"

namespace parley::cli {

namespace {
struct ValidateArgs {
  std::string file;
  int beam = 1;  // parser beam width for raw text (1 = greedy)
  code::ValidateOptions options;
  bool quiet = false;
  std::string failing_out;
  std::string model;
};

int RunValidate(const ValidateArgs& args) {
  std::vector<code::ValidationRecord> records;
  std::vector<code::RecordResult> results;
  code::ValidateSummary summary;
  std::vector<std::string> warnings;
  code::TextAnalyzer analyze;  // raw text goes through parley's own pipeline
  std::shared_ptr<nlp::Pipeline> pipeline;
  if (!args.options.given_parse) {
    std::unique_ptr<nlp::Pipeline> p;
    Status ls = nlp::Pipeline::Load(args.model, &p);
    if (!ls.ok()) {
      std::cerr << "parley: " << ls.message() << " (or use --given-parse)\n";
      return 1;
    }
    use_beam(args.beam, p.get());
    pipeline = std::move(p);
    analyze = [pipeline](const std::string& text, Document* doc) {
      doc->text = text;
      pipeline->analyze(doc);
      return Status::OK();
    };
  }
  Status s = code::RunValidation(args.file, args.options, analyze, &records, &results, &summary,
                                 &warnings);
  for (const std::string& w : warnings) std::cerr << "parley: " << w << "\n";
  if (!s.ok()) {
    std::cerr << "parley: " << s.message() << "\n";
    return s.code() == Status::Code::kUsage ? 2 : 1;
  }
  std::ofstream failing;
  if (!args.failing_out.empty()) {
    failing.open(args.failing_out);
    if (!failing) {
      std::cerr << "parley: " << args.failing_out << ": cannot write\n";
      return 1;
    }
    failing << "# id\texpected\tproduced\n";
  }
  for (const code::RecordResult& r : results) {
    if (r.passed) continue;
    if (!args.quiet) std::cout << code::FormatFailure(r) << "\n";
    if (failing) failing << code::FormatFailure(r) << "\n";
  }
  std::cout << summary.passed << " passed, " << summary.failed << " failed\n";
  return 0;
}
}  // namespace

void add_validate_command(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "validate",
      "Code a PETRARCH validation file and compare with its expected events.\n"
      "Prints one line per failing record (id, expected, produced), then 'N passed, M failed'.");
  cmd->add_option("file", args->file, "PETRARCH validation XML file")->required();
  cmd->add_option("--dict-dir", args->options.dict_dir,
                  "Directory of the dictionaries named in the file's <Environment>")
      ->required();
  cmd->add_option("--verbs", args->options.verbs,
                  "Verb dictionary file name (in --dict-dir) overriding <Verbfile>");
  cmd->add_flag("--given-parse", args->options.given_parse,
                "Code each record from its own <Parse> (CoNLL-U) instead of its raw <Text>");
  cmd->add_option("--model", args->model, "Tagger/parser model for raw text (default: shipped)");
  add_beam_option(cmd, &args->beam);
  cmd->add_flag("--all", args->options.all_records,
                "Evaluate every record, ignoring the <Include> categories");
  cmd->add_flag("--trace", args->options.trace, "Describe every coded predicate on stderr");
  cmd->add_flag("-q,--quiet", args->quiet, "Print only the closing summary line");
  cmd->add_option("--failing", args->failing_out,
                  "Also write the failing records (id, expected, produced) to this TSV file");
  cmd->callback([args, exit_code] { *exit_code = RunValidate(*args); });
}

}  // namespace parley::cli
