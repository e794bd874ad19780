// bench_code: speed of `parley code` (analysis + coding) on one core or more.
//
//   bench_code [--dictionaries DIR] [--model FILE] [--threads N] [--runs R]
//              [--parse-all] INPUT...
//
// Reads the inputs once into memory (any reader format; CoNLL-U with a parse
// skips the parser), then codes them R times (default 5) and prints the
// median sentences/s and documents/s over the runs. Analysis (tokenize, tag,
// parse) is included for documents without a parse. As in `parley code`,
// sentences that cannot change any event are tokenized and tagged but not
// parsed (code/sentence_filter.h) unless --parse-all; "analysed" counts the
// sentences parsed.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <thread>

#include "parley/code/coder.h"
#include "parley/code/sentence_filter.h"
#include "parley/dict/dictionary.h"
#include "parley/doc/conllu.h"
#include "parley/nlp/pipeline.h"
#include "parley/read/reader.h"

using namespace parley;

int main(int argc, char** argv) {
  std::string dict_dir, model;
  int threads = 1, runs = 5;
  bool parse_all = false;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "bench_code: " << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--dictionaries")
      dict_dir = value();
    else if (a == "--model")
      model = value();
    else if (a == "--threads")
      threads = std::max(1, std::atoi(value().c_str()));
    else if (a == "--parse-all")
      parse_all = true;
    else if (a == "--runs")
      runs = std::max(1, std::atoi(value().c_str()));
    else
      inputs.push_back(a);
  }
  if (inputs.empty()) {
    std::cerr << "usage: bench_code [--dictionaries DIR] [--model FILE] [--threads N] "
                 "[--runs R] [--parse-all] INPUT...\n";
    return 2;
  }
  std::shared_ptr<const dict::Dictionaries> dicts;
  Status s = dict::Dictionaries::LoadDirectory(dict_dir.empty() ? dict::DefaultDataDir() : dict_dir,
                                               &dicts);
  if (!s.ok()) {
    std::cerr << "bench_code: " << s.message() << "\n";
    return 1;
  }
  std::vector<Document> docs;
  for (const std::string& in : inputs) {
    if (in.size() > 7 && in.compare(in.size() - 7, 7, ".conllu") == 0) {
      // Given parses: read directly, one document per "# newdoc".
      std::ifstream f(in);
      ConlluReader reader(&f, in);
      Status err;
      for (Document d; reader.next(&d, &err);) docs.push_back(std::move(d));
      continue;
    }
    DocumentStream stream({in}, ReadOptions(),
                          [](const ReadProblem& p) { std::cerr << p.ToString() << "\n"; });
    for (Document d; stream.next(&d);) docs.push_back(std::move(d));
  }
  bool need_parse = false;
  for (const Document& d : docs)
    for (const Sentence& st : d.sentences)
      for (const Word& w : st.words)
        if (w.head < 0) need_parse = true;
  if (docs.empty() || docs[0].sentences.empty()) need_parse = true;
  std::unique_ptr<nlp::Pipeline> pipeline;
  if (need_parse) {
    s = nlp::Pipeline::Load(model, &pipeline);
    if (!s.ok()) {
      std::cerr << "bench_code: " << s.message() << "\n";
      return 1;
    }
  }
  code::Coder coder(dicts, code::CoderOptions());
  std::unique_ptr<code::SentenceFilter> filter;
  if (pipeline && !parse_all) filter = std::make_unique<code::SentenceFilter>(coder);
  std::vector<double> sent_rates, doc_rates, cpu_rates;
  uint64_t events = 0, sentences = 0, analysed = 0;
  for (int run = 0; run < runs; ++run) {
    std::vector<Document> work = docs;  // fresh copies: analysis annotates in place
    std::atomic<size_t> next{0};
    std::atomic<uint64_t> ev{0}, sn{0}, an{0};
    auto t0 = std::chrono::steady_clock::now();
    timespec c0;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
    auto worker = [&] {
      std::vector<code::Event> out;
      for (size_t i; (i = next.fetch_add(1)) < work.size();) {
        Document& d = work[i];
        if (filter) {
          an += code::AnalyzeForCoding(*pipeline, *filter, &d);
        } else if (pipeline) {
          pipeline->analyze(&d);
          an += d.sentences.size();
        }
        out.clear();
        coder.CodeDocument(work[i], &out);
        ev += out.size();
        sn += work[i].sentences.size();
      }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
    for (auto& t : pool) t.join();
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    timespec c1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
    double cpu = (c1.tv_sec - c0.tv_sec) + (c1.tv_nsec - c0.tv_nsec) * 1e-9;
    cpu_rates.push_back(sn / std::max(cpu, 1e-9));
    sent_rates.push_back(sn / secs);
    doc_rates.push_back(work.size() / secs);
    events = ev;
    sentences = sn;
    analysed = an;
  }
  std::sort(sent_rates.begin(), sent_rates.end());
  std::sort(doc_rates.begin(), doc_rates.end());
  std::sort(cpu_rates.begin(), cpu_rates.end());
  printf(
      "documents %zu  sentences %llu  analysed %llu (%.1f%%)  events %llu  threads %d  runs %d\n",
      docs.size(), static_cast<unsigned long long>(sentences),
      static_cast<unsigned long long>(analysed),
      100.0 * analysed / std::max<uint64_t>(sentences, 1), static_cast<unsigned long long>(events),
      threads, runs);
  printf(
      "median: %.0f sentences/s wall  %.0f documents/s wall  %.0f sentences per CPU-second"
      "  (parse %s)\n",
      sent_rates[sent_rates.size() / 2], doc_rates[doc_rates.size() / 2],
      cpu_rates[cpu_rates.size() / 2], pipeline ? "included" : "given");
  return 0;
}
