// parley train: trains the English model (tagger, lemmatizer, parser).
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "parley/nlp/train.h"

namespace parley::cli {

namespace {

struct TrainArgs {
  nlp::TrainOptions options;
  std::string output;
  std::string only;  // components to retrain on top of --base
  double parser_max_mb = 0;
  std::vector<std::string> compare_cuts;  // RULE:MB
};

const std::map<std::string, nlp::PruneRule> kPruneRules{
    {nlp::prune_rule_name(nlp::PruneRule::kMagnitude), nlp::PruneRule::kMagnitude},
    {nlp::prune_rule_name(nlp::PruneRule::kSaliency), nlp::PruneRule::kSaliency}};

std::string fmt(float v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

int run_train(const TrainArgs& args) {
  nlp::TrainOptions o = args.options;
  if (!args.only.empty()) {
    Status s = nlp::parse_components(args.only, &o);
    if (!s.ok()) {
      std::cerr << "parley: --only: " << s.message() << "\n";
      return 2;
    }
    if (o.base_path.empty()) {
      std::cerr << "parley: --only needs --base MODEL (the model whose other parts are kept)\n";
      return 2;
    }
  }
  if (args.parser_max_mb > 0) o.parser.max_bytes = static_cast<size_t>(args.parser_max_mb * 1e6);
  for (const std::string& cut : args.compare_cuts) {
    const size_t colon = cut.find(':');
    auto rule = kPruneRules.find(cut.substr(0, colon));
    char* end = nullptr;
    const double mb = colon == std::string::npos ? 0 : std::strtod(cut.c_str() + colon + 1, &end);
    if (rule == kPruneRules.end() || mb <= 0 || end == nullptr || *end != '\0') {
      std::cerr << "parley: --parser-compare-cuts: '" << cut
                << "' is not RULE:MB (RULE magnitude or saliency, MB > 0)\n";
      return 2;
    }
    o.compare_mb.emplace_back(rule->second, mb);
  }
  // Pruning options are written only when set, so the descriptions of
  // models trained without them read as before.
  std::string pruning;
  if (o.parser.prune != nlp::PruneRule::kMagnitude)
    pruning += " --parser-prune " + std::string(nlp::prune_rule_name(o.parser.prune));
  if (args.parser_max_mb > 0)
    pruning += " --parser-max-mb " + fmt(static_cast<float>(args.parser_max_mb));
  if (o.max_mb > 0) pruning += " --max-mb " + fmt(static_cast<float>(o.max_mb));
  std::string partial;
  if (!o.base_path.empty()) {
    partial = " --base " + o.base_path;
    if (!args.only.empty()) partial += " --only " + args.only;
  }
  o.description =
      "parley English model, trained by `parley train --train " + o.train_path +
      (o.dev_path.empty() ? "" : " --dev " + o.dev_path) + " -o " + args.output + " --seed " +
      std::to_string(o.seed) + " --iterations " + std::to_string(o.parser.iterations) +
      " --tagger-iterations " + std::to_string(o.tagger_iterations) + " --tagger-members " +
      std::to_string(o.tagger_members) + " --jackknife " + std::to_string(o.jackknife_folds) +
      " --tagger-min-weight " + fmt(o.tagger_min_weight) + " --parser-min-weight " +
      fmt(o.parser.min_weight) + " --parser-members " + std::to_string(o.parser.members) +
      " --parser-explore-from " + std::to_string(o.parser.explore_from) +
      " --parser-explore-prob " + fmt(o.parser.explore_prob) + " --parser-system " +
      (o.parser.system == nlp::ParserSystem::kNonMonotonic ? "nonmono" : "eager") + pruning +
      partial + "`; data: UD English EWT, licence CC BY-SA 4.0";
  nlp::Model model;
  Status s = nlp::train_model(o, &model, std::cerr);
  if (!s.ok()) {
    std::cerr << "parley: " << s.message() << "\n";
    return s.code() == Status::Code::kUsage ? 2 : 1;
  }
  // Written beside and renamed: the output may be the --base model, which
  // is still mapped in memory.
  const std::string temp = args.output + ".tmp";
  s = model.Save(temp);
  if (!s.ok()) {
    std::cerr << "parley: " << s.message() << "\n";
    std::remove(temp.c_str());
    return 1;
  }
  if (std::rename(temp.c_str(), args.output.c_str()) != 0) {
    std::cerr << "parley: " << args.output << ": cannot write model file\n";
    std::remove(temp.c_str());
    return 1;
  }
  std::cerr << "parley train: model written to " << args.output << "\n";
  return 0;
}

}  // namespace

void add_train_command(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TrainArgs>();
  CLI::App* cmd = app.add_subcommand(
      "train",
      "Train the tagger, lemmatizer and dependency parser on a UD treebank (CoNLL-U).\n"
      "Deterministic for a given --seed; progress with dev scores and ETA on stderr.\n"
      "Example: parley train --train ../shared/data/ud-english-ewt/train.conllu \\\n"
      "           --dev ../shared/data/ud-english-ewt/dev.conllu -o models/en_ewt.parley");
  cmd->add_option("--train", args->options.train_path, "Training treebank (CoNLL-U)")->required();
  cmd->add_option("--dev", args->options.dev_path, "Development treebank for progress scores");
  cmd->add_option("-o,--output", args->output, "Model file to write")->required();
  cmd->add_option("--seed", args->options.seed, "Random seed")->capture_default_str();
  cmd->add_option("--iterations", args->options.parser.iterations, "Parser training epochs")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--tagger-iterations", args->options.tagger_iterations, "Tagger training epochs")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--tagger-members", args->options.tagger_members,
                  "Taggers trained on different shuffles whose weights are averaged into one "
                  "(same features, so the same tagging cost)")
      ->capture_default_str()
      ->check(CLI::Range(1, 20));
  cmd->add_option("--jackknife", args->options.jackknife_folds,
                  "Folds for the parser's predicted training tags (0: no jackknifing)")
      ->capture_default_str()
      ->check(CLI::Range(0, 50));
  cmd->add_option("--tagger-min-weight", args->options.tagger_min_weight,
                  "Drop tagger weights of smaller magnitude from the saved model")
      ->capture_default_str();
  cmd->add_option("--parser-min-weight", args->options.parser.min_weight,
                  "Drop parser weights of smaller magnitude from the saved model")
      ->capture_default_str();
  cmd->add_option("--parser-prune", args->options.parser.prune,
                  "How the parser weights kept under --parser-max-mb / --max-mb are chosen: "
                  "magnitude (largest |w|) or saliency (largest |w| x how often the feature "
                  "fired in the last training epoch)")
      ->transform(CLI::CheckedTransformer(kPruneRules, CLI::ignore_case))
      ->option_text("magnitude|saliency (default magnitude)");
  cmd->add_option("--parser-max-mb", args->parser_max_mb,
                  "Prune the parser (after --parser-min-weight) to at most this many MB "
                  "(10^6 bytes) of weights, keeping the best by --parser-prune (0: no limit)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1e6));
  cmd->add_option("--max-mb", args->options.max_mb,
                  "Prune the parser as --parser-max-mb until the whole model file is at most "
                  "this many MB with its tagger and lemmatizer (0: no limit)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1e6));
  cmd->add_option("--parser-compare-cuts", args->compare_cuts,
                  "Before the final cut, print the parser's dev scores with each of these cuts "
                  "(RULE:MB, the whole model's size as --max-mb; e.g. magnitude:28 "
                  "saliency:28), to compare rules at equal size from one training")
      ->delimiter(',');
  cmd->add_option("--parser-members", args->options.parser.members,
                  "Parsers trained on different shuffles whose weights are averaged into one "
                  "(same parse cost, a larger model file)")
      ->capture_default_str()
      ->check(CLI::Range(1, 20));
  cmd->add_option("--parser-explore-from", args->options.parser.explore_from,
                  "First parser epoch (0-based) that explores its own errors")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000));
  cmd->add_option("--parser-explore-prob", args->options.parser.explore_prob,
                  "Probability of following the parser's own move while exploring")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--parser-system", args->options.parser.system,
                  "Parser transition system: eager (monotonic arc-eager) or nonmono (arc-eager "
                  "with repairs, Honnibal & Johnson 2015)")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, nlp::ParserSystem>{{"eager", nlp::ParserSystem::kEager},
                                                   {"nonmono", nlp::ParserSystem::kNonMonotonic}},
          CLI::ignore_case))
      ->default_str("eager");
  cmd->add_option("--base", args->options.base_path,
                  "Start from this model and retrain only the --only components");
  cmd->add_option("--only", args->only,
                  "Components to retrain on top of --base, comma-separated: tagger, lemmatizer, "
                  "parser (e.g. tagger,lemmatizer keeps the base model's parser)");
  cmd->callback([args, exit_code] { *exit_code = run_train(*args); });
}

}  // namespace parley::cli
