// parley parse: tokenizes (unless the input is CoNLL-U), tags, lemmatizes and
// parses documents, writing CoNLL-U. With --threads N the documents of each
// batch are analyzed in parallel against one shared read-only model, and
// written in input order, so the output does not depend on N.
#include <atomic>
#include <cstdio>
#include <iostream>
#include <thread>

#include "cli/beam_option.h"
#include "cli/commands.h"
#include "cli/input_options.h"
#include "parley/doc/conllu.h"
#include "parley/nlp/pipeline.h"

namespace parley::cli {

namespace {

struct ParseArgs {
  InputArgs input;
  std::string model;
  int threads = 1;
  int beam = 1;  // parser beam width (1 = greedy)
};

// Documents read together; bounded so memory stays small.
constexpr size_t kBatchBytes = 1 << 20;
constexpr size_t kBatchDocs = 512;

bool read_batch(DocumentStream* stream, std::vector<Document>* batch) {
  batch->clear();
  size_t bytes = 0;
  Document doc;
  while (batch->size() < kBatchDocs && bytes < kBatchBytes && stream->next(&doc)) {
    bytes += doc.text.size() + 1;
    batch->push_back(std::move(doc));
    doc = Document();
  }
  return !batch->empty();
}

void analyze_batch(const nlp::Pipeline& nlp, std::vector<Document>* batch,
                   std::vector<std::string>* out, int threads) {
  out->assign(batch->size(), std::string());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < batch->size();) {
      nlp.analyze(&(*batch)[i]);
      write_conllu((*batch)[i], &(*out)[i]);
    }
  };
  if (threads <= 1) {
    work();
    return;
  }
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(work);
  for (auto& th : pool) th.join();
}

int run_parse(const ParseArgs& args) {
  std::unique_ptr<nlp::Pipeline> nlp;
  Status s = nlp::Pipeline::Load(args.model, &nlp);
  if (!s.ok()) {
    std::cerr << "parley: " << s.message() << "\n";
    return 2;
  }
  use_beam(args.beam, nlp.get());
  std::unique_ptr<DocumentStream> stream = open_inputs(args.input);
  if (!stream) return 2;
  std::vector<Document> batch, next_batch;
  std::vector<std::string> out;
  bool have = read_batch(stream.get(), &batch);
  while (have) {
    bool have_next = false;
    if (args.threads > 1) {
      // Read the next batch while this one is analyzed.
      std::thread reader([&] { have_next = read_batch(stream.get(), &next_batch); });
      analyze_batch(*nlp, &batch, &out, args.threads);
      reader.join();
    } else {
      analyze_batch(*nlp, &batch, &out, 1);
      have_next = read_batch(stream.get(), &next_batch);
    }
    for (const std::string& text : out) std::fwrite(text.data(), 1, text.size(), stdout);
    std::swap(batch, next_batch);
    have = have_next;
  }
  std::fflush(stdout);
  return stream->problems() > 0 ? 1 : 0;
}

}  // namespace

void add_parse_command(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ParseArgs>();
  CLI::App* cmd = app.add_subcommand(
      "parse",
      "Tokenize, tag, lemmatize and dependency-parse documents; write CoNLL-U to stdout.\n"
      "CoNLL-U input keeps its tokenization. The model is --model, else $PARLEY_MODEL,\n"
      "else models/en_ewt.parley in the source tree.");
  add_input_options(cmd, &args->input);
  cmd->add_option("--model", args->model, "Model file (default: $PARLEY_MODEL or the shipped one)");
  cmd->add_option("--threads", args->threads, "Worker threads sharing one model")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  add_beam_option(cmd, &args->beam);
  cmd->callback([args, exit_code] { *exit_code = run_parse(*args); });
}

}  // namespace parley::cli
