// Read + tokenize + split throughput, in MB/s of text on one core.
//
// Builds a corpus by replicating the raw text of UD English EWT (train, dev and
// test rebuilt from CoNLL-U) to at least --mb megabytes (default 100), writes it
// as a JSON Lines file with one record per EWT document (a few KB each, the
// size of a news article) in a temporary directory, then times reading it
// back through DocumentStream (the JSONL reader: JSON parsing and UTF-8
// checks included) and tokenizing every document. MB/s counts text bytes. Prints each run and the
// median of --runs (5).
//
//   taskset -c 0 build/bench_tokenize [--mb 100] [--runs 5] [--shared ../shared]
// Both wall-clock and CPU-time rates are printed.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "parley/eval/ud_eval.h"
#include "parley/nlp/tokenizer.h"
#include "parley/read/reader.h"

int main(int argc, char** argv) {
  double mb = 100;
  int runs = 5;
  std::string shared = std::string(PARLEY_SOURCE_DIR) + "/../shared";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--mb")) mb = std::atof(argv[i + 1]);
    if (!std::strcmp(argv[i], "--runs")) runs = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--shared")) shared = argv[i + 1];
  }
  std::string text;
  std::vector<std::string> texts;  // one per EWT document
  for (const char* part : {"train", "dev", "test"}) {
    std::vector<parley::Document> docs;
    std::string path = shared + "/data/ud-english-ewt/" + part + ".conllu";
    parley::Status s = parley::read_gold_conllu(path, &docs);
    if (!s.ok()) {
      std::fprintf(stderr, "bench_tokenize: %s\n", s.message().c_str());
      return 1;
    }
    for (const parley::Document& d : docs) {
      text.append(d.text).append("\n\n");
      texts.push_back(d.text);
    }
  }
  const size_t target = static_cast<size_t>(mb * 1e6);
  // One JSON Lines record per EWT document (news-article sized, a few KB).
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "parley_bench_tokenize";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  size_t bytes = 0, records = 0;
  {
    std::ofstream out(dir / "ewt.jsonl", std::ios::binary);
    std::string line;
    while (bytes < target) {
      for (const std::string& t : texts) {
        line = "{\"id\": \"d" + std::to_string(records++) + "\", \"text\": \"";
        for (unsigned char c : t) {
          if (c == '"' || c == '\\') {
            line.push_back('\\');
            line.push_back(static_cast<char>(c));
          } else if (c == '\n') {
            line.append("\\n");
          } else if (c < 0x20) {
            char esc[8];
            std::snprintf(esc, sizeof esc, "\\u%04x", c);
            line.append(esc);
          } else {
            line.push_back(static_cast<char>(c));
          }
        }
        line.append("\"}\n");
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
        bytes += t.size();
        if (bytes >= target) break;
      }
    }
  }
  std::printf("corpus: %.1f MB of text (EWT raw text x%zu), %zu JSON Lines records in %s\n",
              bytes / 1e6, bytes / text.size(), records, dir.c_str());
  std::vector<double> rates, cpu_rates;  // by wall-clock time and by CPU time
  for (int r = 0; r < runs; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    std::clock_t c0 = std::clock();
    parley::DocumentStream stream(
        {dir.string()}, parley::ReadOptions(),
        [](const parley::ReadProblem& p) { std::fprintf(stderr, "%s\n", p.ToString().c_str()); });
    parley::Document doc;
    size_t tokens = 0, sentences = 0, read = 0;
    while (stream.next(&doc)) {
      parley::tokenize(&doc);
      read += doc.text.size();
      sentences += doc.sentences.size();
      for (const parley::Sentence& s : doc.sentences) tokens += s.tokens.size();
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    rates.push_back(read / 1e6 / secs);
    cpu_rates.push_back(read / 1e6 / cpu);
    std::printf("run %d: %.2f s, %.1f MB/s (%zu bytes of text, %zu sentences, %zu tokens)\n", r + 1,
                secs, rates.back(), read, sentences, tokens);
  }
  std::sort(rates.begin(), rates.end());
  std::sort(cpu_rates.begin(), cpu_rates.end());
  // CPU time is the fairer figure on a loaded machine (other processes on the core).
  std::printf("median of %d: %.1f MB/s wall-clock, %.1f MB/s CPU time\n", runs,
              rates[rates.size() / 2], cpu_rates[cpu_rates.size() / 2]);
  std::filesystem::remove_all(dir);
  return 0;
}
