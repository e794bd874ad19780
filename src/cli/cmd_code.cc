// parley code [INPUT...]: news text to event records (JSON Lines or TSV).
//
// Documents stream from the readers in chunks; each chunk is analysed
// (tokenize, tag, parse: skipped for CoNLL-U input that already carries a
// parse) and coded by --threads workers sharing one read-only model and one
// read-only set of dictionaries, then written in input order, so the output
// does not depend on the number of threads.
//
// Option names: on `code`, --format is the OUTPUT format (json or tsv, the
// event-data contract); the input format, --format on the other commands, is
// --input-format here (auto by extension by default).
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <thread>

#include "cli/beam_option.h"
#include "cli/commands.h"
#include "cli/input_options.h"
#include "parley/code/coder.h"
#include "parley/code/sentence_filter.h"
#include "parley/dict/dictionary.h"
#include "parley/nlp/pipeline.h"

namespace parley::cli {

namespace {

struct CodeArgs {
  InputArgs input;
  std::string output_format = "json";
  std::string dictionaries;
  std::string model;
  int beam = 1;  // parser beam width (1 = greedy)
  int threads = 1;
  bool keep_negated = false;
  bool no_coreference = false;
  bool trace = false;
  std::string unknown_actors;
  std::string output;
  bool progress = true;
  bool parse_all = false;
};

bool HasParse(const Document& doc) {
  if (doc.sentences.empty()) return false;
  for (const Sentence& s : doc.sentences)
    for (const Word& w : s.words)
      if (w.head < 0) return false;
  return true;
}

// One status line on stderr, rewritten in place: documents/s, sentences/s,
// events and, when the input size is known, an ETA.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled), start_(Clock::now()), last_(start_) {}
  void Update(uint64_t docs, uint64_t sentences, uint64_t events, bool final) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    if (secs <= 0) secs = 1e-9;
    char line[200];
    snprintf(line, sizeof line,
             "\r[%6.1fs] %llu docs (%.0f/s)  %llu sentences (%.0f/s)  %llu events", secs,
             static_cast<unsigned long long>(docs), docs / secs,
             static_cast<unsigned long long>(sentences), sentences / secs,
             static_cast<unsigned long long>(events));
    std::cerr << line << (final ? "\n" : "") << std::flush;
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  Clock::time_point start_, last_;
};

int RunCode(const CodeArgs& args) {
  if (args.output_format != "json" && args.output_format != "jsonl" &&
      args.output_format != "tsv") {
    std::cerr << "parley: unknown output --format '" << args.output_format
              << "' (expected json or tsv; the input format is --input-format)\n";
    return 2;
  }
  if (args.threads < 1 || args.threads > 256) {
    std::cerr << "parley: --threads must be between 1 and 256\n";
    return 2;
  }
  std::unique_ptr<DocumentStream> stream = open_inputs(args.input);
  if (!stream) return 2;

  std::shared_ptr<const dict::Dictionaries> dicts;
  std::string dict_path = args.dictionaries.empty() ? dict::DefaultDataDir() : args.dictionaries;
  Status s = dict::Dictionaries::LoadDirectory(dict_path, &dicts);
  if (!s.ok()) {
    std::cerr << "parley: " << s.message() << "\n";
    return 1;
  }
  std::unique_ptr<nlp::Pipeline> pipeline;  // loaded on the first unparsed document
  code::CoderOptions copt;
  copt.keep_negated = args.keep_negated;
  copt.coreference = !args.no_coreference;
  copt.trace = args.trace;
  code::Coder coder(dicts, copt);
  code::UnknownActors unknown;
  code::UnknownActors* unknown_ptr = args.unknown_actors.empty() ? nullptr : &unknown;
  // Parse only the sentences that can change an event (sentence_filter.h);
  // --unknown-actors reports phrases of every sentence, so it needs them all.
  code::SentenceFilter filter(coder);
  bool filter_sentences = !args.parse_all && unknown_ptr == nullptr;

  std::ofstream file_out;
  std::ostream* out = &std::cout;
  if (!args.output.empty() && args.output != "-") {
    file_out.open(args.output, std::ios::binary);
    if (!file_out) {
      std::cerr << "parley: " << args.output << ": cannot write\n";
      return 1;
    }
    out = &file_out;
  }
  bool tsv = args.output_format == "tsv";
  if (tsv) *out << code::TsvHeader() << "\n";

  Progress progress(args.progress && isatty(STDERR_FILENO));
  uint64_t docs = 0, sentences = 0, events_total = 0;
  const size_t kChunk = 64 * static_cast<size_t>(args.threads);
  std::vector<Document> chunk;
  std::vector<std::vector<code::Event>> chunk_events;
  bool load_failed = false;
  bool more = true;
  while (more) {
    chunk.clear();
    while (chunk.size() < kChunk) {
      Document doc;
      if (!stream->next(&doc)) {
        more = false;
        break;
      }
      chunk.push_back(std::move(doc));
    }
    if (chunk.empty()) break;
    bool need_parse = false;
    for (const Document& d : chunk)
      if (!HasParse(d)) need_parse = true;
    if (need_parse && !pipeline && !load_failed) {
      s = nlp::Pipeline::Load(args.model, &pipeline);
      if (!s.ok()) {
        std::cerr << "parley: " << s.message() << "\n";
        load_failed = true;
        return 1;
      }
      use_beam(args.beam, pipeline.get());
    }
    chunk_events.assign(chunk.size(), {});
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < chunk.size();) {
        if (!HasParse(chunk[i])) {
          if (filter_sentences)
            code::AnalyzeForCoding(*pipeline, filter, &chunk[i]);
          else
            pipeline->analyze(&chunk[i]);
        }
        coder.CodeDocument(chunk[i], &chunk_events[i], unknown_ptr);
      }
    };
    if (args.threads == 1) {
      work();
    } else {
      std::vector<std::thread> workers;
      for (int t = 0; t < args.threads; ++t) workers.emplace_back(work);
      for (std::thread& t : workers) t.join();
    }
    for (size_t i = 0; i < chunk.size(); ++i) {
      for (const code::Event& e : chunk_events[i])
        *out << (tsv ? code::EventToTsv(e) : code::EventToJson(e)) << "\n";
      ++docs;
      sentences += chunk[i].sentences.size();
      events_total += chunk_events[i].size();
    }
    out->flush();
    progress.Update(docs, sentences, events_total, false);
  }
  progress.Update(docs, sentences, events_total, true);
  if (!*out) {
    std::cerr << "parley: error writing the output\n";
    return 1;
  }
  if (unknown_ptr != nullptr) {
    std::ofstream u(args.unknown_actors, std::ios::binary);
    u << unknown.Report();
    if (!u) {
      std::cerr << "parley: " << args.unknown_actors << ": cannot write\n";
      return 1;
    }
  }
  return stream->problems() > 0 ? 1 : 0;
}

}  // namespace

void add_code_command(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "code",
      "Code political events (CAMEO/PLOVER) in news text: one JSON object per event.\n"
      "Input is read with the shared readers (--input-format, auto by extension); CoNLL-U\n"
      "input that carries a parse is coded as parsed. --format selects the OUTPUT: json\n"
      "(JSON Lines, default) or tsv (Phoenix-style columns with a header).");
  add_input_options(cmd, &args->input);
  // On `code`, --format is the output format; the input format moves to --input-format.
  if (CLI::Option* f = cmd->get_option_no_throw("--format")) cmd->remove_option(f);
  cmd->add_option("--input-format", args->input.format,
                  "Input format: auto (by extension), txt, jsonl, xml, conllu, csv, tsv")
      ->capture_default_str();
  cmd->add_option("--format", args->output_format, "Output format: json (JSON Lines) or tsv")
      ->capture_default_str();
  cmd->add_option("--dictionaries", args->dictionaries,
                  "Dictionary directory: parley's own (default: data/) or PETRARCH-format files");
  cmd->add_option("--model", args->model, "Tagger/parser model (default: the shipped model)");
  add_beam_option(cmd, &args->beam);
  cmd->add_option("--threads", args->threads, "Worker threads (output order is unchanged)")
      ->capture_default_str();
  cmd->add_flag("--keep-negated", args->keep_negated,
                "Also emit negated events, marked \"negated\": true");
  cmd->add_flag("--no-coreference", args->no_coreference,
                "Do not resolve pronouns and definite descriptions to earlier actors");
  cmd->add_flag("--trace", args->trace,
                "Describe every coded predicate on stderr (its pattern, sources and targets): "
                "why an event was or was not coded");
  cmd->add_option("--unknown-actors", args->unknown_actors,
                  "Write noun phrases in source/target position that no dictionary resolves "
                  "(proper nouns first, by frequency) to this TSV file");
  cmd->add_flag("--parse-all", args->parse_all,
                "Parse every sentence. By default only sentences that can change an event are "
                "parsed (one that may name an actor and holds a verb the dictionaries know, an "
                "earlier sentence whose actors a later one may refer to, a discard phrase); the "
                "events are the same either way. --unknown-actors implies --parse-all");
  cmd->add_option("-o,--output", args->output, "Output file (default: standard output)");
  cmd->add_flag("!--no-progress", args->progress, "No progress bar on stderr");
  cmd->callback([args, exit_code] { *exit_code = RunCode(*args); });
}

}  // namespace parley::cli
