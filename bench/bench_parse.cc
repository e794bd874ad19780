// bench_parse: raw text -> tokenized, tagged, lemmatized, parsed CoNLL-U, in
// words per second (median of 5 runs), with the default model.
//
//   bench_parse [--threads N] [--runs R] [--model FILE] [FILE.conllu ...]
//   bench_parse [--model FILE] --save-as OUT
//   bench_parse [--runs R] [--model FILE] --versus OTHER [FILE.conllu ...]
//   ... [--beam K] [--versus-beam K]
//
// --save-as re-saves the model in the current format version and exits
// (to measure the load time of a new format before the shipped model is
// re-saved).
//
// --versus compares two models in one process, one thread: chunks of 8
// documents go to the two in turn (the first chunk to --model in odd runs,
// to OTHER in even runs), and each model's thread CPU time is summed.
// --beam K parses with a beam of K (ParseSearch) instead of greedily;
// --versus-beam K does so for OTHER (--versus with the same model file and
// --versus-beam compares a beam with greedy parsing in one process). Both
// see the same load and the same neighbours, so on a busy machine their
// ratio is steadier than that of two separate runs.
//
// The text of each document of the CoNLL-U files (default: EWT train, dev and
// test from ../shared) is rebuilt and analyzed from scratch, as `parley parse`
// does with plain text; the CoNLL-U output is written to memory.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "parley/doc/conllu.h"
#include "parley/nlp/pipeline.h"

namespace {

double thread_cpu_seconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9;
}

// See --versus above.
int compare(const parley::nlp::Pipeline& first, const std::string& other_path, int other_beam,
            const std::vector<parley::Document>& raw, int runs) {
  std::unique_ptr<parley::nlp::Pipeline> other;
  parley::Status s = parley::nlp::Pipeline::Load(other_path, &other);
  if (!s.ok()) {
    std::fprintf(stderr, "bench_parse: %s\n", s.message().c_str());
    return 1;
  }
  other->set_parse_search(parley::nlp::ParseSearch::with_beam(other_beam));
  const parley::nlp::Pipeline* models[2] = {&first, other.get()};
  constexpr size_t kChunk = 8;
  std::vector<double> ratios;
  for (int run = 0; run < runs; ++run) {
    double cpu[2] = {0, 0};
    size_t words[2] = {0, 0};
    std::string out;
    for (size_t begin = 0; begin < raw.size(); begin += kChunk) {
      const int m = static_cast<int>((begin / kChunk + run) % 2);
      const double t0 = thread_cpu_seconds();
      for (size_t i = begin; i < std::min(raw.size(), begin + kChunk); ++i) {
        parley::Document doc = raw[i];
        models[m]->analyze(&doc);
        out.clear();
        parley::write_conllu(doc, &out);
        for (const auto& sent : doc.sentences) words[m] += sent.words.size();
      }
      cpu[m] += thread_cpu_seconds() - t0;
    }
    const double a = words[0] / cpu[0], b = words[1] / cpu[1];
    ratios.push_back(b / a);
    std::printf("run %d: --model %.0f, --versus %.0f words per CPU second (versus/model %.3f)\n",
                run + 1, a, b, b / a);
  }
  std::sort(ratios.begin(), ratios.end());
  std::printf("median versus/model: %.3f\n", ratios[ratios.size() / 2]);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int threads = 1, runs = 5, beam = 1, versus_beam = 1;
  std::string model_path, save_as, versus;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
      threads = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
      runs = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--model") && i + 1 < argc)
      model_path = argv[++i];
    else if (!std::strcmp(argv[i], "--save-as") && i + 1 < argc)
      save_as = argv[++i];
    else if (!std::strcmp(argv[i], "--versus") && i + 1 < argc)
      versus = argv[++i];
    else if (!std::strcmp(argv[i], "--beam") && i + 1 < argc)
      beam = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--versus-beam") && i + 1 < argc)
      versus_beam = std::max(1, std::atoi(argv[++i]));
    else
      files.push_back(argv[i]);
  }
  if (files.empty()) {
    std::string d = std::string(PARLEY_SOURCE_DIR) + "/../shared/data/ud-english-ewt/";
    files = {d + "train.conllu", d + "dev.conllu", d + "test.conllu"};
  }
  auto t_load = std::chrono::steady_clock::now();
  std::unique_ptr<parley::nlp::Pipeline> nlp;
  parley::Status s = parley::nlp::Pipeline::Load(model_path, &nlp);
  if (!s.ok()) {
    std::fprintf(stderr, "bench_parse: %s\n", s.message().c_str());
    return 1;
  }
  double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_load).count();
  nlp->set_parse_search(parley::nlp::ParseSearch::with_beam(beam));
  if (!save_as.empty()) {
    s = nlp->model().Save(save_as);
    if (!s.ok()) {
      std::fprintf(stderr, "bench_parse: %s\n", s.message().c_str());
      return 1;
    }
    std::printf("model load %.3f s; saved as %s (format version %u)\n", load_s, save_as.c_str(),
                parley::nlp::kModelVersion);
    return 0;
  }
  std::vector<parley::Document> raw;
  size_t bytes = 0;
  for (const auto& f : files) {
    std::ifstream in(f);
    if (!in) {
      std::fprintf(stderr, "bench_parse: cannot open %s\n", f.c_str());
      return 1;
    }
    parley::ConlluReader reader(&in, f);
    parley::Document doc;
    parley::Status err;
    while (reader.next(&doc, &err)) {
      parley::Document r;
      r.id = doc.id;
      r.text = doc.text;
      bytes += r.text.size();
      raw.push_back(std::move(r));
      doc = parley::Document();
    }
  }
  std::printf("model load %.3f s; %zu documents, %.1f MB of text; %d thread(s)\n", load_s,
              raw.size(), bytes / 1e6, threads);
  if (!versus.empty()) return compare(*nlp, versus, versus_beam, raw, runs);
  std::vector<double> rates, cpu_rates;
  for (int run = 0; run < runs; ++run) {
    std::vector<parley::Document> docs = raw;
    std::vector<std::string> out(docs.size());
    std::atomic<size_t> next{0}, words{0};
    auto t0 = std::chrono::steady_clock::now();
    std::clock_t c0 = std::clock();
    auto work = [&] {
      size_t local = 0;
      for (size_t i; (i = next.fetch_add(1)) < docs.size();) {
        nlp->analyze(&docs[i]);
        parley::write_conllu(docs[i], &out[i]);
        for (const auto& sent : docs[i].sentences) local += sent.words.size();
      }
      words += local;
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    rates.push_back(words / secs);
    cpu_rates.push_back(words / cpu);
    // CPU time matters on a loaded machine, where wall time includes waiting.
    std::printf("run %d: %zu words in %.3f s = %.0f words/s (%.3f CPU s = %.0f words/CPU s)\n",
                run + 1, words.load(), secs, words / secs, cpu, words / cpu);
  }
  std::sort(rates.begin(), rates.end());
  std::sort(cpu_rates.begin(), cpu_rates.end());
  std::printf("median: %.0f words/s wall, %.0f words per CPU second\n", rates[rates.size() / 2],
              cpu_rates[cpu_rates.size() / 2]);
  return 0;
}
