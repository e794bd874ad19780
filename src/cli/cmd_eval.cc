// parley eval ud: CoNLL 2018 shared-task scores against gold CoNLL-U files or
// the parses of PETRARCH validation files.
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "cli/beam_option.h"
#include "cli/commands.h"
#include "parley/eval/ud_eval.h"
#include "parley/nlp/pipeline.h"
#include "parley/nlp/tokenizer.h"

namespace parley::cli {
namespace {

struct EvalUdArgs {
  std::vector<std::string> gold;  // scored as one corpus, in order
  bool raw = false;
  bool json = false;
  std::string model;  // empty: the default model (parser engineer's hook)
  int beam = 1;       // parser beam width (1 = greedy)
};

// Reads every gold file in order into *gold; false (after a message) on error.
bool read_gold_files(const std::vector<std::string>& paths, std::vector<Document>* gold) {
  gold->clear();
  for (const std::string& path : paths) {
    std::vector<Document> docs;
    int skipped = 0;
    Status s = read_gold(path, &docs, &skipped);
    if (!s.ok()) {
      std::cerr << "parley: " << s.message() << "\n";
      return false;
    }
    if (skipped > 0)
      std::cerr << "parley: " << path << ": " << skipped << (skipped == 1 ? " record" : " records")
                << " without a <Parse> skipped\n";
    gold->insert(gold->end(), std::make_move_iterator(docs.begin()),
                 std::make_move_iterator(docs.end()));
  }
  return true;
}

int run_eval_ud(const EvalUdArgs& args) {
  std::vector<Document> gold, system;
  if (!read_gold_files(args.gold, &gold)) return 1;
  const bool raw = args.raw;
  // Tagger, lemmatizer and parser. Without a usable default model only the
  // tokenization is scored; a bad --model is an error.
  std::unique_ptr<nlp::Pipeline> nlp;
  Status s = nlp::Pipeline::Load(args.model, &nlp);
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
    std::string names;
    for (const std::string& path : args.gold) names += (names.empty() ? "" : ", ") + path;
    std::cerr << "parley: " << names << ": " << s.message() << "\n";
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
      "Score against gold CoNLL-U or PETRARCH validation XML with the CoNLL 2018 shared-task\n"
      "metrics "
      "(Tokens, Sentences, Words by character-offset alignment; UPOS, XPOS, UFeats,\n"
      "AllTags, Lemmas, UAS, LAS over aligned words once tagging and parsing run).\n"
      "A gold file named *.xml is a PETRARCH validation file: each <Sentence> record with a\n"
      "<Parse> (CoNLL-U word lines; UD v1's UPOS CONJ read as CCONJ) is one gold document\n"
      "of one sentence, id = the record's id; records without a <Parse> are skipped.\n"
      "--raw rebuilds each gold document's text (# newdoc, forms, SpaceAfter=No, a blank\n"
      "line at # newpar; for XML gold, the parse's forms, not the record's <Text>) and runs\n"
      "parley's tokenizer on it; without --raw the gold tokenization is kept.");
  ud->add_option("--gold", args->gold,
                 "Gold CoNLL-U file, or PETRARCH validation XML file (*.xml); repeat to score\n"
                 "several files as one corpus")
      ->required();
  ud->add_option("--model", args->model,
                 "Model for tagging and parsing (default: $PARLEY_MODEL or the shipped one)");
  ud->add_flag("--raw", args->raw, "Start from raw text (tokenize and split)");
  ud->add_flag("--json", args->json,
               "Print one JSON object of F1 percentages keyed by metric name");
  add_beam_option(ud, &args->beam);
  ud->callback([args, exit_code] { *exit_code = run_eval_ud(*args); });
}

}  // namespace parley::cli
