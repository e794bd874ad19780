// parley tokenize: tokenizes and sentence-splits documents, writes CoNLL-U or
// one sentence per line.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/input_options.h"
#include "parley/doc/conllu.h"
#include "parley/nlp/splitter_train.h"
#include "parley/nlp/tokenizer.h"

namespace parley::cli {
namespace {

struct TokenizeArgs {
  InputArgs input;
  std::string output_format = "conllu";
  // Training of the sentence-boundary model (scripts/train-splitter.sh).
  std::string train_splitter, dev, model_out;
  int epochs = 12;
};

void append_lines(const Document& doc, std::string* out) {
  for (const Sentence& s : doc.sentences) {
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      if (i > 0) out->push_back(' ');
      out->append(doc.slice(s.tokens[i].start, s.tokens[i].end));
    }
    out->push_back('\n');
  }
}

int run_tokenize(TokenizeArgs args) {
  if (!args.train_splitter.empty()) {
    if (args.dev.empty() || args.model_out.empty()) {
      std::cerr << "parley: --train-splitter needs --dev and --model-out\n";
      return 2;
    }
    Status s =
        train_splitter(args.train_splitter, args.dev, args.epochs, args.model_out, &std::cerr);
    if (!s.ok()) {
      std::cerr << "parley: " << s.message() << "\n";
      return 1;
    }
    return 0;
  }
  // "--format lines" names the output format (no input format is called
  // "lines"); every other --format value is the input format.
  if (args.input.format == "lines") {
    args.output_format = "lines";
    args.input.format = "auto";
  }
  if (args.output_format != "conllu" && args.output_format != "lines") {
    std::cerr << "parley: unknown --output-format '" << args.output_format
              << "' (expected conllu or lines)\n";
    return 2;
  }
  const bool lines = args.output_format == "lines";
  std::unique_ptr<DocumentStream> stream = open_inputs(args.input);
  if (!stream) return 2;
  Document doc;
  std::string out;
  bool first = true;
  while (stream->next(&doc)) {
    tokenize(&doc);
    out.clear();
    if (lines) {
      if (!first) out.push_back('\n');  // a blank line between documents
      append_lines(doc, &out);
    } else {
      out.append("# newdoc");
      if (!doc.id.empty()) out.append(" id = ").append(doc.id);
      out.push_back('\n');
      write_conllu(doc, &out);
    }
    first = false;
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) {
      std::cerr << "parley: cannot write to standard output\n";
      return 1;
    }
  }
  std::fflush(stdout);
  return stream->problems() > 0 ? 1 : 0;
}

}  // namespace

void add_tokenize_command(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TokenizeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "tokenize",
      "Tokenize and sentence-split documents (UD English EWT conventions).\n"
      "Writes CoNLL-U (default: one '# newdoc' block per document, multiword tokens such as\n"
      "\"don't\" = do + n't as ranges) or, with --output-format lines, one sentence per line\n"
      "with tokens separated by spaces and a blank line between documents.\n"
      "--format names the INPUT format, except '--format lines', accepted as a shorthand for\n"
      "'--output-format lines'.\n"
      "Exit status: 0 when every input was read, 1 when some inputs or records were skipped,\n"
      "2 on usage errors.");
  add_input_options(cmd, &args->input);
  cmd->add_option("-O,--output-format", args->output_format, "Output: conllu or lines")
      ->capture_default_str();
  // Developer options: retrain the compiled-in sentence-boundary model.
  cmd->add_option("--train-splitter", args->train_splitter,
                  "Train the sentence-boundary model on this gold CoNLL-U file (developers; see "
                  "scripts/train-splitter.sh)")
      ->group("Training");
  cmd->add_option("--dev", args->dev, "Gold CoNLL-U file to pick the best epoch")
      ->group("Training");
  cmd->add_option("--model-out", args->model_out,
                  "Where to write the weights (src/parley/nlp/splitter_weights.inc)")
      ->group("Training");
  cmd->add_option("--epochs", args->epochs, "Training epochs")->group("Training");
  cmd->callback([args, exit_code] { *exit_code = run_tokenize(*args); });
}

}  // namespace parley::cli
