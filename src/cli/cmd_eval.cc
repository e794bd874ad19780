// parley eval ud: CoNLL 2018 shared-task scores against a gold CoNLL-U file.
#include <iostream>

#include "cli/beam_option.h"
#include "cli/commands.h"
#include "parley/eval/ud_eval.h"
#include "parley/nlp/pipeline.h"
#include "parley/nlp/tokenizer.h"

namespace parley::cli {
namespace {

struct EvalUdArgs {
  std::string gold;
  bool raw = false;
  bool json = false;
  std::string model;  // empty: the default model (parser engineer's hook)
  int beam = 1;       // parser beam width (1 = greedy)
};

int run_eval_ud(const EvalUdArgs& args) {
  std::vector<Document> gold, system;
  Status s = read_gold_conllu(args.gold, &gold);
  if (!s.ok()) {
    std::cerr << "parley: " << s.message() << "\n";
    return 1;
  }
  const bool raw = args.raw;
  // Tagger, lemmatizer and parser. Without a usable default model only the
  // tokenization is scored; a bad --model is an error.
  std::unique_ptr<nlp::Pipeline> nlp;
  s = nlp::Pipeline::Load(args.model, &nlp);
  if (!s.ok()) {
    std::cerr << "parley: " << s.message() << "\n";
    if (!args.model.empty()) return 2;
    std::cerr << "parley: scoring tokenization only\n";
  }
  if (nlp) {
    use_beam(args.beam, nlp.get());
  }
  Analyzer analyze = [raw, &nlp](Document* doc) {
    if (raw) tokenize(doc);
    if (nlp) nlp->analyze(doc);  // PARSER HOOK
  };
  make_system_documents(gold, raw, analyze, &system);
  UdScores scores;
  s = evaluate(gold, system, &scores);
  if (!s.ok()) {
    std::cerr << "parley: " << args.gold << ": " << s.message() << "\n";
    return 1;
  }
  std::cout << (args.json ? scores.ToJson() + "\n" : scores.ToTable());
  return 0;
}

}  // namespace

void add_eval_command(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("eval", "Evaluate parley against gold annotations");
  cmd->require_subcommand(1);
  auto args = std::make_shared<EvalUdArgs>();
  CLI::App* ud = cmd->add_subcommand(
      "ud",
      "Score against a gold CoNLL-U file with the CoNLL 2018 shared-task metrics\n"
      "(Tokens, Sentences, Words by character-offset alignment; UPOS, XPOS, UFeats, AllTags,\n"
      "Lemmas, UAS, LAS over aligned words once tagging and parsing run).\n"
      "--raw rebuilds each gold document's text (# newdoc, forms, SpaceAfter=No, a blank\n"
      "line at # newpar) and runs parley's tokenizer on it; without --raw the gold\n"
      "tokenization is kept.");
  ud->add_option("--gold", args->gold, "Gold CoNLL-U file")->required();
  ud->add_option("--model", args->model,
                 "Model for tagging and parsing (default: $PARLEY_MODEL or the shipped one)");
  ud->add_flag("--raw", args->raw, "Start from raw text (tokenize and split)");
  ud->add_flag("--json", args->json,
               "Print one JSON object of F1 percentages keyed by metric name");
  add_beam_option(ud, &args->beam);
  ud->callback([args, exit_code] { *exit_code = run_eval_ud(*args); });
}

}  // namespace parley::cli
